using System.Text.RegularExpressions;
using Lucene.Net.Search;
using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Querying;

/// <summary>
/// Lines up the same claim as told by different outlets: the claims matching a query are grouped by what their figures
/// count (topic) and by who made them (the claimant's country when known, else the claimant); within a group, figures
/// for the same count of the same people whose intervals do not overlap are flagged, and so is the same figure given for
/// different counts of them ("3,000 killed" beside "3,000 killed or wounded") — but never between an article and
/// its copy or reprint, which are one report, not two that agree or disagree, never for a speaker known only as a
/// pronoun ("he said"), since two outlets' "he" are rarely the same person, and never between a count and a later,
/// higher one or a count the article gives as an earlier one ("had previously put the number at…"), as counts grow.
/// Figures are held against each other only when they can be about one event: published within
/// <see cref="SameEventDays"/> days of each other, and, to disagree, naming a common place or country when both name any. An
/// article that repeats a figure gives one row, and a copy or reprint that repeats its original's figure adds no pair.
/// </summary>
public sealed partial class ClaimComparer
{
    /// <summary>Most claims a comparison looks at.</summary>
    public const int MaxClaims = 500;

    /// <summary>
    /// Most pairs of each kind a group lists: figures that name no one may pair with any other, so a broad query over a
    /// large index ("killed") found 12,403 conflicts among 244 unattributed figures, 1.4 MB of pairs no one reads.
    /// The rows themselves say whether they are in any pair.
    /// </summary>
    public const int MaxPairs = 100;

    /// <summary>
    /// Most days between two reports of one event: a governor's counts of strikes months apart are about different
    /// strikes, while a death toll revised over a week is one event's (and rising counts never conflict).
    /// </summary>
    public const int SameEventDays = 7;

    /// <summary>Most articles, best matches first, whose claims join those matching the query themselves.</summary>
    public const int MaxArticles = 50;

    private readonly SearchPipeline _pipeline;
    private readonly SearchIndex _index;

    /// <summary>Creates a comparer over the pipeline's index.</summary>
    public ClaimComparer(SearchPipeline pipeline, SearchIndex index)
    {
        _pipeline = pipeline;
        _index = index;
    }

