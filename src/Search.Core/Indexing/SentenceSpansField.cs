using Lucene.Net.Documents;
using Search.Core.Text;

namespace Search.Core.Indexing;

/// <summary>
/// The sentence spans of the body, stored as variable-length deltas, so snippets are cut at sentence
/// boundaries computed once at index time rather than by splitting every hit's text per request.
/// </summary>
public sealed class SentenceSpansField : SchemaField
{
    private readonly Func<IndexRecord, IReadOnlyList<TextSpan>> _value;

    /// <summary>Defines the field.</summary>
    public SentenceSpansField(string name, Func<IndexRecord, IReadOnlyList<TextSpan>> value) : base(name) => _value = value;

    internal override void AddTo(Document document, IndexRecord record)
    {
        var spans = _value(record);
        if (spans.Count > 0)
        {
            document.Add(new StoredField(Name, Encode(spans)));
        }
    }

    /// <summary>The stored spans, or an empty list.</summary>
    internal IReadOnlyList<TextSpan> Read(Document document) =>
        document.GetBinaryValue(Name) is { } bytes ? Decode(bytes.Bytes, bytes.Offset, bytes.Length) : [];

    internal static byte[] Encode(IReadOnlyList<TextSpan> spans)
    {
        using var stream = new MemoryStream(spans.Count * 3);
        var previousEnd = 0;
        foreach (var span in spans)
        {
            WriteVarInt(stream, span.Start - previousEnd);
            WriteVarInt(stream, span.Length);
            previousEnd = span.End;
        }
        return stream.ToArray();
    }

    internal static IReadOnlyList<TextSpan> Decode(byte[] bytes, int offset, int length)
    {
        var spans = new List<TextSpan>();
        var position = offset;
        var end = offset + length;
        var previousEnd = 0;
        while (position < end)
        {
            var start = previousEnd + ReadVarInt(bytes, ref position);
            var spanLength = ReadVarInt(bytes, ref position);
            spans.Add(new TextSpan(start, spanLength));
            previousEnd = start + spanLength;
        }
        return spans;
    }

    private static void WriteVarInt(Stream stream, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }
        stream.WriteByte((byte)v);
    }

    private static int ReadVarInt(byte[] bytes, ref int position)
    {
        var result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }
    }
}
