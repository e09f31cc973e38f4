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

    /// <summary>The state of the lease's reader, cached for the reader's lifetime.</summary>
    public static FacetReaderState Of(SearcherLease lease) => lease.State(reader => new FacetReaderState(reader));
}
