using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// An indexed article as syndication detection sees it: its outlets, date and a MinHash signature of its body, computed
/// when a comparison needs it (12 µs an article) rather than stored for every article at index time, where computing
/// and storing signatures cost a tenth of the indexing rate (README, benchmarks).
/// </summary>
internal static class SyndicationCandidates
{
    /// <summary>
    /// The signature reads at most this much of a body: copies share their opening, and a page of results that share a
    /// headline must not hash whole 16 MB bodies.
    /// </summary>
    private const int MaxBodyChars = 20_000;

    private static readonly HashSet<string> Fields =
        [IndexSchema.Id.Name, IndexSchema.Outlet.Name, IndexSchema.Original.Name, IndexSchema.Published.Name, IndexSchema.Body.Name];

    /// <summary>The candidate of document <paramref name="docId"/>.</summary>
    public static SyndicationCandidate Of(IndexSearcher searcher, int docId)
    {
        var document = searcher.Doc(docId, Fields);
        var body = IndexSchema.Body.Read(document);
        return new SyndicationCandidate(IndexSchema.Id.Read(document) ?? "", IndexSchema.Outlet.ReadFirst(document), IndexSchema.Original.ReadFirst(document),
            IndexSchema.Published.Read(document), MinHash.Signature(body.Length > MaxBodyChars ? body[..MaxBodyChars] : body));
    }
}
