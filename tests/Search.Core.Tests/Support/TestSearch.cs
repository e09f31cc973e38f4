using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Querying;

namespace Search.Core.Tests.Support;

/// <summary>An index built into a temporary folder with a pipeline over it.</summary>
public sealed class TestSearch : IDisposable
{
    private readonly TempDirectory _directory = new("search-index");

    private TestSearch()
    {
        Layout = new IndexLayout(_directory.Combine("index"));
    }

    public IndexLayout Layout { get; }

    public SearchIndex Index { get; private set; } = null!;

    public SearchPipeline Pipeline { get; private set; } = null!;

    public ArticleViewer Articles { get; private set; } = null!;

    public RebuildReport? Report { get; private set; }

    public static TestSearch FromSeeds(string? seedsFolder = null, Stemmer stemmer = Stemmer.KStem)
    {
        var search = new TestSearch { _stemmer = stemmer };
        search.Report = new SeedIndexer(search.Layout, new NewsAnalyzer(stemmer), new IngestionOptions()).Rebuild(seedsFolder ?? Seeds.Folder);
        search.Open();
        return search;
    }

    private Stemmer _stemmer = Stemmer.KStem;
    private bool _withSynonyms = true;

    public static TestSearch FromRecords(IEnumerable<IndexRecord> records, bool withSynonyms = true)
    {
        var search = new TestSearch { _withSynonyms = withSynonyms };
        new IndexBuilder(search.Layout, new NewsAnalyzer()).Build(records, "test");
        search.Open();
        return search;
    }

    public SearchResults Search(string query, Func<SearchParameters, SearchParameters>? configure = null)
    {
        var parameters = new SearchParameters { Query = query };
        parameters = configure?.Invoke(parameters) ?? parameters;
        var request = SearchRequestParser.TryParse(parameters, out var errors)
            ?? throw new InvalidOperationException("Invalid request: " + string.Join("; ", errors.SelectMany(e => e.Value)));
        return Pipeline.Search(request);
    }

    private void Open()
    {
        Index = new SearchIndex(Layout);
        var analyzer = new NewsAnalyzer(_stemmer);
        var synonyms = _withSynonyms ? Core.Querying.Synonyms.SynonymSet.Load(analyzer, null, new List<string>()) : Core.Querying.Synonyms.SynonymSet.Empty;
        var queries = new QueryBuilder(analyzer, synonyms);
        var highlighter = new Highlighter(new HighlightOptions());
        Pipeline = new SearchPipeline(Index, queries, highlighter);
        Articles = new ArticleViewer(Index, queries, highlighter);
    }

    public void Dispose()
    {
        Index.Dispose();
        _directory.Dispose();
    }
}
