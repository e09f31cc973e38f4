using Lucene.Net.Documents;
using Search.Core.Extraction;

namespace Search.Core.Indexing;

/// <summary>A stored MinHash signature (64 × 32 bits), read back to compare articles for syndication.</summary>
public sealed class SignatureField : SchemaField
{
    private readonly Func<IndexRecord, uint[]?> _value;

    /// <summary>Defines the field.</summary>
    public SignatureField(string name, Func<IndexRecord, uint[]?> value) : base(name) => _value = value;

    internal override void AddTo(Document document, IndexRecord record)
    {
        if (_value(record) is { Length: > 0 } signature)
        {
            document.Add(new StoredField(Name, MinHash.Encode(signature)));
        }
    }

    /// <summary>The stored signature, or an empty one.</summary>
    internal uint[] Read(Document document) =>
        document.GetBinaryValue(Name) is { } bytes ? MinHash.Decode(bytes.Bytes, bytes.Offset, bytes.Length) : [];
}
