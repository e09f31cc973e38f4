using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Search.Core.Ingestion;

namespace Search.Core.Indexing;

/// <summary>
/// Rebuilds the index from a seeds folder: reads every file, turns articles into records, and builds a new
/// generation. Broken files are reported and skipped; a failure of the build itself leaves the live index as it was.
/// </summary>
public sealed class SeedIndexer
{
    private readonly IndexLayout _layout;
    private readonly Analyzer _analyzer;
    private readonly IngestionOptions _ingestion;

    /// <summary>Creates an indexer writing to <paramref name="layout"/>.</summary>
    /// <param name="layout">The index folder.</param>
    /// <param name="analyzer">The analyzer for text fields.</param>
    /// <param name="ingestion">Limits for reading files.</param>
    /// <param name="extract">Whether to extract entities and claims (claims become documents of their own).</param>
    /// <param name="threads">Threads that extract and index (1 keeps documents in file order).</param>
    public SeedIndexer(IndexLayout layout, Analyzer analyzer, IngestionOptions ingestion, bool extract = true, int threads = 1)
    {
        _layout = layout;
        _analyzer = analyzer;
        _ingestion = ingestion;
        _extract = extract;
        _threads = threads;
    }

    private readonly bool _extract;

    /// <summary>
    /// How an article is extracted. Tests replace it with one that throws, to prove that a failing extraction costs
    /// only that article's entities and claims (no known input makes the real one throw).
    /// </summary>
    /// <summary>Most entities an article keeps as facet values, its most mentioned; a long report names a few hundred.</summary>
    public const int MaxEntitiesPerArticle = 1000;

    internal Func<Extraction.ArticleExtractor, Article, Extraction.ArticleExtraction> ExtractArticle { get; init; } =
        (extractor, article) => extractor.Extract(article.Body, article.Published.Value);
    private readonly int _threads;

