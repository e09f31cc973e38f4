using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Facets;

/// <summary>
/// Collects hits and counts facets in one pass, with drill-sideways semantics: a document that passes every
/// selection is a hit and is counted in every dimension; a document that fails exactly one dimension's selection
/// is counted in that dimension only, so a dimension's counts ignore its own selection. The text query alone
/// decides scores; selections only decide membership.
/// </summary>
internal sealed class FacetingCollector : ICollector
{
    private readonly ICollector _hits;
    private readonly DimensionCounter[] _counters;
    private readonly SelectionFilter[] _filters;
    private SelectionFilter[] _active;

    public FacetingCollector(ICollector hits, DimensionCounter[] counters, SelectionFilter[] filters)
    {
        _hits = hits;
        _counters = counters;
        _filters = filters;
        _active = filters;
    }

    /// <summary>Documents that passed every selection.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        _hits.SetNextReader(context);
        foreach (var counter in _counters)
        {
            counter.SetSegment(context.Ord);
        }
        // Filters every document of the segment passes are dropped for the segment.
        _active = _filters.Where(filter => !filter.SetSegment(context.Ord)).ToArray();
    }

    public void Collect(int doc)
    {
        var failed = -1;
        var active = _active;
        for (var i = 0; i < active.Length; i++)
        {
            if (!active[i].Matches(doc))
            {
                if (failed >= 0)
                {
                    return; // fails two selections: counted nowhere
                }
                failed = i;
            }
        }
        if (failed < 0)
        {
            TotalHits++;
            _hits.Collect(doc);
            foreach (var counter in _counters)
            {
                counter.Count(doc);
            }
        }
        else if (active[failed].CounterIndex >= 0)
        {
            _counters[active[failed].CounterIndex].Count(doc);
        }
    }
}
