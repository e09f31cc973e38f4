using System.Diagnostics;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>
/// Answers searches in stages: build the query, run it once collecting hits and drill-sideways facet counts,
/// highlight the page's hits from term vectors, and map them to result records. Each stage is its own component;
/// this class only sequences them.
/// </summary>
public sealed class SearchPipeline
{
    private readonly SearchIndex _index;
    private readonly QueryBuilder _queries;
    private readonly Highlighter _highlighter;

    /// <summary>Creates the pipeline over the live index.</summary>
    public SearchPipeline(SearchIndex index, QueryBuilder queries, Highlighter highlighter)
    {
        _index = index;
        _queries = queries;
        _highlighter = highlighter;
    }

    /// <summary>Runs a validated search.</summary>
    /// <exception cref="IndexUnavailableException">No index has been built.</exception>
    /// <exception cref="QueryNotSearchableException">The query parsed but expands to too many terms to run.</exception>
    public SearchResults Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        var query = _queries.Build(request.Query);
        var sort = request.Sort ?? (query.MatchesAll ? SortOrder.Date : SortOrder.Relevance);
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        var wanted = request.Page * request.Size;
        var collector = HitCollectors.Create(sort, wanted);
        var outcome = Run(() => FacetedSearch.Run(searcher, FacetReaderState.Of(lease), query.Query, request.Selection, request.Facets, collector));
        var page = collector.GetTopDocs((request.Page - 1) * request.Size, request.Size);
        var highlight = Highlighter.Prepare(query.MatchesAll ? null : query.Query, searcher);
        var hits = page.ScoreDocs
            .Select(scoreDoc => ToHit(searcher, scoreDoc, highlight, request, query.MatchesAll))
            .ToList();
        return new SearchResults(outcome.TotalHits, clock.Elapsed, QueryInfo.Of(query), request.Page, request.Size, sort,
            hits, outcome.Facets, outcome.Histogram, request.Selection);
    }

    /// <summary>
    /// The values of one dimension among the matches of a search (with its other selections applied and its own
    /// ignored, as in the sidebar), optionally narrowed to those answering a type-ahead prefix.
    /// </summary>
    public FacetResult FacetValues(SearchRequest request, FacetDimension dimension, string? prefix, int top)
    {
        var query = _queries.Build(request.Query);
        using var lease = _index.Acquire();
        var outcome = Run(() => FacetedSearch.Run(lease.Searcher, FacetReaderState.Of(lease), query.Query, request.Selection,
            [new FacetRequest(dimension, top, prefix ?? "")], new TotalHitCountCollector()));
        return outcome.Facets[0];
    }

    /// <summary>One document with every match of <paramref name="queryText"/> marked, or <c>null</c> if there is no such id.</summary>
    public ArticleView? Article(string id, string? queryText)
    {
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        var found = searcher.Search(IndexSchema.Id.Matching(id), 1);
        if (found.TotalHits == 0)
        {
            return null;
        }
        var docId = found.ScoreDocs[0].Doc;
        var stored = StoredDocument.Whole(searcher, docId);
        var query = string.IsNullOrWhiteSpace(queryText) ? null : _queries.Build(queryText);
        var highlight = Highlighter.Prepare(query is null || query.MatchesAll ? null : query.Query, searcher);
        var title = _highlighter.Full(highlight, docId, IndexSchema.Title.Name, stored.Title);
        var body = _highlighter.Full(highlight, docId, IndexSchema.Body.Name, stored.Body);
        return new ArticleView(stored.Id, title.Text, body.Text, body.Truncated, stored.Outlet, stored.OriginalOutlet, stored.Published,
            stored.Url, IndexSchema.Path.Read(stored.Source), IndexSchema.Hash.Read(stored.Source), stored.Entities,
            ArticleProvenance.FromJson(IndexSchema.Provenance.Read(stored.Source)), query is null ? null : QueryInfo.Of(query));
    }

    private SearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, PreparedHighlight highlight, SearchRequest request, bool matchesAll)
    {
        var stored = StoredDocument.ForHit(searcher, scoreDoc.Doc);
        var marked = _highlighter.Hit(highlight, scoreDoc.Doc, IndexSchema.Title.Name, stored.Title, IndexSchema.Body.Name, stored.Body,
            stored.Sentences, request.Passages, request.PassageLength ?? _highlighter.Options.PassageLength);
        return new SearchHit(stored.Id, stored.Kind, stored.ArticleId, marked.Title, marked.Passages, marked.Truncated, stored.Outlet,
            stored.OriginalOutlet, stored.Published, stored.Url, matchesAll || float.IsNaN(scoreDoc.Score) ? null : scoreDoc.Score,
            stored.Entities, stored.Claimant);
    }

    /// <summary>Turns Lucene's complaints about a parsed-but-unrunnable query into one exception type.</summary>
    private static T Run<T>(Func<T> search)
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
