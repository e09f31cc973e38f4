using Lucene.Net.Documents;
using Lucene.Net.Search;
using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// A partial date: stored in ISO form at its precision, with a numeric doc value for sorting
/// (the first day it can denote, so "2024-12" sorts before "2024-12-27").
/// </summary>
public sealed class DateField : SchemaField
{
    private readonly Func<IndexRecord, PartialDate?> _value;

    /// <summary>Defines a date field.</summary>
    public DateField(string name, Func<IndexRecord, PartialDate?> value) : base(name)
    {
        _value = value;
        SortKeyName = name + ".sort";
    }

    /// <summary>Name of the numeric doc-values field used for sorting.</summary>
    public string SortKeyName { get; }

    internal override void AddTo(Document document, IndexRecord record)
    {
        if (_value(record) is { } date)
        {
            document.Add(new StoredField(Name, date.ToString()));
            document.Add(new NumericDocValuesField(SortKeyName, SortKey(date)));
        }
    }

    /// <summary>Newest first; documents without a date come last.</summary>
    public SortField NewestFirst()
    {
        var sort = new SortField(SortKeyName, SortFieldType.INT64, reverse: true);
        sort.SetMissingValue(long.MinValue);
        return sort;
    }

    /// <summary>The stored date, if any.</summary>
    internal PartialDate? Read(Document document) =>
        PartialDate.TryParse(document.Get(Name), out var date) ? date : null;

    /// <summary>Orders by first day, then coarser before finer for the same first day.</summary>
    private static long SortKey(PartialDate date) => (long)date.FirstDay.DayNumber * 4 + (int)date.Precision;
}