    /// <summary>
    /// Identifies what a rebuild from <paramref name="seedsPath"/> would produce: the folder's files, the schema
    /// version, the stemmer and whether extraction runs. Equal fingerprints mean the index is current; changing the
    /// stemmer or switching extraction rebuilds it.
    /// </summary>
    public string SourceFingerprint(string seedsPath)
    {
        var analysis = _analyzer is NewsAnalyzer news ? news.Stemmer.ToString() : _analyzer.GetType().Name;
        var text = $"schema:{IndexSchema.Version};analysis:{analysis};extraction:{_extract};seeds:{SeedFolder.Fingerprint(seedsPath)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// Rebuilds only when there is no index or it was built from different seeds or an older schema; never over an
    /// index built from something else on purpose (a corpus file, or another seeds folder that still exists).
    /// </summary>
    public RebuildReport EnsureCurrent(string seedsPath, IndexMetadata? live, IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var fingerprint = SourceFingerprint(seedsPath);
        if (live is null)
        {
            return Rebuild(seedsPath, "no index yet", fingerprint, progress, cancellationToken);
        }
        if (OtherSource(live, seedsPath) is { } other)
        {
            // Built on purpose from elsewhere, not a stale copy of this seeds folder: a server started on it must not
            // replace it with these seeds. An explicit rebuild still does.
            return new RebuildReport(false, $"the index was built from {other}, not from the seeds folder {Path.GetFullPath(seedsPath)}, "
                + "and is served as it is (an explicit rebuild replaces it)", live, 0, [], TimeSpan.Zero, KeptOtherSource: true);
        }
        if (live.SourceFingerprint != fingerprint)
        {
            return Rebuild(seedsPath, "the seeds folder, the schema or the analysis settings changed since the index was built", fingerprint, progress, cancellationToken);
        }
        return new RebuildReport(false, "the index is current", live, 0, [], TimeSpan.Zero);
    }

    /// <summary>
    /// What the live index was built from when that is not the seeds folder at <paramref name="seedsPath"/>. A recorded
    /// folder that no longer exists counts as this one: that is a project moved or renamed with its index.
    /// </summary>
    private static string? OtherSource(IndexMetadata live, string seedsPath)
    {
        if (live.BuiltFromCorpus)
        {
            return $"the corpus file {live.SourceFingerprint[IndexMetadata.CorpusSourcePrefix.Length..]}";
        }
        if (live.SeedsFolder is { } builtFrom && !SamePath(builtFrom, seedsPath) && Directory.Exists(builtFrom))
        {
            return $"the seeds folder {builtFrom}";
        }
        return null;
    }

    private static bool SamePath(string a, string b) => string.Equals(
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Rebuilds unconditionally.</summary>
    public RebuildReport Rebuild(string seedsPath, IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Rebuild(seedsPath, "rebuild requested", SourceFingerprint(seedsPath), progress, cancellationToken);

    private RebuildReport Rebuild(string seedsPath, string reason, string fingerprint, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var folder = SeedFolder.Open(seedsPath, _ingestion);
        var issues = new List<IngestionIssue>(folder.FolderIssues);
        var total = folder.ArticleFiles.Count;
        var done = 0;
        var gazetteerProblems = new List<string>();
        var gazetteer = _extract ? Extraction.Gazetteer.Load(folder.FullPath, gazetteerProblems) : null;
        issues.AddRange(gazetteerProblems.Select(p => new IngestionIssue(Extraction.Gazetteer.FileName, IssueSeverity.Warning, p)));
        var extractor = gazetteer is null ? null : new Extraction.ArticleExtractor(gazetteer);

        // Files are read in order on this thread; extraction and analysis run on the builder's workers.
        IEnumerable<Article> Articles()
        {
            var read = 0;
            foreach (var result in folder.ReadAll())
            {
                lock (issues)
                {
                    issues.AddRange(result.Issues);
                }
                progress?.Report(new RebuildProgress(RebuildPhase.Reading, ++done, total, result.File));
                if (result.Article is { } article)
                {
                    read++;
                    yield return article;
                }
            }
            // A folder that gives nothing (a wrong path, an unmounted volume, every file broken) must not replace an
            // index that has something: throwing here abandons the build and the live generation keeps serving.
            if (read == 0 && _layout.CurrentGeneration() is { } live)
            {
                throw new RebuildRefusedException(
                    $"The seeds folder '{folder.FullPath}' gave no readable articles ({total} article files), so the index '{live}' is kept. To start from an empty index, empty the index folder first.");
            }
            progress?.Report(new RebuildProgress(RebuildPhase.Committing, done, total, ""));
        }

        // Runs on the builder's workers. A failure in extraction must cost neither the article nor the rebuild: the
        // article is indexed without entities and claims, and the report says so.
        Extraction.ArticleExtraction? Extract(Article article)
        {
            try
            {
                var extraction = extractor is null ? null : ExtractArticle(extractor, article);
                if (extraction is { Entities.Count: > MaxEntitiesPerArticle })
                {
                    // A list, a dump or junk rather than an article: its names would swamp the entity facet and the
                    // suggestions of every search.
                    lock (issues)
                    {
                        issues.Add(new IngestionIssue(article.Path, IssueSeverity.Warning,
                            $"{extraction.Entities.Count:N0} different entities found; only the {MaxEntitiesPerArticle:N0} most mentioned are kept as its entities"));
                    }
                    extraction = extraction with { Entities = extraction.Entities.Take(MaxEntitiesPerArticle).ToList() };
                }
                return extraction;
            }
            catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
            {
                lock (issues)
                {
                    issues.Add(new IngestionIssue(article.Path, IssueSeverity.Warning,
                        $"entity and claim extraction failed ({ex.GetType().Name}: {ex.Message}); indexed without entities and claims"));
                }
                return null;
            }
        }

        var metadata = new IndexBuilder(_layout, _analyzer).Build(Articles(), article => ArticleRecords.From(article, Extract(article), gazetteer),
            fingerprint, _threads, folder.FullPath, cancellationToken);
        var pruneFailures = _layout.Prune();
        issues.AddRange(pruneFailures.Select(f => new IngestionIssue("index", IssueSeverity.Warning, $"old generation not removed: {f}")));
        return new RebuildReport(true, reason, metadata, total, issues, clock.Elapsed);
    }
}
