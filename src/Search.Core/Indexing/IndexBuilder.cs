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
    public IndexMetadata Build(IEnumerable<IndexRecord> records, string sourceFingerprint, CancellationToken cancellationToken = default) =>
        Build(records, record => [record], sourceFingerprint, threads: 1, cancellationToken: cancellationToken);

    /// <summary>
    /// Indexes what <paramref name="toRecords"/> makes of each source into a new generation and makes it live. With
    /// several threads, the sources are read on the calling thread and turned into documents (parsing, extraction,
    /// analysis) by the workers, which add them to one shared writer.
    /// </summary>
    /// <param name="sources">What to index, enumerated once on the calling thread.</param>
    /// <param name="toRecords">Turns a source into its records; runs on the worker threads.</param>
    /// <param name="sourceFingerprint">Identifies what was indexed.</param>
    /// <param name="threads">Worker threads (1 indexes on the calling thread, in order).</param>
    /// <param name="seedsFolder">The seeds folder the sources came from, recorded in the index; null for other sources.</param>
    /// <param name="cancellationToken">Cancels the build; the live generation is untouched.</param>
    public IndexMetadata Build<TSource>(IEnumerable<TSource> sources, Func<TSource, IEnumerable<IndexRecord>> toRecords, string sourceFingerprint,
        int threads, string? seedsFolder = null, CancellationToken cancellationToken = default)
    {
        using var buildLock = _layout.LockForBuild();
        var (generation, buildPath) = _layout.BeginBuild();
        try
        {
            var metadata = Write(buildPath, generation, sources, toRecords, sourceFingerprint, seedsFolder, Math.Max(1, threads), cancellationToken);
            _layout.Publish(generation, buildPath);
            return metadata;
        }
        catch
        {
            IndexLayout.Abandon(buildPath);
            throw;
        }
    }

    private IndexMetadata Write<TSource>(string buildPath, string generation, IEnumerable<TSource> sources, Func<TSource, IEnumerable<IndexRecord>> toRecords,
        string sourceFingerprint, string? seedsFolder, int threads, CancellationToken cancellationToken)
    {
        using var directory = FSDirectory.Open(buildPath);
        var writer = new IndexWriter(directory, CreateConfig());
        try
        {
            var counts = new Counts();
            if (threads == 1)
            {
                foreach (var source in sources)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Add(writer, toRecords(source), counts);
                }
            }
            else
            {
                AddInParallel(writer, sources, toRecords, threads, counts, cancellationToken);
            }
            cancellationToken.ThrowIfCancellationRequested();
            var metadata = new IndexMetadata(generation, DateTimeOffset.UtcNow, sourceFingerprint, counts.Articles, counts.Documents, seedsFolder);
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

    private static void AddInParallel<TSource>(IndexWriter writer, IEnumerable<TSource> sources, Func<TSource, IEnumerable<IndexRecord>> toRecords,
        int threads, Counts counts, CancellationToken cancellationToken)
    {
        using var queue = new System.Collections.Concurrent.BlockingCollection<TSource>(threads * 64);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, threads).Select(_ => Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (var source in queue.GetConsumingEnumerable(stop.Token))
                {
                    Add(writer, toRecords(source), counts);
                }
            }
            catch
            {
                stop.Cancel(); // one failure stops the producer and the other workers
                throw;
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        try
        {
            foreach (var source in sources)
            {
                queue.Add(source, stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // A worker failed, or the build was cancelled: both are reported below, once the workers have stopped.
        }
        catch
        {
            // Reading the sources failed: stop the workers before the caller rolls the writer back.
            stop.Cancel();
            WaitIgnoringFailures(workers);
            throw;
        }
        finally
        {
            queue.CompleteAdding();
        }
        try
        {
            Task.WaitAll(workers, CancellationToken.None);
        }
        catch (AggregateException failure) when (failure.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) is { } cause)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(cause).Throw();
        }
        catch (AggregateException)
        {
            // Only cancellations: the caller's token says so below.
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void WaitIgnoringFailures(Task[] workers)
    {
        try
        {
            Task.WaitAll(workers, CancellationToken.None);
        }
        catch (AggregateException)
        {
            // The sources' failure is the one reported.
        }
    }

    private static void Add(IndexWriter writer, IEnumerable<IndexRecord> records, Counts counts)
    {
        foreach (var record in records)
        {
            writer.AddDocument(DocumentFactory.Create(record));
            Interlocked.Increment(ref counts.Documents);
            if (record.Kind == RecordKinds.Article)
            {
                Interlocked.Increment(ref counts.Articles);
            }
        }
    }

    private sealed class Counts
    {
        public int Articles;
        public int Documents;
    }

    private IndexWriterConfig CreateConfig() => new(NewsAnalyzer.Version, _analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = Similarity,
        RAMBufferSizeMB = _ramBufferMb,
        // A generation is written once, in bulk, and then only read: compound files would save a few file handles
        // at the cost of copying every flushed and merged segment once more (about 3% of indexing time).
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
    };
}
