namespace Search.Core.Facets;

/// <summary>
/// Counts the values of one dimension over the documents it is given, in global ordinal space, from the segment's
/// ordinal arrays. Only touched ordinals are remembered, so the cost follows the number of matches, and the counters
/// go back to their pool clean.
/// </summary>
internal sealed class DimensionCounter : IDisposable
{
    private readonly DimensionOrdinals _ordinals;
    private CountBuffer? _buffer;
    private int[] _counts;
    private List<int> _touched;
    private int[]? _single;
    private int[] _starts = [];
    private int[] _ords = [];

    public DimensionCounter(DimensionOrdinals ordinals)
    {
        _ordinals = ordinals;
        _buffer = ordinals.Rent();
        _counts = _buffer.Counts;
        _touched = _buffer.Touched;
    }

    public DimensionOrdinals Ordinals => _ordinals;

    /// <summary>Counted documents without a value.</summary>
    public int Missing { get; private set; }

    /// <summary>Ordinals with a count above zero, in the order first seen.</summary>
    public IReadOnlyList<int> Touched => _touched;

    public int CountOf(int globalOrd) => _counts[globalOrd];

    public void SetSegment(int segment)
    {
        var ordinals = _ordinals.Segment(segment);
        _single = ordinals.IsSingleValued ? ordinals.Single : null;
        if (_single is null)
        {
            _starts = ordinals.Starts;
            _ords = ordinals.Ords;
        }
    }

    public void Count(int doc)
    {
        if (_single is { } single)
        {
            var ord = single[doc];
            if (ord < 0)
            {
                Missing++;
            }
            else if (_counts[ord]++ == 0)
            {
                _touched.Add(ord);
            }
            return;
        }
        var start = _starts[doc];
        var end = _starts[doc + 1];
        if (start == end)
        {
            Missing++;
            return;
        }
        for (var i = start; i < end; i++)
        {
            var ord = _ords[i];
            if (_counts[ord]++ == 0)
            {
                _touched.Add(ord);
            }
        }
    }

    public void Dispose()
    {
        if (_buffer is null)
        {
            return;
        }
        foreach (var ord in _touched)
        {
            _counts[ord] = 0;
        }
        _touched.Clear();
        _ordinals.Return(_buffer);
        _buffer = null;
    }
}
