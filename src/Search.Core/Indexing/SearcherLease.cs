using Lucene.Net.Search;

namespace Search.Core.Indexing;

/// <summary>
/// A searcher borrowed from the live index for one request. Dispose it to give the searcher back;
/// the generation it belongs to stays open until every lease on it has been disposed.
/// </summary>
public sealed class SearcherLease : IDisposable
{
    private readonly IndexGeneration _generation;
    private bool _disposed;

    internal SearcherLease(IndexGeneration generation, IndexSearcher searcher)
    {
        _generation = generation;
        Searcher = searcher;
    }

    /// <summary>The searcher; valid until the lease is disposed.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>Facts about the generation being searched.</summary>
    public IndexMetadata Metadata => _generation.Metadata;

    /// <summary>Reader-scoped state such as facet ordinal maps, computed once per reader.</summary>
    public T State<T>(Func<Lucene.Net.Index.IndexReader, T> create) where T : class =>
        _generation.States.GetOrCreate(Searcher.IndexReader, create);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _generation.Manager.Release(Searcher);
        _generation.Release();
    }
}
