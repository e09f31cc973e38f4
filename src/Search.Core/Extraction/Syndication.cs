using Search.Core.Ingestion;

namespace Search.Core.Extraction;

/// <summary>An article as syndication detection sees it.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet named by a credit line, if it differs.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Signature">MinHash signature of the body.</param>
public sealed record SyndicationCandidate(string Id, string? Outlet, string? OriginalOutlet, PartialDate? Published, IReadOnlyList<uint> Signature);

/// <summary>Where an article's reporting comes from.</summary>
/// <param name="Source">The independent source it counts as: its original outlet, the article it copies, or itself.</param>
/// <param name="CopyOf">The article it nearly copies, if any.</param>
/// <param name="ReprintOf">The original outlet its credit line names, if any.</param>
/// <param name="Similarity">Estimated similarity to the article it copies.</param>
public sealed record SyndicationInfo(string Source, string? CopyOf, string? ReprintOf, double? Similarity);

/// <summary>
/// Tells reprints and near-copies from independent reports: a credit line names an original outlet, and two bodies
/// whose MinHash similarity reaches <see cref="NearCopyThreshold"/> are one report, the earliest published (or, with
/// no dates, the first by id) being the original. A comparison then never counts a copy as independent agreement.
/// </summary>
public static class Syndication
{
    /// <summary>Estimated Jaccard similarity from which two bodies count as copies of one another.</summary>
    public const double NearCopyThreshold = 0.5;

    /// <summary>The syndication of each article among <paramref name="articles"/>.</summary>
    public static IReadOnlyDictionary<string, SyndicationInfo> Resolve(IReadOnlyList<SyndicationCandidate> articles)
    {
        var ordered = articles.OrderBy(a => a.Published?.FirstDay ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var result = new Dictionary<string, SyndicationInfo>(StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var article = ordered[i];
            var original = ordered.Take(i)
                .Select(earlier => (Earlier: earlier, Similarity: MinHash.Similarity(article.Signature, earlier.Signature)))
                .Where(pair => pair.Similarity >= NearCopyThreshold)
                .OrderByDescending(pair => pair.Similarity)
                .FirstOrDefault();
            if (original.Earlier is { } copied)
            {
                result[article.Id] = new SyndicationInfo(result[copied.Id].Source, copied.Id, article.OriginalOutlet, original.Similarity);
            }
            else
            {
                var source = article.OriginalOutlet is { } reprint ? "outlet:" + reprint : "article:" + article.Id;
                result[article.Id] = new SyndicationInfo(source, null, article.OriginalOutlet, null);
            }
        }
        return result;
    }
}
