using Lucene.Net.Index;

namespace Search.Core.Facets;

/// <summary>
/// Counts the values of one dimension over the documents it is given, in global ordinal space. Only touched
/// ordinals are remembered, so the cost follows the number of matches, and the counting array goes back to its
/// pool clean.
/// </summary>
internal sealed class DimensionCounter : IDisposable
{
    private readonly DimensionOrdinals _ordinals;
    private readonly List<int> _touched = [];
    private int[]? _counts;
    private SortedSetDocValues _segmentValues = DocValues.EMPTY_SORTED_SET;
    private int[]? _toGlobal;

    public DimensionCounter(DimensionOrdinals ordinals)
    {
        _ordinals = ordinals;
        _counts = ordinals.RentCounts();
    }

    public DimensionOrdinals Ordinals => _ordinals;

    /// <summary>Counted documents without a value.</summary>
    public int Missing { get; private set; }

    /// <summary>Ordinals with a count above zero, in the order first seen.</summary>
    public IReadOnlyList<int> Touched => _touched;

    public int CountOf(int globalOrd) => _counts![globalOrd];

    public void SetSegment(int segment)
    {
        _segmentValues = _ordinals.SegmentValues(segment);
        _toGlobal = _ordinals.SegmentToGlobal(segment);
    }

    public void Count(int doc)
    {
        var counts = _counts!;
        _segmentValues.SetDocument(doc);
        var ord = _segmentValues.NextOrd();
        if (ord == SortedSetDocValues.NO_MORE_ORDS)
        {
            Missing++;
            return;
        }
        do
        {
            var global = _toGlobal is null ? (int)ord : _toGlobal[ord];
            if (counts[global]++ == 0)
            {
                _touched.Add(global);
            }
        }
        while ((ord = _segmentValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS);
    }

    public void Dispose()
    {
        if (_counts is null)
        {
            return;
        }
        foreach (var ord in _touched)
        {
            _counts[ord] = 0;
        }
        _ordinals.ReturnCounts(_counts);
        _counts = null;
    }
}
