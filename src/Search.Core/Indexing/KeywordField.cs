using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Indexing;

/// <summary>An exact, stored value indexed as one term (ids, links between documents).</summary>
public sealed class KeywordField : SchemaField
{
    private readonly Func<IndexRecord, string?> _value;

    /// <summary>Defines a keyword field.</summary>
    public KeywordField(string name, Func<IndexRecord, string?> value) : base(name) => _value = value;

    internal override void AddTo(Document document, IndexRecord record)
    {
        if (_value(record) is { Length: > 0 } value)
        {
            document.Add(ReusableFields.Keyword(Name, value, stored: true));
        }
    }

    /// <summary>A query matching documents whose value is exactly <paramref name="value"/>.</summary>
    public Query Matching(string value) => new TermQuery(new Term(Name, value));

    /// <summary>The stored value, if any.</summary>
    internal string? Read(Document document) => document.Get(Name);
}
