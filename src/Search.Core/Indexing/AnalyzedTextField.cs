using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// Full text: analysed with the news analyzer, stored, and with character offsets in its postings, so that
/// highlighting reads where a query's terms occur in a hit from the index instead of analysing the document again
/// (as Lucene's PostingsHighlighter and UnifiedHighlighter do; term vectors would cost a second inverted copy).
/// </summary>
public sealed class AnalyzedTextField : SchemaField
{
    private static readonly FieldType HighlightedType = CreateType();
    private readonly Func<IndexRecord, IEnumerable<string?>> _values;
    private readonly FieldType _type;

    /// <summary>Defines a text field.</summary>
    /// <param name="name">Field name.</param>
    /// <param name="value">Where the text comes from.</param>
    /// <param name="boost">Weight of a match in this field relative to others when searching all text fields.</param>
    /// <param name="highlighted">Whether the text is stored, with offsets, for display and highlighting; otherwise it is only searched.</param>
    public AnalyzedTextField(string name, Func<IndexRecord, string?> value, float boost, bool highlighted = true)
        : this(name, r => [value(r)], boost, highlighted)
    {
    }

    /// <summary>Defines a multi-valued text field; the analyzer keeps a gap between values so phrases never span two.</summary>
    public AnalyzedTextField(string name, Func<IndexRecord, IEnumerable<string?>> values, float boost, bool highlighted = true) : base(name)
    {
        _values = values;
        Boost = boost;
        _type = highlighted ? HighlightedType : TextField.TYPE_NOT_STORED;
    }

    /// <summary>Query-time weight of this field.</summary>
    public float Boost { get; }

    /// <summary>Whether the text is stored, with offsets in its postings, for display and highlighting.</summary>
    public bool Highlighted => _type == HighlightedType;

    internal override void AddTo(Document document, IndexRecord record)
    {
        foreach (var text in _values(record))
        {
            if (text is { Length: > 0 })
            {
                document.Add(new Field(Name, text, _type));
            }
        }
    }

    /// <summary>The stored text, or an empty string.</summary>
    internal string Read(Document document) => document.Get(Name) ?? "";

    private static FieldType CreateType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
