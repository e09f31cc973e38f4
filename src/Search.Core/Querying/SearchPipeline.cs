using System.Diagnostics;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>
/// Answers searches in stages: build the query, run it once collecting hits and drill-sideways facet counts,
/// highlight the page's hits from the postings' offsets, and map them to result records. Each stage is its own component;
/// this class only sequences them.
/// </summary>
public sealed class SearchPipeline
{
    private readonly SearchIndex _index;
    private readonly QueryBuilder _queries;
    private readonly HitMapper _hits;

    /// <summary>Creates the pipeline over the live index.</summary>
    public SearchPipeline(SearchIndex index, QueryBuilder queries, Highlighter highlighter, TimeSpan? timeBudget = null)
    {
        _index = index;
        _queries = queries;
        _hits = new HitMapper(highlighter);
        TimeBudget = timeBudget ?? TimeSpan.FromSeconds(2);
    }

    /// <summary>How long one search may collect before it stops and returns what it has, flagged as partial.</summary>
    public TimeSpan TimeBudget { get; }

    /// <summary>Runs a validated search.</summary>
    /// <exception cref="IndexUnavailableException">No index has been built.</exception>
    /// <exception cref="QueryNotSearchableException">The query parsed but expands to too many terms to run.</exception>
    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        var started = clock.Elapsed;
        // An outlet's name is offered as its filter, and its words are not "corrected" to article words ("times" → "time").
        var outlet = OutletMentions.Of(lease).Find(request.Query);
        var query = _queries.Build(request.Query, searcher.IndexReader, outlet?.TypedWords);
        var built = clock.Elapsed;
        var sort = request.Sort ?? (query.MatchesAll ? SortOrder.Date : SortOrder.Relevance);
        var wanted = request.Page * request.Size;
        var collector = HitCollectors.Create(sort, wanted);
        var matching = request.WithinArticles is { } articles
            ? new FilteredQuery(query.Query, new Lucene.Net.Queries.TermsFilter(articles.Select(id => new Lucene.Net.Index.Term(IndexSchema.Article.Name, id)).ToList()))
            : query.Query;
        var outcome = Run(() => FacetedSearch.Run(searcher, FacetReaderState.Of(lease), matching, request.Selection, request.Facets, collector, TimeBudget));
        var page = collector.GetTopDocs((request.Page - 1) * request.Size, request.Size);
        var collected = clock.Elapsed;
        var highlight = Highlighter.Prepare(query.MatchesAll ? null : query.Query, lease);
        var hits = page.ScoreDocs
            .Select(scoreDoc => _hits.Map(searcher, scoreDoc, highlight, request.Passages, request.PassageLength, withScore: !query.MatchesAll))
            .ToList();
        hits = SameReports.Mark(searcher, page.ScoreDocs, hits);
        // Plain words only: what else was searched as words ("title:(moscow times") is left as typed.
        var filter = query.Interpretation == QueryInterpretation.Words ? outlet?.Unless(outcome.Selection) : null;
        var took = clock.Elapsed;
        return new SearchResults(outcome.TotalHits, took, QueryInfo.Of(query, outcome.TimedOut ? null : outcome.TotalHits, filter), request.Page, request.Size, sort,
            hits, outcome.Facets, outcome.Histogram, outcome.Selection, outcome.TimedOut,
            new StageTimings(built - started, collected - built, took - collected));
    }

    /// <summary>
    /// Builds the facet state the default search needs on the live reader, so that the first search after start does
    /// not pay for it. Does nothing when no index exists yet.
    /// </summary>
    public void Warm()
    {
        try
        {
            using var lease = _index.Acquire();
            FacetReaderState.Of(lease).Prepare(SearchLimits.DefaultFacets.Select(f => f.Dimension));
            OutletMentions.Of(lease);
        }
        catch (IndexUnavailableException)
        {
            // Nothing to warm; the first rebuild will publish an index and searches build its state as they come.
        }
    }

    /// <summary>
    /// The values of one dimension among the matches of a search (with its other selections applied and its own
    /// ignored, as in the sidebar), optionally narrowed to those answering a type-ahead prefix.
    /// </summary>
    /// <param name="request">The search whose matches are counted.</param>
    /// <param name="dimension">The dimension to list.</param>
    /// <param name="prefix">Type-ahead text: values, names or name words starting with it.</param>
    /// <param name="top">How many values.</param>
    /// <param name="within">Only values starting with this exactly ("person/").</param>
    public FacetResult FacetValues(SearchRequest request, FacetDimension dimension, string? prefix, int top, string? within = null)
    {
        using var lease = _index.Acquire();
        var query = _queries.Build(request.Query, lease.Searcher.IndexReader);
        var outcome = Run(() => FacetedSearch.Run(lease.Searcher, FacetReaderState.Of(lease), query.Query, request.Selection,
            [new FacetRequest(dimension, top, prefix ?? "", within)], new TotalHitCountCollector(), TimeBudget));
        return outcome.Facets[0];
    }

    /// <summary>Turns Lucene's complaints about a parsed-but-unrunnable query into one exception type.</summary>
    internal static T Run<T>(Func<T> search)
    {
        try
        {
            return search();
        }
        catch (BooleanQuery.TooManyClausesException ex)
        {
            throw new QueryNotSearchableException($"The query expands to too many terms ({ex.Message}); make wildcards or fuzzy terms more specific.", ex);
        }
    }
}
