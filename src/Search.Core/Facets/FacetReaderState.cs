using System.Collections.Concurrent;
using Lucene.Net.Index;
using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>Per-reader facet state: the ordinal space of each dimension, built on first use and reused by every query.</summary>
internal sealed class FacetReaderState
{
    private readonly IndexReader _reader;
    private readonly ConcurrentDictionary<FacetDimension, Lazy<DimensionOrdinals>> _dimensions = new();

    public FacetReaderState(IndexReader reader) => _reader = reader;

    public DimensionOrdinals For(FacetDimension dimension) =>
        _dimensions.GetOrAdd(dimension, d => new Lazy<DimensionOrdinals>(() => new DimensionOrdinals(d, _reader))).Value;

    /// <summary>Whether the ordinals of <paramref name="dimension"/> have been built.</summary>
    public bool IsBuilt(FacetDimension dimension) => _dimensions.TryGetValue(dimension, out var built) && built.IsValueCreated;

    /// <summary>
    /// Builds the ordinals of those of <paramref name="dimensions"/> not built yet side by side: on a new reader the
    /// first search needs several, each a pass over every document, and the cores would otherwise take turns.
    /// </summary>
    public void Prepare(IEnumerable<FacetDimension> dimensions)
    {
        List<FacetDimension>? missing = null;
        foreach (var dimension in dimensions)
        {
            if (!IsBuilt(dimension))
            {
                (missing ??= []).Add(dimension);
            }
        }
        if (missing is { Count: > 1 })
        {
            Parallel.ForEach(missing.Distinct(), dimension => For(dimension));
        }
    }

    /// <summary>The state of the lease's reader, cached for the reader's lifetime.</summary>
    public static FacetReaderState Of(SearcherLease lease) => lease.State(reader => new FacetReaderState(reader));
}