    /// <summary>
    /// Compares the claims matching <paramref name="request"/> (whose selection should target claims), and the claims of
    /// the <see cref="MaxArticles"/> articles that best match its words: a figure's own sentence seldom repeats the
    /// event's name ("Kharkiv"), and a comparison without it would miss the later count and the disagreement.
    /// </summary>
    public ClaimComparison Compare(SearchRequest request)
    {
        var claimsOnly = request with { Page = 1, Size = MaxClaims, Passages = 1, PassageLength = SearchLimits.MaxPassageLength, Facets = [] };
        var results = _pipeline.Search(claimsOnly);
        var claims = results.Hits.Where(h => h.Kind == RecordKinds.Claim && h.Claim is not null).ToList();
        var direct = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(request.Query) && claims.Count < MaxClaims)
        {
            var seen = new HashSet<string>(direct, StringComparer.Ordinal);
            var articles = BestArticles(request);
            var inArticles = articles.Count == 0 ? [] : _pipeline.Search(claimsOnly with { Query = "", WithinArticles = articles }).Hits;
            claims.AddRange(inArticles.Where(h => h.Kind == RecordKinds.Claim && h.Claim is not null && seen.Add(h.Id)).Take(MaxClaims - claims.Count));
            // "Peru earthquake": a claim of those articles that names one of the words ("the death toll from Sunday's
            // earthquake") is about what was asked too, though it names not all of them.
            if (articles.Count > 0 && PlainWords(request.Query) is { Count: > 0 } words)
            {
                direct.UnionWith(_pipeline.Search(claimsOnly with { Query = string.Join(" OR ", words), WithinArticles = articles, Passages = 0 }).Hits.Select(h => h.Id));
            }
        }
        var (syndication, defined) = ReadArticles(claims.Select(c => c.ArticleId).Distinct().ToList());
        var denials = claims.Where(c => c.Claim!.Figures.Count == 0 && IsDenial(c.Claim.Cue, Wording(c))).ToList();
        var rows = claims.SelectMany(hit => hit.Claim!.Figures
            .Where(f => f.Topic != "other")
            .Select(figure => (Hit: hit, Row: new ClaimRow(hit.Id, hit.ArticleId, hit.Outlet, hit.OriginalOutlet, hit.Published,
                hit.Claim.Claimant.Name, Wording(hit), figure,
                syndication.GetValueOrDefault(hit.ArticleId) ?? new SyndicationInfo("article:" + hit.ArticleId, null, null, null))
                {
                    EarlierCount = EarlierCountWords().IsMatch(hit.Claim.Cue) || TellsOfAnEarlierEvent(Wording(hit), hit.Published)
                        || GivenAsEarlier(Wording(hit), figure),
                    Places = PlacesOf(hit),
                    MatchedQuery = direct.Contains(hit.Id),
                    Addition = IsAddition(hit.Claim.Figures, figure),
                    SpeaksFor = hit.Claim.Claimant.SpeaksFor,
                    DeniedBy = denials.FirstOrDefault(d => d.ArticleId == hit.ArticleId && d.Id != hit.Id && Denies(Wording(d), figure.Text))?.Claim!.Claimant.Name
                        ?? RejectedBy(Wording(hit), figure.Text),
                })))
            .ToList();
        // "NDMA" in one article is "the National Disaster Management Authority" another names in full: one source. So is
        // "ANEPC", which one of the articles defines as "the National Emergency and Civil Protection Authority".
        var expansions = AcronymExpansions(claims.SelectMany(c => (string[])[c.Claim!.Claimant.Name, c.Claim.Claimant.SpeaksFor ?? ""]).Where(n => n.Length > 0));
        foreach (var (acronym, name) in defined)
        {
            expansions.TryAdd(acronym, name);
        }
        // "NDRRMC executive director Ricardo Ilagan" speaks for the NDRRMC: his figures are the council's, set beside
        // and against the same source's and the other sources' as the council's own would be.
        string Speaker(SearchHit hit)
        {
            var source = hit.Claim!.Claimant.SpeaksFor ?? hit.Claim.Claimant.Name;
            return expansions.GetValueOrDefault(source) ?? source;
        }
        // A speaker one article gives a country ("Turkey's disaster agency AFAD") is of that country where another names
        // it bare ("AFAD said"): one source, not two groups whose figures are never compared.
        // Only a name given one country: one given two is not known to be either's.
        var countries = claims.Where(c => c.Claim!.Claimant.Country is not null)
            .GroupBy(c => SpeakerKey(Speaker(c)))
            .Where(g => g.Select(c => c.Claim!.Claimant.Country).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Claim!.Claimant.Country!);
        // One speaker written with and without accents or capitals ("Márcia Gonçalves", "Marcia Goncalves") is one source,
        // shown in its preferred spelling.
        var spellings = claims.GroupBy(c => SpeakerKey(Speaker(c)))
            .ToDictionary(g => g.Key, g => NameSpellings.Preferred(g.Select(Speaker)));
        // A state's body or officer in an article that names no country ("the National Disaster Risk Reduction and
        // Management Council", "Alexandria Governor Ahmed Fathi El-Sharkawy", where only the city is named) is of the
        // country most of the story's claims speak for.
        var story = StoryCountry(claims);
        var ofAState = claims.Where(c => c.Claim!.Claimant.OfAState).Select(c => SpeakerKey(Speaker(c))).ToHashSet(StringComparer.Ordinal);
        var groups = rows
            .GroupBy(r => (r.Row.Figure.Topic, Source: r.Hit.Claim!.Claimant.Country ?? countries.GetValueOrDefault(SpeakerKey(Speaker(r.Hit)))
                ?? (story is not null && (ofAState.Contains(SpeakerKey(Speaker(r.Hit))) || ClaimantResolver.NamesAStateBody(Speaker(r.Hit))) ? story : null)
                ?? spellings[SpeakerKey(Speaker(r.Hit))]))
            .Select(g => Group(g.Key.Topic, g.Key.Source, g.Select(r => r.Row).ToList()))
            .OrderByDescending(g => g.Outlets).ThenByDescending(g => g.Rows.Count).ThenBy(g => g.Source, StringComparer.Ordinal)
            .ToList();
        return new ClaimComparison(results.Query, claims.Count, WithDifferingSources(groups));
    }

    /// <summary>
    /// Each group with the other sources (not "unattributed", nor an unresolved "he") whose figure for the same count on
    /// the same day cannot hold beside one of its own, when either claim is about what was asked: "the state says 41
    /// died" and "the opposition says more than 200" are two groups, and the reader should see that they part.
    /// </summary>
    private static List<ClaimGroup> WithDifferingSources(List<ClaimGroup> groups)
    {
        var differing = groups.Select(_ => new SortedSet<string>(StringComparer.Ordinal)).ToArray();
        var quantities = groups.Select(g => g.Rows.Select(r => r.Figure.ToQuantity()).ToArray()).ToArray();
        bool Named(ClaimGroup g) => g.Source != Claimant.UnattributedName && !Pronouns.Contains(g.Source);
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if (groups[i].Topic == groups[j].Topic && Named(groups[i]) && Named(groups[j]) && Part(groups[i], quantities[i], groups[j], quantities[j]))
                {
                    differing[i].Add(groups[j].Source);
                    differing[j].Add(groups[i].Source);
                }
            }
        }
        return groups.Select((g, i) => differing[i].Count == 0 ? g : g with { DifferingSources = [.. differing[i]] }).ToList();
    }

    /// <summary>Whether a row of one group and a row of another give the same count on the same day, and cannot both hold.</summary>
    private static bool Part(ClaimGroup first, Quantity[] firstQuantities, ClaimGroup second, Quantity[] secondQuantities)
    {
        for (var a = 0; a < first.Rows.Count; a++)
        {
            for (var b = 0; b < second.Rows.Count; b++)
            {
                var (x, y) = (first.Rows[a], second.Rows[b]);
                if (x.Figure.SubjectKey == y.Figure.SubjectKey && x.Published is { Day: not null } day && y.Published == day
                    && (x.MatchedQuery || y.MatchedQuery) && CountsNow(x) && CountsNow(y) && !firstQuantities[a].Overlaps(secondQuantities[b])
                    && SameCounted(HeadNoun(x.Figure.Subject), HeadNoun(y.Figure.Subject)) && NameACommonPlace(x, y))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A row that is a count of now, whole and standing: not an earlier count, an addition, a part, or denied.</summary>
    private static bool CountsNow(ClaimRow row) =>
        !row.EarlierCount && !row.Addition && row.DeniedBy is null && !CountsAPart(row.Wording, row.Figure.Text);

    /// <summary>
    /// The words of a query of two to <see cref="MaxWordsAlone"/> plain words, to be searched each alone (one search,
    /// joined by OR); none for a query with any syntax (quotes, operators, fields), whose words do not stand alone.
    /// </summary>
    private static List<string> PlainWords(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length is > 1 and <= MaxWordsAlone && words.All(w => char.IsLetterOrDigit(w[0]) && w.All(c => char.IsLetterOrDigit(c) || c is '-' or '\'' or '’'))
            ? [.. words]
            : [];
    }

    /// <summary>Longest query whose words are each searched alone for the claims about it.</summary>
    private const int MaxWordsAlone = 4;

    /// <summary>One key for a speaker however written: with or without accents, in capitals, or in British or American spelling.</summary>
    private static string SpeakerKey(string name) => AccentFolding.Fold(WordSpellings.Fold(name)).ToUpperInvariant();

    /// <summary>
    /// Each speaker written as an acronym ("NDMA") whose letters are the initials of the capitalised words of exactly one
    /// other speaker's name ("National Disaster Management Authority"), with that name.
    /// </summary>
    private static Dictionary<string, string> AcronymExpansions(IEnumerable<string> speakers)
    {
        var names = speakers.Distinct(StringComparer.Ordinal).ToList();
        var byInitials = names.Where(n => n.Contains(' ', StringComparison.Ordinal))
            .GroupBy(Initials, StringComparer.Ordinal)
            .Where(g => g.Select(SpeakerKey).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return names.Where(byInitials.ContainsKey).ToDictionary(n => n, n => byInitials[n], StringComparer.Ordinal);
    }

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>The ids of the articles that best match the request's words, under its filters that apply to articles.</summary>
    private List<string> BestArticles(SearchRequest request)
    {
        var articleDimensions = request.Selection.Dimensions
            .Where(d => d.Dimension != IndexSchema.Type && d.Dimension != IndexSchema.Claimant && d.Dimension != IndexSchema.Topic)
            .Append(new DimensionSelection(IndexSchema.Type, [RecordKinds.Article]))
            .ToList();
        var articles = _pipeline.Search(request with
        {
            Page = 1, Size = MaxArticles, Passages = 0, Facets = [], Sort = SortOrder.Relevance,
            Selection = new FacetSelection(articleDimensions, request.Selection.Range),
        });
        return articles.Hits.Select(h => h.ArticleId).ToList();
    }

    /// <summary>The claim's text as the article words it (a claim's single passage is its whole text).</summary>
    private static string Wording(SearchHit hit) => hit.Snippets.Count > 0 ? hit.Snippets[0].Text : hit.Title.Text;

    /// <summary>The country of two in three of the claims that give one, if any: the story's, when it is one story.</summary>
    private static string? StoryCountry(List<SearchHit> claims)
    {
        var countries = claims.Select(c => c.Claim!.Claimant.Country).OfType<string>().ToList();
        var top = countries.GroupBy(c => c, StringComparer.Ordinal).MaxBy(g => g.Count());
        return top is not null && top.Count() * 3 >= countries.Count * 2 ? top.Key : null;
    }

    /// <summary>The places and countries a claim names, without its speaker's own entity and country.</summary>
    private static List<string> PlacesOf(SearchHit hit)
    {
        var claimant = hit.Claim!.Claimant;
        return hit.Entities
            .Where(e => (e.StartsWith("place/", StringComparison.Ordinal) || e.StartsWith("country/", StringComparison.Ordinal))
                && e != claimant.Entity && e != "country/" + claimant.Country)
            .ToList();
    }

    private static ClaimGroup Group(string topic, string source, List<ClaimRow> rows)
    {
        // One row per article and figure: a figure repeated in the headline, the lead and the body is one report of it.
        rows = rows.OrderBy(r => r.Published?.FirstDay ?? DateOnly.MaxValue).ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .ThenBy(r => r.ClaimId.Length).ThenBy(r => r.ClaimId, StringComparer.Ordinal)
            .DistinctBy(r => (r.ArticleId, r.Figure.SubjectKey, r.Figure.Low, r.Figure.High))
            .ToList();
        // A copy or reprint repeating its original's figure is that report again: only the earliest of them is paired,
        // dated as the original, and the others share its verdict.
        var first = rows.Select((r, i) => rows.FindIndex(o => o.Syndication.Source == r.Syndication.Source && o.Figure.SubjectKey == r.Figure.SubjectKey
            && o.Figure.Low == r.Figure.Low && o.Figure.High == r.Figure.High)).ToArray();
        var conflicts = new List<ClaimConflict>();
        var measures = new List<MeasureDifference>();
        var (conflictCount, measureCount, unasked) = (0, 0, 0);
        var (conflicting, countsDiffer) = (new bool[rows.Count], new bool[rows.Count]);
        // Each row's head noun and quantity once, not once per pair: a group may hold hundreds of rows.
        var heads = rows.Select(r => HeadNoun(r.Figure.Subject)).ToArray();
        var certainties = rows.Select(r => Certainty(r.Wording, r.Figure.Text)).ToArray();
        var quantities = rows.Select(r => r.Figure.ToQuantity()).ToArray();
        // An earlier count, and an addition to a count ("another 22 cases"), are held against no count of now.
        // So is a part of a count ("in the province of Yungay alone").
        var earlier = rows.Select(r => r.EarlierCount || r.Addition || CountsAPart(r.Wording, r.Figure.Text)).ToArray();
        // "revised the number of injured down to 58 from 62": a later "Of the 58 injured" restates the revision, so the
        // 62 it replaced does not disagree with that either.
        var revisions = Enumerable.Range(0, rows.Count).Where(r => RevisionWord().IsMatch(rows[r].Wording)).ToList();
        bool RestatesARevision(int replaced, int restated) =>
            revisions.Exists(r => r != replaced && quantities[r].Overlaps(quantities[restated]) && RevisedFrom(rows[r], rows[replaced]));
        for (var i = 0; i < rows.Count && !Pronouns.Contains(source); i++)
        {
            for (var j = i + 1; j < rows.Count; j++)
            {
                var (a, b) = (rows[i], rows[j]);
                // Within one article only two sources are held against each other ("The NDMA said 80 had died. The
                // provincial authority put the figure at 95."); one source's figures there are its updates.
                var apart = a.ArticleId == b.ArticleId ? TwoSources(a.SpeaksFor ?? a.Claimant, b.SpeaksFor ?? b.Claimant) : a.Syndication.Source != b.Syndication.Source;
                if (first[i] != i || first[j] != j || !apart
                    || !SameCounted(heads[i], heads[j]) || !WithinAWeek(a, b) || (certainties[i] is { } ci && certainties[j] is { } cj && ci != cj))
                {
                    continue;
                }
                var (x, y) = (quantities[i], quantities[j]);
                var cannotBothHold = a.Figure.SubjectKey == b.Figure.SubjectKey && !x.Overlaps(y) && !earlier[i] && !earlier[j]
                    && !RoseSince(a.Published, x, b.Published, y) && !MissingSince(a, b) && !RestatesARevision(i, j) && !RestatesARevision(j, i)
                    && !RevisedFrom(b, a) && !RevisedFrom(a, b) && NameACommonPlace(a, b);
                if (cannotBothHold && !a.MatchedQuery && !b.MatchedQuery)
                {
                    unasked++; // neither is about what was asked: not flagged, nor called agreeing
                }
                else if (cannotBothHold)
                {
                    conflicting[i] = conflicting[j] = true;
                    if (conflictCount++ < MaxPairs)
                    {
                        conflicts.Add(new ClaimConflict(a.ClaimId, b.ClaimId, a.Figure.SubjectKey, i, j));
                    }
                }
                else if (a.Figure.SubjectKey != b.Figure.SubjectKey && x.StatesAboutTheSame(y))
                {
                    countsDiffer[i] = countsDiffer[j] = true;
                    if (measureCount++ < MaxPairs)
                    {
                        measures.Add(new MeasureDifference(a.ClaimId, b.ClaimId, a.Figure.SubjectKey, b.Figure.SubjectKey, i, j));
                    }
                }
            }
        }
        var independent = rows.Select(r => r.Syndication.Source).Distinct().Count();
        var outlets = rows.Select(r => r.Outlet ?? r.ArticleId).Distinct().Count();
        var marked = rows.Select((r, i) => r with { Conflicting = conflicting[first[i]], CountsDiffer = countsDiffer[first[i]] }).ToList();
        return new ClaimGroup(topic, source, marked, conflicts, conflictCount, measures, measureCount, independent, outlets) { UnaskedDifferences = unasked };
    }

    /// <summary>
    /// Whether two claimants of one article are two sources: not one name written twice, nor a name and its acronym
    /// ("NDMA", "National Disaster Management Authority"). The article's own words and an unresolved "he" are groups of
    /// their own, never paired with a source's.
    /// </summary>
    private static bool TwoSources(string a, string b)
    {
        var (x, y) = (SpeakerKey(a), SpeakerKey(b));
        return x != y && Initials(a) != y && Initials(b) != x;
    }

    /// <summary>
    /// How sure a count says it is, in the figure's clause: "186 suspected cases" and "52 cases were confirmed" are two
    /// series of one outbreak, both of which can be right; a count that says neither ("52 cases") is held against either.
    /// </summary>
    private static string? Certainty(string wording, string figure)
    {
        const int MaxBefore = 25, MaxAfter = 60;
        var at = wording.IndexOf(figure, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var start = Math.Max(wording.LastIndexOfAny([',', ';', '('], Math.Max(0, at - 1)) + 1, at - MaxBefore);
        var after = at + figure.Length;
        var end = Math.Min(wording.Length, after + MaxAfter);
        var stop = wording.AsSpan(after, end - after).IndexOfAny(",;.");
        var conjunction = wording.IndexOf(" and ", after, end - after, StringComparison.Ordinal);
        end = Math.Min(stop < 0 ? end : after + stop, conjunction < 0 ? end : conjunction);
        var clause = wording.AsSpan(start, end - start);
        return SuspectedWord().IsMatch(clause) ? "suspected" : ConfirmedWord().IsMatch(clause) ? "confirmed" : null;
    }

    [GeneratedRegex(@"\b(?:suspected|probable|possible)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SuspectedWord();

    [GeneratedRegex(@"\bconfirmed\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConfirmedWord();

    /// <summary>Whether two reports are at most <see cref="SameEventDays"/> days apart, or either is undated.</summary>
    private static bool WithinAWeek(ClaimRow a, ClaimRow b) =>
        a.Published is not { } x || b.Published is not { } y
        || Math.Max(y.FirstDay.DayNumber - x.LastDay.DayNumber, x.FirstDay.DayNumber - y.LastDay.DayNumber) <= SameEventDays;

    /// <summary>
    /// Whether two different figures can be about one event by where, or whose people, they count: a common place or
    /// country when both name any. The same number for different counts needs no such sign; it is one already.
    /// </summary>
    private static bool NameACommonPlace(ClaimRow a, ClaimRow b) =>
        a.Places.Count == 0 || b.Places.Count == 0 || a.Places.Intersect(b.Places, StringComparer.Ordinal).Any();

    /// <summary>
    /// Counts grow: a report dated wholly after another that gives a higher figure ("45 killed" on 12 May, "the toll
    /// had risen to 60" on 13 May) brings the count up to date rather than contradicting it. A lower later figure, or
    /// two on the same day, still disagree.
    /// </summary>
    private static bool RoseSince(PartialDate? firstDate, Quantity first, PartialDate? laterDate, Quantity later) =>
        firstDate is { } since && laterDate is { } date && since.LastDay < date.FirstDay && later.Low > (first.High ?? first.Low);

    /// <summary>
    /// The missing are found, or more are reported missing, from day to day: two counts of the missing dated on different
    /// days bring each other up to date, whichever is higher. On one day they still disagree.
    /// </summary>
    private static bool MissingSince(ClaimRow a, ClaimRow b) =>
        a.Figure.SubjectKey == "missing" && a.Published is { } x && b.Published is { } y && (x.LastDay < y.FirstDay || y.LastDay < x.FirstDay);

    /// <summary>
    /// A claim that denies what was said ("denied that three people had died", "\"It is not true that three people have
    /// died,\" the minister said"); it states no figure of its own.
    /// </summary>
    private static bool IsDenial(string cue, string wording) =>
        cue.ToLowerInvariant() is "denied" or "denies" or "deny" or "rejected" or "rejects" or "dismissed" or "refuted" || NotTrue().IsMatch(wording);

    [GeneratedRegex(@"^(?:it is|it's|it was)\s+(?:not true|false|untrue|a lie)\b|\bis (?:not true|false|untrue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotTrue();

    /// <summary>
    /// Who, in the figure's own sentence, rejects it in the passive: "A figure of 500 missing that circulated on social
    /// media was rejected by the Civil Defense as without basis".
    /// </summary>
    private static string? RejectedBy(string wording, string figure)
    {
        var at = wording.IndexOf(figure, StringComparison.Ordinal);
        return at >= 0 && RejectedInThePassive().Match(wording, at + figure.Length) is { Success: true } rejected ? rejected.Groups["who"].Value : null;
    }

    [GeneratedRegex(@"\b(?:was|were|has been|have been|had been) (?:rejected|denied|dismissed|refuted) by (?:the )?(?<who>\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)")]
    private static partial Regex RejectedInThePassive();

    /// <summary>Whether a denial's words name the figure's number ("three" of "at least three").</summary>
    private static bool Denies(string denial, string figure)
    {
        var number = figure[(figure.LastIndexOf(' ') + 1)..];
        var at = denial.IndexOf(number, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }
        var end = at + number.Length; // a whole word: "three", not the end of "twenty-three" or "threefold"
        return (at == 0 || (!char.IsLetterOrDigit(denial[at - 1]) && denial[at - 1] != '-')) && (end == denial.Length || !char.IsLetterOrDigit(denial[end]));
    }

    /// <summary>
    /// "The number of people killed in the province of Yungay alone rose to 17", "41 died in Ranrahirca alone": a count
    /// of one place within the event, in the figure's clause, which is no count of the whole.
    /// </summary>
    private static bool CountsAPart(string wording, string figure)
    {
        const int MaxApart = 80;
        var at = wording.IndexOf(figure, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        foreach (Match alone in PlaceAlone().Matches(wording))
        {
            var (from, to) = alone.Index < at ? (alone.Index + alone.Length, at) : (at + figure.Length, alone.Index);
            if (to - from <= MaxApart && wording.AsSpan(from, Math.Max(0, to - from)).IndexOfAny(",;") < 0)
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\b(?:in|at|from|among)\s+(?:the\s+)?\p{L}[^,.;]{0,60}?\s+alone\b")]
    private static partial Regex PlaceAlone();

    /// <summary>
    /// "revised the death toll down to 41 from 44": a count whose wording says it replaces the other's figure, which is
    /// then its earlier count, not a disagreement.
    /// </summary>
    private static bool RevisedFrom(ClaimRow revision, ClaimRow replaced)
    {
        var figure = replaced.Figure.Text;
        var number = figure[(figure.LastIndexOf(' ') + 1)..];
        return RevisionWord().Match(revision.Wording) is { Success: true } word
            && revision.Wording.IndexOf("from " + number, word.Index, StringComparison.OrdinalIgnoreCase) is var from && from > 0
            && (from + 5 + number.Length == revision.Wording.Length || !char.IsLetterOrDigit(revision.Wording[from + 5 + number.Length]));
    }

    [GeneratedRegex(@"\b(?:revis|lower|correct|reduc|cut|down)", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionWord();

    /// <summary>
    /// "had previously put the number at 1,000": the article gives an earlier count. The extractor keeps the adverb with
    /// the verb ("previously put"); the wording is not read, as "killed earlier this week" dates the deaths, not the count.
    /// </summary>
    [GeneratedRegex(@"^(previously|initially|originally|earlier)\s", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierCountWords();

    /// <summary>
    /// Whether a figure written as an addition ("another 22", "30 more") adds to a count: one of the same kind before it
    /// in the claim, or one the claim does not give ("Another 22 people died on Tuesday"). After a count of another kind
    /// only, it is a total of its own: "100 were killed and 1,000 more injured" counts all the injured.
    /// </summary>
    private static bool IsAddition(IReadOnlyList<StoredFigure> figures, StoredFigure figure)
    {
        if (!QuantityParser.IsIncrement(figure.Hedge))
        {
            return false;
        }
        var before = figures.TakeWhile(f => !ReferenceEquals(f, figure)).Where(f => f.Topic != "other").ToList();
        return before.Count == 0 || before.Any(f => f.SubjectKey == figure.SubjectKey);
    }

    /// <summary>
    /// "revised the toll to 24, after earlier giving a figure of 32 dead", "revising its earlier figure of 118": the
    /// clause that leads up to the figure calls it earlier. Not "killed earlier this week", after the figure, which dates
    /// the deaths.
    /// </summary>
    private static bool GivenAsEarlier(string wording, StoredFigure figure)
    {
        var at = wording.IndexOf(figure.Text, StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }
        var clause = wording.LastIndexOfAny([',', ';', '(', ':'], at - 1) + 1;
        return EarlierWord().IsMatch(wording.AsSpan(clause, at - clause));
    }

    [GeneratedRegex(@"\b(earlier|initially|previously|originally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierWord();

    /// <summary>
    /// "In 2019 an explosion at another plant killed 78 people", "Last year the agency recorded 214 deaths", "Last month,
    /// a landslide killed 11": a figure of a year before the article's, or of another recent event, is a count of an
    /// earlier event, held against no count of this one. Only "in" or "a" dates the event; "the worst since 2015" and
    /// "the most since last year" compare.
    /// </summary>
    private static bool TellsOfAnEarlierEvent(string wording, PartialDate? published) =>
        LastYear().IsMatch(wording) || AnotherEventLately().IsMatch(wording)
        || (published is { } date && InAYear().Matches(wording).Any(m => int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture) < date.FirstDay.Year));

    /// <summary>
    /// "In 2019, …", "a 2019 earthquake", "an 1899 flood", "since the 2012 Port Said riot, which killed 74", "the deadliest
    /// since 2008, when the MV Princess of the Stars capsized, killing 800", "the Sriwijaya Air crash in January 2021,
    /// which killed 62", "the heatwave of 2015": a year the count belongs to.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Aa]n?|[Tt]he|of) (?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) )?(?<year>(?:1[89]|20)\d{2})\b|\bsince (?<year>(?:1[89]|20)\d{2}), when\b")]
    private static partial Regex InAYear();

    /// <summary>
    /// "Last month, a landslide at another pit killed 11", "Last week a fire in the same district killed three": a recent
    /// event introduced as another one ("a", "an", "another"), not "last week's earthquake", which is the story's own.
    /// </summary>
    [GeneratedRegex(@"\b(?:(?:last|previous) (?:week|month)|(?:\w+ )(?:days|weeks|months) (?:ago|earlier)),?\s+(?:a|an|another)\s", RegexOptions.IgnoreCase)]
    private static partial Regex AnotherEventLately();

    [GeneratedRegex(@"(?<!\bsince )\b(?:last|previous) year\b|\ba year (?:ago|earlier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastYear();

    private static readonly HashSet<string> Pronouns = new(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me"], StringComparer.OrdinalIgnoreCase);

    // Words for the same people, so "3,000 troops" and "nearly 3,000 soldiers" are compared.
    private static readonly Dictionary<string, string> SameNoun = new(StringComparer.OrdinalIgnoreCase)
    {
        ["troop"] = "soldier", ["serviceman"] = "soldier", ["servicemen"] = "soldier", ["fighter"] = "soldier", ["personnel"] = "soldier",
        ["person"] = "people", ["persons"] = "people", ["bodies"] = "people", // the bodies recovered are the people killed
    };

    /// <summary>What befell the people counted, and the words joining it: where a figure's subject stops naming them.</summary>
    private static bool IsPredicateWord(string word) =>
        FigureSubjects.IsCountWord(word.ToLowerInvariant()) || FigureSubjects.IsRecoveryVerb(word.ToLowerInvariant()) || word is "or" or "and" or "in";

    /// <summary>
    /// Words that say how a count is known, not whom it counts: "3,381 suspected cases" and "3,180 cases" count the same
    /// people, and "the death toll stood at 79" counts the "84 people killed" of the same day.
    /// </summary>
    private static readonly HashSet<string> CountQualifiers = new(
        ["suspected", "confirmed", "new", "probable", "active", "recorded", "reported", "additional", "further", "total",
         "death"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether two figures with these head nouns count the same people: "1,200 Russian soldiers killed" and "3
    /// civilians killed" do not, so their different numbers are no disagreement. A figure that names no one ("3,000
    /// had been killed") may count anyone.
    /// </summary>
    private static bool SameCounted(string? headA, string? headB) => headA is null || headB is null || headA == headB;

    /// <summary>The last word of the noun phrase before what happened to it, singular and with synonyms folded.</summary>
    private static string? HeadNoun(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = Array.FindIndex(words, IsPredicateWord);
        // "soldiers fighting (in Kursk)": a participle after the noun is not its head
        var head = (end < 0 ? words : words[..end]).LastOrDefault(w => !w.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !CountQualifiers.Contains(w))?.ToLowerInvariant();
        if (head is null)
        {
            return null;
        }
        if (SameNoun.TryGetValue(head, out var same))
        {
            return same;
        }
        var singular = head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) ? head[..^1] : head;
        return SameNoun.GetValueOrDefault(singular, singular);
    }

    /// <summary>Reads the articles' bodies and outlets and resolves which are copies or reprints of which.</summary>
    /// <summary>
    /// What the articles tell about one another: which copy which, and the acronyms they define, each acronym that all
    /// defining articles give one full name.
    /// </summary>
    private (Dictionary<string, SyndicationInfo> Syndication, Dictionary<string, string> Acronyms) ReadArticles(IReadOnlyList<string> articleIds)
    {
        using var lease = _index.Acquire();
        var searcher = lease.Searcher;
        var candidates = new List<SyndicationCandidate>();
        var definitions = new List<(string Acronym, string Name)>();
        foreach (var id in articleIds)
        {
            var top = searcher.Search(new BooleanQuery { { IndexSchema.Id.Matching(id), Occur.MUST }, { IndexSchema.Type.Matching(RecordKinds.Article), Occur.MUST } }, 1);
            if (top.TotalHits > 0)
            {
                candidates.Add(SyndicationCandidates.Of(searcher, top.ScoreDocs[0].Doc));
                var acronyms = IndexSchema.Acronyms.Read(searcher.Doc(top.ScoreDocs[0].Doc, AcronymField));
                definitions.AddRange((acronyms ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                    .Select(line => line.Split('\t')).Where(parts => parts.Length == 2).Select(parts => (parts[0], parts[1])));
            }
        }
        var acronymsDefined = definitions.GroupBy(d => d.Acronym, StringComparer.Ordinal)
            .Where(g => g.Select(d => SpeakerKey(d.Name)).Distinct(StringComparer.Ordinal).Count() == 1) // "Defence" and "Defense" are one
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return (Syndication.Resolve(candidates).ToDictionary(p => p.Key, p => p.Value), acronymsDefined);
    }

    private static readonly ISet<string> AcronymField = new HashSet<string> { IndexSchema.Acronyms.Name };
}
