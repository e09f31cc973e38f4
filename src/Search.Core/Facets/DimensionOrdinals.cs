using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Facets;

/// <summary>
/// The global ordinal space of one facet dimension over a reader: every distinct value across all segments gets one
/// global ordinal, in value order, and each segment's ordinals map onto them (<see cref="MultiDocValues.OrdinalMap"/>).
/// Built once per reader; counting then works on integers only.
/// </summary>
internal sealed class DimensionOrdinals
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly MultiDocValues.OrdinalMap? _map;
    private readonly int[]?[] _segmentToGlobal;
    private readonly ConcurrentBag<int[]> _cleanCountArrays = [];
    private readonly Lazy<PartialDate?[]> _dates;

    public DimensionOrdinals(FacetDimension dimension, IndexReader reader)
    {
        Dimension = dimension;
        _leaves = reader.Leaves;
        _segmentToGlobal = new int[_leaves.Count][];
        if (_leaves.Count == 1)
        {
            ValueCount = (int)SegmentValues(0).ValueCount;
        }
        else if (_leaves.Count > 1)
        {
            var enums = new TermsEnum[_leaves.Count];
            for (var i = 0; i < enums.Length; i++)
            {
                enums[i] = SegmentValues(i).GetTermsEnum();
            }
            _map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, enums);
            ValueCount = (int)_map.ValueCount;
            for (var segment = 0; segment < _leaves.Count; segment++)
            {
                var count = (int)SegmentValues(segment).ValueCount;
                var mapping = new int[count];
                for (var ord = 0; ord < count; ord++)
                {
                    mapping[ord] = (int)_map.GetGlobalOrd(segment, ord);
                }
                _segmentToGlobal[segment] = mapping;
            }
        }
        if (dimension.IsHierarchical)
        {
            Parents = BuildParents();
        }
        _dates = new Lazy<PartialDate?[]>(() =>
            Enumerable.Range(0, ValueCount).Select(ord => PartialDate.TryParse(Label(ord), out var date) ? date : (PartialDate?)null).ToArray());
    }

    public FacetDimension Dimension { get; }

    /// <summary>Number of distinct values in the reader.</summary>
    public int ValueCount { get; }

    /// <summary>For hierarchical dimensions: the parent ordinal of each ordinal, or -1 at the top.</summary>
    public int[]? Parents { get; }

    /// <summary>The doc values of this dimension in one segment (a thread-private instance).</summary>
    public SortedSetDocValues SegmentValues(int segment) =>
        _leaves[segment].AtomicReader.GetSortedSetDocValues(Dimension.Name) ?? DocValues.EMPTY_SORTED_SET;

    /// <summary>Maps segment ordinals to global ones; <c>null</c> means they are equal (one segment).</summary>
    public int[]? SegmentToGlobal(int segment) => _segmentToGlobal[segment];

    /// <summary>The value of a global ordinal.</summary>
    public string Label(int globalOrd)
    {
        var segment = _map is null ? 0 : _map.GetFirstSegmentNumber(globalOrd);
        var segmentOrd = _map is null ? globalOrd : _map.GetFirstSegmentOrd(globalOrd);
        var bytes = new BytesRef();
        SegmentValues(segment).LookupOrd(segmentOrd, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The global ordinal of a value, or -1 when no document has it.</summary>
    public int Find(string value)
    {
        var bytes = new BytesRef(value);
        for (var segment = 0; segment < _leaves.Count; segment++)
        {
            var ord = SegmentValues(segment).LookupTerm(bytes);
            if (ord >= 0)
            {
                return _segmentToGlobal[segment] is { } map ? map[ord] : (int)ord;
            }
        }
        return -1;
    }

    /// <summary>For the date dimension: the date each ordinal stands for (<c>null</c> where a value is not a date).</summary>
    public PartialDate?[] Dates => _dates.Value;

    /// <summary>A zeroed array of <see cref="ValueCount"/> counters. Give it back clean with <see cref="ReturnCounts"/>.</summary>
    public int[] RentCounts() => _cleanCountArrays.TryTake(out var counts) ? counts : new int[ValueCount];

    /// <summary>Takes back an array whose entries are all zero again.</summary>
    public void ReturnCounts(int[] counts) => _cleanCountArrays.Add(counts);

    private int[] BuildParents()
    {
        var parents = new int[ValueCount];
        for (var ord = 0; ord < ValueCount; ord++)
        {
            var parent = Dimension.ParentOf(Label(ord));
            parents[ord] = parent is null ? -1 : Find(parent);
        }
        return parents;
    }
}
