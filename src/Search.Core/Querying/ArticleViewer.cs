using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>Shows one article whole, with a query's matches marked, and finds articles like it.</summary>
public sealed class ArticleViewer
{
    private readonly SearchIndex _index;
    private readonly QueryBuilder _queries;
    private readonly HitMapper _hits;

    /// <summary>Creates the viewer over the live index.</summary>
    public ArticleViewer(SearchIndex index, QueryBuilder queries, Highlighter highlighter)
    {
        _index = index;
        _queries = queries;
        _hits = new HitMapper(highlighter);
    }

    /// <summary>One document with every match of <paramref name="queryText"/> marked, or <c>null</c> if there is no such id.</summary>
    public ArticleView? Article(string id, string? queryText)
    {
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        if (Find(searcher, id) is not { } docId)
        {
            return null;
        }
        var stored = StoredDocument.Whole(searcher, docId);
        var query = string.IsNullOrWhiteSpace(queryText) ? null : _queries.Build(queryText, searcher.IndexReader);
        var highlight = Highlighter.Prepare(query is null || query.MatchesAll ? null : query.Query, lease);
        var title = _hits.Highlighter.Full(highlight, docId, IndexSchema.Title.Name, stored.Title);
        var body = _hits.Highlighter.Full(highlight, docId, IndexSchema.Body.Name, stored.Body);
        return new ArticleView(stored.Id, title.Text, body.Text, body.Truncated, stored.Outlet, stored.OriginalOutlet, stored.Published,
            stored.Url, IndexSchema.Path.Read(stored.Source), IndexSchema.Hash.Read(stored.Source), stored.Entities,
            ArticleProvenance.FromJson(IndexSchema.Provenance.Read(stored.Source)), query is null ? null : QueryInfo.Of(query),
            ClaimsOf(searcher, stored.Id, stored.Body ?? ""));
    }

    /// <summary>
    /// Most claims an article's view lists: a long article of interviews may hold hundreds, and the list is read, not
    /// searched (the claims view searches them all).
    /// </summary>
    public const int MaxClaims = 200;

    /// <summary>The claims of article <paramref name="id"/>, in the order they stand in <paramref name="body"/>.</summary>
    private static List<ArticleClaim> ClaimsOf(IndexSearcher searcher, string id, string body)
    {
        var query = new BooleanQuery
        {
            { IndexSchema.Article.Matching(id), Occur.MUST },
            { IndexSchema.Type.Matching(RecordKinds.Claim), Occur.MUST },
        };
        var claims = new List<ArticleClaim>();
        foreach (var scoreDoc in searcher.Search(query, MaxClaims).ScoreDocs)
        {
            var stored = StoredDocument.Whole(searcher, scoreDoc.Doc);
            if (stored.Claim is { } claim && claim.Start >= 0 && claim.Start <= claim.End && claim.End <= body.Length)
            {
                claims.Add(new ArticleClaim(stored.Id, body[claim.Start..claim.End], claim));
            }
        }
        return claims.OrderBy(c => c.Details.Start).ThenBy(c => c.Details.End).ToList();
    }

    /// <summary>
    /// Articles that share the most distinctive terms with article <paramref name="id"/> (Lucene's MoreLikeThis, which
    /// analyses the stored text of that one article), best first, with those that are the same report published again
    /// and what is known of which came first (see <see cref="SimilarArticles"/>); <c>null</c> if there is no such article.
    /// </summary>
    public SimilarArticles? Similar(string id, int size)
    {
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        if (Find(searcher, id) is not { } docId)
        {
            return null;
        }
        var reader = searcher.IndexReader;
        var likeThis = new MoreLikeThis(reader)
        {
            FieldNames = [IndexSchema.Title.Name, IndexSchema.Body.Name],
            Analyzer = _queries.Analyzer,
            // Terms must recur in the article and appear in at least one other document to say anything about likeness.
            MinTermFreq = 1,
            MinDocFreq = 2,
            MaxQueryTerms = 30,
            StopWords = new HashSet<string>(Indexing.NewsAnalyzer.StopWords.Select(w => w.ToString()!)),
        };
        // Terms in most documents say nothing about likeness; the floor of 2 keeps tiny indexes usable.
        likeThis.MaxDocFreq = Math.Max(2, reader.NumDocs * 6 / 10);
        var query = new BooleanQuery
        {
            { likeThis.Like(docId), Occur.MUST },
            { new ConstantScoreQuery(IndexSchema.Type.Matching(RecordKinds.Article)) { Boost = 0 }, Occur.MUST },
            { IndexSchema.Id.Matching(id), Occur.MUST_NOT },
        };
        var top = searcher.Search(query, Math.Max(1, size));
        var highlight = Highlighter.Prepare(null, lease);
        var hits = top.ScoreDocs.Select(scoreDoc => _hits.Map(searcher, scoreDoc, highlight, 1, null, withScore: true)).ToList();
        return new SimilarArticles(hits, SameReport(searcher, docId, top.ScoreDocs.Select(s => s.Doc)));
    }

    /// <summary>
    /// Which of <paramref name="others"/> are the report of <paramref name="docId"/> published again (near copies of its
    /// body), and what is known of which came first (see <see cref="SimilarArticles.SameReport"/>).
    /// </summary>
    private static Dictionary<string, string> SameReport(IndexSearcher searcher, int docId, IEnumerable<int> others)
    {
        var open = SyndicationCandidates.Of(searcher, docId);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var other in others.Select(doc => SyndicationCandidates.Of(searcher, doc)))
        {
            if (Extraction.MinHash.Similarity(open.Signature, other.Signature) >= Extraction.Syndication.NearCopyThreshold)
            {
                result[other.Id] = Relation(open, other);
            }
        }
        return result;
    }

    /// <summary>
    /// A credit line is evidence of which is the original; otherwise only days apart are: two copies dated the same
    /// day, or only by month, are not told apart, as the wire and its clients publish within hours.
    /// </summary>
    private static string Relation(Extraction.SyndicationCandidate open, Extraction.SyndicationCandidate other)
    {
        if (open.OriginalOutlet is { } credited && string.Equals(credited, other.Outlet, StringComparison.OrdinalIgnoreCase))
        {
            return "original";
        }
        if (other.OriginalOutlet is { } credits && string.Equals(credits, open.Outlet, StringComparison.OrdinalIgnoreCase))
        {
            return "reprint";
        }
        if (open.Published is { Precision: DatePrecision.Day } mine && other.Published is { Precision: DatePrecision.Day } theirs && mine != theirs)
        {
            return theirs.FirstDay < mine.FirstDay ? "earlier" : "later";
        }
        return "same";
    }

    /// <summary>The article with id <paramref name="id"/>; a claim's id names no article, though claims are documents too.</summary>
    private static int? Find(IndexSearcher searcher, string id)
    {
        var query = new BooleanQuery
        {
            { IndexSchema.Id.Matching(id), Occur.MUST },
            { IndexSchema.Type.Matching(RecordKinds.Article), Occur.MUST },
        };
        var found = searcher.Search(query, 1);
        return found.TotalHits == 0 ? null : found.ScoreDocs[0].Doc;
    }
}

/// <summary>Articles like one article.</summary>
/// <param name="Hits">Best first.</param>
/// <param name="SameReport">
/// By id, those of <paramref name="Hits"/> that are the same report as the article, near copies of its body: "original"
/// when the article credits that one's outlet, "reprint" when that one credits the article's, "earlier" or "later" when
/// both are dated to the day and the days differ, else "same".
/// </param>
public sealed record SimilarArticles(IReadOnlyList<SearchHit> Hits, IReadOnlyDictionary<string, string> SameReport);
