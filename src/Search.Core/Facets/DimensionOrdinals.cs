using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Facets;

/// <summary>
/// The global ordinal space of one facet dimension over a reader: every distinct value across all segments gets one
/// global ordinal, in value order, via <see cref="MultiDocValues.OrdinalMap"/>, and each segment's documents are read
/// once into arrays of those global ordinals. Built once per reader; counting then works on integers only.
/// </summary>
internal sealed class DimensionOrdinals
{
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly MultiDocValues.OrdinalMap? _map;
    private readonly SegmentOrdinals[] _segments;
    private readonly string?[] _labels;
    private readonly ConcurrentBag<CountBuffer> _buffers = [];
    private readonly Lazy<PartialDate?[]> _dates;
    private readonly Lazy<long[]> _caselessIndex;
    private readonly Func<string, int> _caselessHash;
    private readonly int[]? _canonical;

    /// <param name="dimension">The dimension.</param>
    /// <param name="reader">The reader.</param>
    /// <param name="caselessHash">A hash that ignores case (tests pass one that collides).</param>
    public DimensionOrdinals(FacetDimension dimension, IndexReader reader, Func<string, int>? caselessHash = null)
    {
        Dimension = dimension;
        _caselessHash = caselessHash ?? NameSpellings.Hash;
        _leaves = reader.Leaves;
        _segments = new SegmentOrdinals[_leaves.Count];
        if (_leaves.Count > 1)
        {
            var enums = new TermsEnum[_leaves.Count];
            for (var i = 0; i < enums.Length; i++)
            {
                enums[i] = SegmentValues(i).GetTermsEnum();
            }
            _map = new MultiDocValues.OrdinalMap(reader.CoreCacheKey, enums);
            ValueCount = (int)_map.ValueCount;
        }
        else
        {
            ValueCount = _leaves.Count == 1 ? (int)SegmentValues(0).ValueCount : 0;
        }
        // Read before the documents, so that each document holds the value it is counted as and filters need no mapping.
        _canonical = SpellingMerge.Canonical(ValueCount, ReadLabel, dimension.Spellings);
        for (var segment = 0; segment < _leaves.Count; segment++)
        {
            var values = SegmentValues(segment);
            int[]? toGlobal = null;
            if (_map is not null || _canonical is not null)
            {
                toGlobal = new int[values.ValueCount];
                for (var ord = 0; ord < toGlobal.Length; ord++)
                {
                    toGlobal[ord] = CountedAs(_map is null ? ord : (int)_map.GetGlobalOrd(segment, ord));
                }
            }
            _segments[segment] = SegmentOrdinals.Read(values, _leaves[segment].AtomicReader.MaxDoc, toGlobal, mayRepeat: _canonical is not null);
        }
        _labels = new string?[ValueCount];
        if (dimension.IsHierarchical)
        {
            (Parents, Children, Roots) = BuildTree();
        }
        _dates = new Lazy<PartialDate?[]>(() =>
            Enumerable.Range(0, ValueCount).Select(ord => PartialDate.TryParse(Label(ord), out var date) ? date : (PartialDate?)null).ToArray());
        _caselessIndex = new Lazy<long[]>(BuildCaselessIndex);
    }

    public FacetDimension Dimension { get; }

    /// <summary>Number of distinct values in the reader.</summary>
    public int ValueCount { get; }

    /// <summary>For hierarchical dimensions: the parent ordinal of each ordinal, or -1 at the top.</summary>
    public int[]? Parents { get; }

    /// <summary>For hierarchical dimensions: the child ordinals of each ordinal.</summary>
    public int[][]? Children { get; }

    /// <summary>For hierarchical dimensions: the top-level ordinals.</summary>
    public int[]? Roots { get; }

    /// <summary>For the date dimension: the date each ordinal stands for (<c>null</c> where a value is not a date).</summary>
    public PartialDate?[] Dates => _dates.Value;

    /// <summary>The documents' global ordinals in one segment.</summary>
    public SegmentOrdinals Segment(int segment) => _segments[segment];

    /// <summary>
    /// The ordinal a value is counted and filtered as: itself, or for a dimension that merges spellings, the value
    /// shown for every spelling of its name (<see cref="SpellingMerge"/>). Documents hold only such ordinals.
    /// </summary>
    public int CountedAs(int globalOrd) => _canonical is null ? globalOrd : _canonical[globalOrd];

