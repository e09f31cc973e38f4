using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Search.Core.Indexing;

/// <summary>
/// Writes a complete new generation beside the live one and publishes it only after its commit succeeded.
/// If anything fails or the build is cancelled, the partial generation is deleted and the live one keeps serving.
/// </summary>
public sealed class IndexBuilder
{
    private readonly IndexLayout _layout;
    private readonly Analyzer _analyzer;
    private readonly double _ramBufferMb;

    /// <summary>Creates a builder for the index at <paramref name="layout"/>.</summary>
    /// <param name="layout">Where generations live.</param>
    /// <param name="analyzer">The analyzer for text fields (the searcher must use the same).</param>
    /// <param name="ramBufferMb">Memory for buffering documents before a segment is flushed.</param>
    public IndexBuilder(IndexLayout layout, Analyzer analyzer, double ramBufferMb = 64)
    {
        _layout = layout;
        _analyzer = analyzer;
        _ramBufferMb = ramBufferMb;
    }

    /// <summary>The similarity used at index and search time: BM25 with Lucene's defaults (k1 = 1.2, b = 0.75).</summary>
    public static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Indexes <paramref name="records"/> into a new generation and makes it live.</summary>
    /// <param name="records">The documents; enumerated once. An exception thrown while enumerating aborts the build.</param>
    /// <param name="sourceFingerprint">Identifies what was indexed, to detect later whether a rebuild is needed.</param>
    /// <param name="cancellationToken">Cancels the build; the live generation is untouched.</param>
    /// <returns>The metadata of the new live generation.</returns>
    public IndexMetadata Build(IEnumerable<IndexRecord> records, string sourceFingerprint, CancellationToken cancellationToken = default)
    {
        var (generation, buildPath) = _layout.BeginBuild();
        try
        {
            var metadata = Write(buildPath, generation, records, sourceFingerprint, cancellationToken);
            _layout.Publish(generation, buildPath);
            return metadata;
        }
        catch
        {
            IndexLayout.Abandon(buildPath);
            throw;
        }
    }

    private IndexMetadata Write(string buildPath, string generation, IEnumerable<IndexRecord> records, string sourceFingerprint, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(buildPath);
        var writer = new IndexWriter(directory, CreateConfig());
        try
        {
            var articles = 0;
            var documents = 0;
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                writer.AddDocument(DocumentFactory.Create(record));
                documents++;
                if (record.Kind == RecordKinds.Article)
                {
                    articles++;
                }
            }
            cancellationToken.ThrowIfCancellationRequested();
            var metadata = new IndexMetadata(generation, DateTimeOffset.UtcNow, sourceFingerprint, articles, documents);
            writer.SetCommitData(metadata.ToCommitData());
            writer.Commit();
            writer.Dispose();
            return metadata;
        }
        catch
        {
            // Rollback closes the writer without committing; Dispose would commit what was added so far.
            writer.Rollback();
            throw;
        }
    }

    private IndexWriterConfig CreateConfig() => new(NewsAnalyzer.Version, _analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = Similarity,
        RAMBufferSizeMB = _ramBufferMb,
    };
}
