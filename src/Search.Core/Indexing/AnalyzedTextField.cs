using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Full text: analysed with the news analyzer, stored, and with term vectors holding positions and offsets,
/// so that highlighting reads matches from the index instead of analysing documents again.
/// </summary>
public sealed class AnalyzedTextField : SchemaField
{
    private static readonly FieldType Type = CreateType();
    private readonly Func<IndexRecord, string?> _value;

    /// <summary>Defines a text field.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="value">Where the text comes from.</param>
    /// <param name="boost">Weight of a match in this field relative to others when searching all text fields.</param>
    public AnalyzedTextField(string name, Func<IndexRecord, string?> value, float boost) : base(name)
    {
        _value = value;
        Boost = boost;
    }

    /// <summary>Query-time weight of this field.</summary>
    public float Boost { get; }

    internal override void AddTo(Document document, IndexRecord record)
    {
        if (_value(record) is { Length: > 0 } text)
        {
            document.Add(new Field(Name, text, Type));
        }
    }

    /// <summary>The stored text, or an empty string.</summary>
    internal string Read(Document document) => document.Get(Name) ?? "";

    private static FieldType CreateType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
            StoreTermVectors = true,
            StoreTermVectorPositions = true,
            StoreTermVectorOffsets = true,
        };
        type.Freeze();
        return type;
    }
}
