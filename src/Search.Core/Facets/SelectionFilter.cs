using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// Tests, per document and from doc values alone, whether a document satisfies the selection of one dimension:
/// any of the selected values (or no value, when the missing label is selected) and, for the date dimension,
/// a date overlapping the selected range.
/// </summary>
internal sealed class SelectionFilter
{
    private readonly DimensionOrdinals _ordinals;
    private readonly int[] _selectedGlobal;
    private readonly bool _acceptMissing;
    private readonly bool _hasValueConstraint;
    private readonly DayRange? _range;
    private SortedSetDocValues _segmentValues = DocValues.EMPTY_SORTED_SET;
    private int[]? _toGlobal;

    public SelectionFilter(DimensionOrdinals ordinals, IReadOnlyList<string> values, DayRange? range, int counterIndex)
    {
        _ordinals = ordinals;
        CounterIndex = counterIndex;
        _range = range;
        var missingLabel = ordinals.Dimension.MissingLabel;
        _acceptMissing = missingLabel is not null && values.Contains(missingLabel, StringComparer.OrdinalIgnoreCase);
        _selectedGlobal = values.Select(ordinals.Find).Where(o => o >= 0).Order().ToArray();
        _hasValueConstraint = values.Count > 0;
    }

    /// <summary>Index of the counter of the same dimension, or -1 when that dimension is not counted.</summary>
    public int CounterIndex { get; }

    public FacetDimension Dimension => _ordinals.Dimension;

    public void SetSegment(int segment)
    {
        _segmentValues = _ordinals.SegmentValues(segment);
        _toGlobal = _ordinals.SegmentToGlobal(segment);
    }

    public bool Matches(int doc)
    {
        _segmentValues.SetDocument(doc);
        var ord = _segmentValues.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS)
        {
            // No value: only the missing bucket can match, and an undated document is never inside a date range.
            return _acceptMissing && _range is null;
        }
        var valueMatched = !_hasValueConstraint;
        var last = ord;
        do
        {
            last = ord;
            if (!valueMatched && Array.BinarySearch(_selectedGlobal, Global(ord)) >= 0)
            {
                valueMatched = true;
            }
        }
        while ((ord = _segmentValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS);
        if (!valueMatched)
        {
            return false;
        }
        // Values sort coarse to fine ("2024" < "2024-12" < "2024-12-27"), so the last is the most precise date.
        return _range is null || (_ordinals.Dates[Global(last)] is { } date && _range.Overlaps(date));
    }

    private int Global(long segmentOrd) => _toGlobal is null ? (int)segmentOrd : _toGlobal[segmentOrd];
}
