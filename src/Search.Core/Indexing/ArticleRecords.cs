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
        var found = article.Entities.Concat(extraction?.Entities.Select(e => e.Label)
            .Where(l => !NamesTheOutlet(l, article.Outlet.Value) && !NamesTheOutlet(l, article.OriginalOutlet.Value)) ?? []).ToList();
        var labels = OneLabelPerName(found);
        var entities = found.Select(l => labels[l]).Distinct(StringComparer.Ordinal).ToList();
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
            Acronyms = AcronymsDefined(article.Body, extraction?.Mentions ?? []),
        };
        for (var i = 0; i < claims.Count; i++)
        {
            yield return ClaimRecord(article, claims[i], i, gazetteer, labels);
        }
    }

    /// <summary>
    /// "…told the Lima Post", "…, the Courier has learned", "Reuters could not verify…": the article's own outlet (or the
    /// original outlet of a copy) named in it, whole or by its masthead word, is who wrote the story, not what it is
    /// about. Not a place the outlet is named after: Radio Lualaba writes about Lualaba.
    /// </summary>
    /// <summary>
    /// "ACRONYM\tFull Name" per line for each acronym the article joins to a longer name ("the National Emergency and
    /// Civil Protection Authority (ANEPC)… ANEPC said"), or null when it defines none.
    /// </summary>
    private static string? AcronymsDefined(string body, IReadOnlyList<EntityMention> mentions)
    {
        var lines = mentions
            .Select(m => (Written: body.Substring(m.Span.Start, m.Span.Length), m.Name, m.Rule))
            .Where(m => m.Rule != EntityRecognizer.AliasRule && ClaimantResolver.IsAcronym(m.Written) && !ClaimantResolver.IsAcronym(m.Name) && m.Name.Contains(' '))
            .Select(m => $"{m.Written}\t{m.Name}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return lines.Count == 0 ? null : string.Join('\n', lines);
    }

    private static bool NamesTheOutlet(string label, string? outlet)
    {
        if (outlet is null)
        {
            return false;
        }
        var name = AccentFolding.Fold(EntityLabel.Split(label).Name);
        var own = AccentFolding.Fold(outlet.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? outlet[4..] : outlet);
        return name.Equals(own, StringComparison.OrdinalIgnoreCase)
            || (Mastheads.Contains(name) && own.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The words newspapers are named by, which stand for the paper alone ("the Courier", "the Post").</summary>
    private static readonly HashSet<string> Mastheads = new(
        ["Courier", "Post", "Times", "Herald", "Ledger", "Tribune", "Gazette", "Journal", "Chronicle", "Wire", "News", "Mail",
         "Telegraph", "Observer", "Sentinel", "Star", "Globe", "Standard", "Guardian", "Independent", "Express", "Mirror",
         "Monitor", "Bulletin", "Register", "Daily", "Inquirer", "Examiner", "Dispatch", "Enquirer"], StringComparer.OrdinalIgnoreCase);

    private static IndexRecord ClaimRecord(Article article, Claim claim, int index, Gazetteer? gazetteer, IReadOnlyDictionary<string, string> labels)
    {
        var entities = claim.Entities.Concat(claim.Claimant.Entity is { } e ? [e] : []).Select(l => labels.GetValueOrDefault(l, l))
            .Distinct(StringComparer.Ordinal).ToList();
        // The stored claimant names the same label as the article's facets, so a client can filter by it.
        var claimant = claim.Claimant.Entity is { } label ? claim.Claimant with { Entity = labels.GetValueOrDefault(label, label) } : claim.Claimant;
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
            ClaimJson = StoredClaim.From(claim with { Claimant = claimant }).ToJson(),
        };
    }

    /// <summary>
    /// Each label of an article mapped to the one label its name gets there (<see cref="NameSpellings.PreferredLabels"/>):
    /// "place/Porto Alegre" over "other/Porto Alegre" and over a dateline's "PORTO ALEGRE". Names that differ only in
    /// case or accents are one name.
    /// </summary>
    private static Dictionary<string, string> OneLabelPerName(IReadOnlyList<string> labels) =>
        labels.Distinct(StringComparer.Ordinal)
            .GroupBy(label => AccentFolding.Fold(EntityLabel.Split(label).Name), StringComparer.OrdinalIgnoreCase)
            .SelectMany(group =>
            {
                var members = group.ToList();
                return members.Zip(NameSpellings.PreferredLabels(members, otherJoinsFirstType: true));
            })
            .ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

    /// <summary>Every name an entity goes by, so a search for any of them finds the article whatever spelling it used.</summary>
    private static List<string> NamesOf(IEnumerable<string> labels, Gazetteer? gazetteer) =>
        labels.Select(EntityLabel.Split)
            .SelectMany(e => gazetteer?.Find(e.Name) is { } entry && entry.Type == e.Type ? entry.Aliases : [e.Name])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
