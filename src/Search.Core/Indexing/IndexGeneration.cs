using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// One opened generation: its directory, the searcher manager sharing its reader, and state cached per reader.
/// Counts its leases so that a retired generation closes only after the last search on it has finished.
/// </summary>
internal sealed class IndexGeneration
{
    private readonly FSDirectory _directory;
    private readonly object _gate = new();
    private int _leases;
    private bool _retired;
    private bool _closed;

    private IndexGeneration(FSDirectory directory, SearcherManager manager, IndexMetadata metadata)
    {
        _directory = directory;
        Manager = manager;
        Metadata = metadata;
    }

    public SearcherManager Manager { get; }

    public IndexMetadata Metadata { get; }

    public ReaderStateCache States { get; } = new();

    public static IndexGeneration Open(IndexLayout layout, string generation)
    {
        var directory = new MappedDirectory(new DirectoryInfo(layout.PathOf(generation)));
        try
        {
            var manager = new SearcherManager(directory, new BM25SearcherFactory());
            var searcher = manager.Acquire();
            try
            {
                var reader = (DirectoryReader)searcher.IndexReader;
                return new IndexGeneration(directory, manager, IndexMetadata.FromCommitData(reader.IndexCommit.UserData, generation));
            }
            finally
            {
                manager.Release(searcher);
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public bool TryRetain()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }
            _leases++;
            return true;
        }
    }

    public void Release()
    {
        lock (_gate)
        {
            _leases--;
            CloseIfUnused();
        }
    }

    /// <summary>Marks the generation as replaced; it closes once no lease holds it.</summary>
    public void Retire()
    {
        lock (_gate)
        {
            _retired = true;
            CloseIfUnused();
        }
    }

    private void CloseIfUnused()
    {
        if (_retired && _leases == 0 && !_closed)
        {
            _closed = true;
            Manager.Dispose();
            _directory.Dispose();
        }
    }

    private sealed class BM25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = IndexBuilder.Similarity };
    }
}
