using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>
/// Tests, per document and from the segment's ordinal arrays alone, whether a document satisfies the selection of one
/// dimension: any of the selected values (or no value, when the missing label is selected) and, for the date
/// dimension, a date overlapping the selected range.
/// </summary>
internal sealed class SelectionFilter
{
    private readonly DimensionOrdinals _ordinals;
    private readonly int[] _selected;
    private readonly bool _acceptMissing;
    private readonly bool _hasValueConstraint;
    private readonly DayRange? _range;
    private int[]? _single;
    private int[] _starts = [];
    private int[] _ords = [];

    public SelectionFilter(DimensionOrdinals ordinals, IReadOnlyList<string> values, DayRange? range, int counterIndex)
    {
        _ordinals = ordinals;
        CounterIndex = counterIndex;
        _range = range;
        var missingLabel = ordinals.Dimension.MissingLabel;
        _acceptMissing = missingLabel is not null && values.Contains(missingLabel, StringComparer.OrdinalIgnoreCase);
        _selected = values.Select(ordinals.Find).Where(o => o >= 0).Order().ToArray();
        _hasValueConstraint = values.Count > 0;
    }

    /// <summary>Index of the counter of the same dimension, or -1 when that dimension is not counted.</summary>
    public int CounterIndex { get; }

    public FacetDimension Dimension => _ordinals.Dimension;

    /// <summary>
    /// Prepares for a segment and says whether every document in it passes (a segment of articles only, under the
    /// default type=article selection), so the collector can skip the test there.
    /// </summary>
    public bool SetSegment(int segment)
    {
        var ordinals = _ordinals.Segment(segment);
        _single = ordinals.IsSingleValued ? ordinals.Single : null;
        if (_single is null)
        {
            _starts = ordinals.Starts;
            _ords = ordinals.Ords;
            return false;
        }
        return _range is null && _hasValueConstraint && ordinals.EveryDocumentHasOne && ordinals.DistinctInSegment == 1
            && _selected.Length > 0 && _single.Length > 0 && _selected.Contains(_single[0]);
    }

    public bool Matches(int doc)
    {
        if (_single is { } single)
        {
            var ord = single[doc];
            return ord < 0 ? _acceptMissing && _range is null : Accepts(ord, ord);
        }
        var start = _starts[doc];
        var end = _starts[doc + 1];
        if (start == end)
        {
            // No value: only the missing bucket can match, and an undated document is never inside a date range.
            return _acceptMissing && _range is null;
        }
        var valueMatched = !_hasValueConstraint;
        for (var i = start; i < end && !valueMatched; i++)
        {
            valueMatched = IsSelected(_ords[i]);
        }
        // Ordinals sort as values do, coarse to fine ("2024" < "2024-12" < "2024-12-27"): the last is the most precise date.
        return valueMatched && InRange(_ords[end - 1]);
    }

    private bool Accepts(int ord, int mostPrecise) => (!_hasValueConstraint || IsSelected(ord)) && InRange(mostPrecise);

    private bool IsSelected(int ord)
    {
        foreach (var selected in _selected)
        {
            if (selected == ord)
            {
                return true;
            }
        }
        return false;
    }

    private bool InRange(int ord) => _range is null || (_ordinals.Dates[ord] is { } date && _range.Overlaps(date));
}
