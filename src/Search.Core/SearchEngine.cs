using Lucene.Net.Analysis;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Querying;

namespace Search.Core;

/// <summary>
/// Wires the components of the service together from <see cref="SearchOptions"/>: one analyzer for indexing and
/// querying, the live index, the query pipeline and the indexer. Both front ends (web and command line) start here,
/// so they can never disagree on how text is analysed or where the index lives. It does no work of its own.
/// </summary>
public sealed class SearchEngine : IDisposable
{
    private readonly Analyzer _analyzer;
    private readonly QueryBuilder _queries;

    /// <summary>Creates the components; opens the index if one exists.</summary>
    public SearchEngine(SearchOptions options)
    {
        Options = options;
        _analyzer = new NewsAnalyzer(options.Stemmer);
        Layout = new IndexLayout(options.IndexPath);
        Index = new SearchIndex(Layout);
        Indexer = new SeedIndexer(Layout, _analyzer, new IngestionOptions { MaxFileBytes = options.MaxFileBytes }, options.Extraction, options.IndexThreads);
        _queries = new QueryBuilder(_analyzer, LoadSynonyms());
        var highlighter = new Highlighter(new HighlightOptions { MaxAnalyzedChars = options.MaxAnalyzedChars, PassageLength = options.PassageLength });
        Pipeline = new SearchPipeline(Index, _queries, highlighter, options.SearchTimeBudget);
        Articles = new ArticleViewer(Index, _queries, highlighter);
        Suggestions = new Suggester(Index, _queries, LoadGazetteer());
        Claims = new ClaimComparer(Pipeline, Index);
        Index.Switching += _ => ReloadSeedData();
    }

    /// <summary>Problems found in the synonym files when they were last loaded.</summary>
    public IReadOnlyList<string> SynonymProblems { get; private set; } = [];

    /// <summary>The settings in force.</summary>
    public SearchOptions Options { get; }

    /// <summary>Where the index lives.</summary>
    public IndexLayout Layout { get; }

    /// <summary>The live index.</summary>
    public SearchIndex Index { get; }

    /// <summary>Builds new generations from the seeds folder.</summary>
    public SeedIndexer Indexer { get; }

    /// <summary>Answers searches.</summary>
    public SearchPipeline Pipeline { get; }

    /// <summary>Shows whole articles and finds similar ones.</summary>
    public ArticleViewer Articles { get; }

    /// <summary>Completes what users type.</summary>
    public Suggester Suggestions { get; }

    /// <summary>Lines up the same claim across outlets.</summary>
    public ClaimComparer Claims { get; }

    /// <summary>Rebuilds from the seeds folder and switches the live index to the new generation.</summary>
    public RebuildReport Rebuild(IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Switched(Indexer.Rebuild(Options.SeedsPath, progress, cancellationToken));

    /// <summary>Rebuilds only when the index is missing or was built from other seeds or an older schema.</summary>
    public RebuildReport EnsureCurrent(IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Switched(Indexer.EnsureCurrent(Options.SeedsPath, Index.Metadata, progress, cancellationToken));

    private RebuildReport Switched(RebuildReport report)
    {
        if (report.Rebuilt)
        {
            Index.Refresh();
        }
        return report;
    }

    /// <summary>
    /// Reloads what the seeds folder holds besides articles, as a new generation goes live (built here or published by
    /// the command-line tool). Before the new reader serves: autocomplete keeps the gazetteer it finds for as long as
    /// the reader lives.
    /// </summary>
    private void ReloadSeedData()
    {
        Suggestions.Gazetteer = LoadGazetteer();
        _queries.Synonyms = LoadSynonyms();
    }

    /// <summary>The gazetteer the indexer extracts with; its problems are the indexer's to report.</summary>
    private Extraction.Gazetteer LoadGazetteer() =>
        Extraction.Gazetteer.Load(Directory.Exists(Options.SeedsPath) ? Options.SeedsPath : null, new List<string>());

    private Querying.Synonyms.SynonymSet LoadSynonyms()
    {
        var problems = new List<string>();
        var synonyms = Querying.Synonyms.SynonymSet.Load(_analyzer, Directory.Exists(Options.SeedsPath) ? Options.SeedsPath : null, problems);
        SynonymProblems = problems;
        return synonyms;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Index.Dispose();
        _analyzer.Dispose();
    }
}
