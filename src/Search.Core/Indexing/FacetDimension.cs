using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace Search.Core.Indexing;

/// <summary>
/// A facet dimension: values are indexed as sorted-set doc values, which the facet counter counts in ordinal
/// space and the filter tests per document, without stored fields or per-hit lookups. A new dimension is one
/// instance in <see cref="IndexSchema"/>; counting, filtering and the API pick it up from there.
/// </summary>
public sealed class FacetDimension : SchemaField
{
    /// <summary>Longest value kept, in characters; longer values are cut (doc values have a byte limit).</summary>
    public const int MaxValueLength = 200;

    private readonly Func<IndexRecord, IEnumerable<string?>> _values;
    private readonly Func<string, string?>? _parentOf;

    /// <summary>Defines a dimension.</summary>
    /// <param name="name">Dimension and field name, as used in the API.</param>
    /// <param name="description">What the dimension holds, for API documentation.</param>
    /// <param name="values">The record's values (for a hierarchy: each value and all its ancestors).</param>
    /// <param name="stored">Whether values are also stored for display.</param>
    /// <param name="parentOf">For hierarchical dimensions: the parent of a value, or <c>null</c> at the top.</param>
    /// <param name="missingLabel">A selectable label for documents without a value (e.g. "unknown" dates).</param>
    /// <param name="indexed">Whether values are also indexed as terms, for cheap term-query filters outside faceting.</param>
    /// <param name="spellings">Whether values that spell one name differently are counted and filtered as one.</param>
    public FacetDimension(string name, string description, Func<IndexRecord, IEnumerable<string?>> values,
        bool stored = false, Func<string, string?>? parentOf = null, string? missingLabel = null, bool indexed = false,
        ValueSpellings spellings = ValueSpellings.Exact) : base(name)
    {
        if (spellings != ValueSpellings.Exact && parentOf is not null)
        {
            throw new ArgumentException("A hierarchy's values are not merged.", nameof(spellings));
        }
        Spellings = spellings;
        Indexed = indexed;
        Description = description;
        _values = values;
        Stored = stored;
        _parentOf = parentOf;
        MissingLabel = missingLabel;
    }

    /// <summary>What the dimension holds.</summary>
    public string Description { get; }

    /// <summary>Whether values are stored for display.</summary>
    public bool Stored { get; }

    /// <summary>Whether values are also indexed as terms.</summary>
    public bool Indexed { get; }

    /// <summary>Whether values form a tree (each document also holds the ancestors of its values).</summary>
    public bool IsHierarchical => _parentOf is not null;

    /// <summary>Whether values that spell one name differently are one value.</summary>
    public ValueSpellings Spellings { get; }

    /// <summary>Label under which documents without a value can be selected, if any.</summary>
    public string? MissingLabel { get; }

    /// <summary>The parent of a value in a hierarchical dimension.</summary>
    public string? ParentOf(string value) => _parentOf?.Invoke(value);

    /// <summary>The distinct, tidied values of a record for this dimension.</summary>
    public IReadOnlyList<string> ValuesOf(IndexRecord record)
    {
        var values = new List<string>();
        HashSet<string>? seen = null;
        foreach (var value in _values(record))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            var tidy = value.Length > MaxValueLength ? value[..MaxValueLength] : value;
            // A few values (the usual case, indexed for every document) are compared in the list; an article naming
            // tens of thousands of entities switches to a set, which keeps it linear.
            bool isNew;
            if (seen is null && values.Count < 16)
            {
                isNew = !values.Contains(tidy, StringComparer.Ordinal);
            }
            else
            {
                seen ??= new HashSet<string>(values, StringComparer.Ordinal);
                isNew = seen.Add(tidy);
            }
            if (isNew)
            {
                values.Add(tidy);
            }
        }
        return values;
    }

    internal override void AddTo(Document document, IndexRecord record)
    {
        foreach (var value in ValuesOf(record))
        {
            document.Add(new SortedSetDocValuesField(Name, new BytesRef(value)));
            if (Indexed)
            {
                document.Add(ReusableFields.Keyword(Name, value, stored: false));
            }
            if (Stored)
            {
                document.Add(new StoredField(Name, value));
            }
        }
    }

    /// <summary>A query matching documents with <paramref name="value"/> (for indexed dimensions).</summary>
    public Lucene.Net.Search.Query Matching(string value) =>
        Indexed ? new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term(Name, value)) : throw new InvalidOperationException($"Dimension '{Name}' is not indexed as terms.");

    /// <summary>The stored values (for stored dimensions).</summary>
    internal IReadOnlyList<string> Read(Document document) => document.GetValues(Name);

    /// <summary>The first stored value, if any.</summary>
    internal string? ReadFirst(Document document) => document.Get(Name);
}

/// <summary>How a dimension treats values that spell one name in different ways.</summary>
public enum ValueSpellings
{
    /// <summary>Every value stands alone (outlets: "WION" is not "Wion").</summary>
    Exact,
    /// <summary>Values are names; those equal but for case and accents are one, shown in the preferred spelling.</summary>
    Names,
    /// <summary>Values are entity labels; see <see cref="Ingestion.NameSpellings.PreferredLabels"/>.</summary>
    EntityLabels,
}
