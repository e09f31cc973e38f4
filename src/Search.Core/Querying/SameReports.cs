using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Text;

namespace Search.Core.Querying;

/// <summary>
/// Marks the hits of one page that repeat a report ranked above them on the page — a reprint or a syndicated copy —
/// so a reader sees one story told once, not two identical results.
/// </summary>
internal static class SameReports
{
    /// <summary>The hits, each that is a near copy of one above it marked with that one's id.</summary>
    /// <param name="searcher">The searcher the page came from.</param>
    /// <param name="docs">The page's documents, in hit order.</param>
    /// <param name="hits">The page's hits.</param>
    public static List<SearchHit> Mark(IndexSearcher searcher, IReadOnlyList<ScoreDoc> docs, List<SearchHit> hits)
    {
        // Only articles with one headline and the same passages shown are compared: a copy keeps both, and reading
        // bodies costs time that the usual page, where they differ, then never spends (nor one of stories that share
        // a stock headline, "Live updates", but not their text).
        var sameHeadline = hits.Select((hit, index) => (Hit: hit, Index: index))
            .Where(h => h.Hit.Kind == RecordKinds.Article)
            .GroupBy(h => AccentFolding.Fold(h.Hit.Title.Text).Trim() + "\n" + string.Join("\n", h.Hit.Snippets.Select(s => s.Text)), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Skip(1).Any());
        foreach (var group in sameHeadline)
        {
            var members = group.Select(h => (h.Index, SyndicationCandidates.Of(searcher, docs[h.Index].Doc).Signature)).ToList();
            for (var later = 1; later < members.Count; later++)
            {
                for (var earlier = 0; earlier < later; earlier++)
                {
                    if (MinHash.Similarity(members[later].Signature, members[earlier].Signature) >= Syndication.NearCopyThreshold)
                    {
                        var hit = hits[members[later].Index];
                        hits[members[later].Index] = hit with { SameReportAs = hits[members[earlier].Index].Id };
                        break;
                    }
                }
            }
        }
        return hits;
    }
}