    /// <summary>The value of a global ordinal (cached after the first lookup).</summary>
    public string Label(int globalOrd)
    {
        if (_labels[globalOrd] is { } cached)
        {
            return cached;
        }
        return _labels[globalOrd] = ReadLabel(globalOrd);
    }

    private string ReadLabel(int globalOrd)
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
                return _map is null ? (int)ord : (int)_map.GetGlobalOrd(segment, ord);
            }
        }
        return -1;
    }

    /// <summary>
    /// The values a filter value selects: itself when a document has it, else the values equal to it ignoring case and
    /// accents, as search ignores them ("wion" selects "WION"; "bbc" both "BBC" and "Bbc" if both exist; "Marcia
    /// Goncalves" selects "Márcia Gonçalves"), else none. Each as it is counted (<see cref="CountedAs"/>):
    /// "other/Johns Hopkins University" selects "organisation/Johns Hopkins University" where the two are merged.
    /// </summary>
    public IReadOnlyList<string> Resolve(string value)
    {
        var exact = Find(value);
        if (exact >= 0)
        {
            return [Label(CountedAs(exact))];
        }
        // Entries are (case-folded hash, ordinal), sorted: equal hashes are adjacent, and a hash rarely collides.
        var index = _caselessIndex.Value;
        var hash = (long)_caselessHash(value) << 32;
        var at = Array.BinarySearch(index, hash);
        var found = new List<string>();
        for (at = at < 0 ? ~at : at; at < index.Length && (index[at] & ~0xFFFFFFFFL) == hash; at++)
        {
            var ord = (int)(index[at] & 0xFFFFFFFFL);
            if (string.Equals(AccentFolding.Fold(Label(ord)), AccentFolding.Fold(value), StringComparison.OrdinalIgnoreCase)
                && Label(CountedAs(ord)) is var counted && !found.Contains(counted, StringComparer.Ordinal))
            {
                found.Add(counted);
            }
        }
        return found;
    }

    /// <summary>
    /// Every value's case-folded hash beside its ordinal, built on the first filter value no document has exactly. Eight
    /// bytes a value, where a dictionary of case-folded names would keep every label of a large entity dimension alive.
    /// </summary>
    private long[] BuildCaselessIndex()
    {
        var index = new long[ValueCount];
        for (var ord = 0; ord < ValueCount; ord++)
        {
            index[ord] = ((long)_caselessHash(_labels[ord] ?? ReadLabel(ord)) << 32) | (uint)ord;
        }
        Array.Sort(index);
        return index;
    }

    /// <summary>Zeroed counters for one search. Give them back clean with <see cref="Return"/>.</summary>
    public CountBuffer Rent() => _buffers.TryTake(out var buffer) ? buffer : new CountBuffer(ValueCount);

    /// <summary>Takes back counters whose entries are all zero again.</summary>
    public void Return(CountBuffer buffer) => _buffers.Add(buffer);

    private SortedSetDocValues SegmentValues(int segment) =>
        _leaves[segment].AtomicReader.GetSortedSetDocValues(Dimension.Name) ?? DocValues.EMPTY_SORTED_SET;

    private (int[] Parents, int[][] Children, int[] Roots) BuildTree()
    {
        var parents = new int[ValueCount];
        for (var ord = 0; ord < ValueCount; ord++)
        {
            var parent = Dimension.ParentOf(Label(ord));
            parents[ord] = parent is null ? -1 : Find(parent);
        }
        var children = Enumerable.Range(0, ValueCount).Select(ord => new List<int>()).ToArray();
        var roots = new List<int>();
        for (var ord = 0; ord < ValueCount; ord++)
        {
            (parents[ord] < 0 ? roots : children[parents[ord]]).Add(ord);
        }
        return (parents, children.Select(c => c.ToArray()).ToArray(), [.. roots]);
    }
}

/// <summary>Counters for one search over one dimension: a count per global ordinal and the ordinals touched.</summary>
internal sealed class CountBuffer(int size)
{
    public int[] Counts { get; } = new int[size];

    public List<int> Touched { get; } = [];
}
