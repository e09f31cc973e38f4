using Search.Core.Extraction;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Indexing;

/// <summary>Maps an ingested article, and what was extracted from it, to the records the schema indexes.</summary>
public static class ArticleRecords
{
    /// <summary>
    /// The article's record followed by one record per claim. Without an extraction (extraction switched off), only the
    /// article, with the entities its metadata names.
    /// </summary>
    public static IEnumerable<IndexRecord> From(Article article, ArticleExtraction? extraction, Gazetteer? gazetteer)
    {
        var entities = article.Entities.Concat(extraction?.Entities.Select(e => e.Label) ?? []).Distinct(StringComparer.Ordinal).ToList();
        var claims = extraction?.Claims ?? [];
        yield return new IndexRecord
        {
            Kind = RecordKinds.Article,
            Id = article.Id,
            ArticleId = article.Id,
            Title = article.Title.Value ?? "",
            Body = article.Body,
            Sentences = extraction?.Sentences ?? SentenceSplitter.Split(article.Body),
            Outlet = article.Outlet.Value,
            OriginalOutlet = article.OriginalOutlet.Value,
            Published = article.Published.Value,
            Url = article.Url.Value,
            Path = article.Path,
            ContentHash = article.ContentHash,
            Entities = entities,
            EntityNames = NamesOf(entities, gazetteer),
            Topics = claims.SelectMany(c => c.Figures).Select(f => f.Topic).Where(t => t != "other").Distinct().ToList(),
            ClaimCount = extraction is null ? null : claims.Count,
            Provenance = ArticleProvenance.Of(article).ToJson(),
        };
        for (var i = 0; i < claims.Count; i++)
        {
            yield return ClaimRecord(article, claims[i], i, gazetteer);
        }
    }

    private static IndexRecord ClaimRecord(Article article, Claim claim, int index, Gazetteer? gazetteer)
    {
        var entities = claim.Entities.Concat(claim.Claimant.Entity is { } e ? [e] : []).Distinct(StringComparer.Ordinal).ToList();
        var title = claim.Claimant.IsAttributed ? $"{claim.Claimant.Name} {claim.Cue}" : $"Unattributed ({(claim.Cue.Length > 0 ? claim.Cue : "figure")})";
        return new IndexRecord
        {
            Kind = RecordKinds.Claim,
            Id = $"{article.Id}-c{index + 1:D2}",
            ArticleId = article.Id,
            Title = title,
            Body = claim.Text,
            Sentences = [new TextSpan(0, claim.Text.Length)],
            Outlet = article.Outlet.Value,
            OriginalOutlet = article.OriginalOutlet.Value,
            Published = article.Published.Value,
            Url = article.Url.Value,
            Entities = entities,
            EntityNames = NamesOf(entities, gazetteer),
            Claimant = claim.Claimant.Name,
            Topics = claim.Figures.Select(f => f.Topic).Where(t => t != "other").Distinct().ToList(),
            ClaimJson = StoredClaim.From(claim).ToJson(),
        };
    }

    /// <summary>Every name an entity goes by, so a search for any of them finds the article whatever spelling it used.</summary>
    private static List<string> NamesOf(IEnumerable<string> labels, Gazetteer? gazetteer) =>
        labels.Select(EntityLabel.Split)
            .SelectMany(e => gazetteer?.Find(e.Name) is { } entry && entry.Type == e.Type ? entry.Aliases : [e.Name])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
