using Search.Core.Extraction;
using Search.Core.Querying;

namespace Search.Web.Contracts;

/// <summary>Who made a claim.</summary>
/// <param name="Name">Canonical name, the speaker as written, or "unattributed".</param>
/// <param name="Entity">Entity facet value (type/Name) when the speaker is a known entity.</param>
/// <param name="Country">The speaker's country, when known.</param>
/// <param name="SpeaksFor">The body a person speaks for, as the article describes them.</param>
public sealed record ClaimantResponse(string Name, string? Entity, string? Country, string? SpeaksFor);

/// <summary>A figure of a claim.</summary>
/// <param name="Text">As written ("more than 3,000").</param>
/// <param name="Hedge">The hedge ("more than").</param>
/// <param name="Interval">The interval it allows, e.g. "(3000, ∞)".</param>
/// <param name="Low">Lowest value allowed.</param>
/// <param name="High">Highest value allowed; null for no bound.</param>
/// <param name="Subject">What is counted, in the article's words.</param>
/// <param name="Kind">killed, wounded, killed-or-wounded, deployed, captured, cases, displaced, evacuated, refugees or other.</param>
/// <param name="Topic">casualties, deployed, captured, cases, displaced, crowd, missing or other.</param>
public sealed record FigureResponse(string Text, string Hedge, string Interval, double Low, double? High, string Subject, string Kind, string Topic)
{
    /// <summary>Maps a stored figure.</summary>
    public static FigureResponse From(StoredFigure f) => new(f.Text, f.Hedge, f.Interval, f.Low, f.High, f.Subject, f.SubjectKey, f.Topic);
}

/// <summary>What was extracted about a claim, and by which rule.</summary>
/// <param name="Claimant">Who made it.</param>
/// <param name="Cue">The reporting words.</param>
/// <param name="Figures">Its figures.</param>
/// <param name="Dates">Dates it mentions, with the days they resolve to.</param>
/// <param name="Rule">The extraction rule that found it.</param>
/// <param name="Confidence">How sure that rule is, 0–1.</param>
/// <param name="Start">Offset of the claim in the article body.</param>
/// <param name="End">Offset after the claim.</param>
public sealed record ClaimDetails(ClaimantResponse Claimant, string Cue, IReadOnlyList<FigureResponse> Figures, IReadOnlyList<StoredDate> Dates, string Rule, double Confidence, int Start, int End)
{
    /// <summary>Maps a stored claim; null stays null.</summary>
    public static ClaimDetails? From(StoredClaim? claim) => claim is null ? null : new(
        new ClaimantResponse(claim.Claimant.Name, claim.Claimant.Entity, claim.Claimant.Country, claim.Claimant.SpeaksFor), claim.Cue,
        claim.Figures.Select(FigureResponse.From).ToList(), claim.Dates, claim.Rule, claim.Confidence, claim.Start, claim.End);
}

/// <summary>One outlet's version of a figure.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="ArticleId">Its article.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet of a reprint.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Claimant">Who the article says made the claim.</param>
/// <param name="Wording">The claim as the article words it.</param>
/// <param name="Figure">The figure and its interval.</param>
/// <param name="CopyOf">The article this one nearly copies, if any.</param>
/// <param name="ReprintOf">The original outlet a credit line names, if any.</param>
/// <param name="Conflicting">Whether another independent report's figure for the same count cannot hold beside this one.</param>
/// <param name="CountsDiffer">Whether another independent report states about the same number for a different count.</param>
/// <param name="EarlierCount">Whether the article gives the figure as an earlier count ("had previously put…"), held against no later one.</param>
/// <param name="DeniedBy">Who, in the same article, denies the figure, if anyone.</param>
/// <param name="SpeaksFor">The body the claimant speaks for, as the article describes them ("NDRRMC executive director …").</param>
public sealed record ClaimRowResponse(string ClaimId, string ArticleId, string? Outlet, string? OriginalOutlet, DateValue? Published, string Claimant,
    string Wording, FigureResponse Figure, string? CopyOf, string? ReprintOf, bool Conflicting, bool CountsDiffer, bool EarlierCount, string? DeniedBy, string? SpeaksFor);

/// <summary>A claim as told by several outlets.</summary>
/// <param name="Topic">casualties, deployed, captured, cases, displaced, crowd or missing.</param>
/// <param name="Source">The claimant's country, or the claimant, or "unattributed".</param>
/// <param name="Rows">Each outlet's wording and interval, earliest first.</param>
/// <param name="Disagreement">Whether two independent reports give intervals for the same count that cannot both hold.</param>
/// <param name="Conflicts">The disagreeing pairs of claims, the first 100.</param>
/// <param name="ConflictCount">All disagreeing pairs.</param>
/// <param name="MeasureDifferences">Pairs of claims that state about the same number for different counts ("3,000 killed" beside "3,000 killed or wounded"), the first 100.</param>
/// <param name="MeasureDifferenceCount">All such pairs.</param>
/// <param name="IndependentSources">Reports that are not copies or reprints of one another.</param>
/// <param name="Outlets">Distinct outlets.</param>
/// <param name="UnaskedDifferences">Pairs whose figures cannot both hold that are not flagged, since neither claim names what was asked.</param>
/// <param name="DifferingSources">Other sources whose figure for the same count on the same day cannot hold beside one of this group's.</param>
public sealed record ClaimGroupResponse(string Topic, string Source, IReadOnlyList<ClaimRowResponse> Rows, bool Disagreement, IReadOnlyList<ClaimConflict> Conflicts,
    int ConflictCount, IReadOnlyList<MeasureDifference> MeasureDifferences, int MeasureDifferenceCount, int IndependentSources, int Outlets, int UnaskedDifferences,
    IReadOnlyList<string> DifferingSources);

/// <summary>The comparison of the claims matching a query.</summary>
/// <param name="Query">How the query was understood.</param>
/// <param name="ClaimsConsidered">Claims that matched.</param>
/// <param name="Groups">Groups with figures, most outlets first.</param>
public sealed record ClaimComparisonResponse(QueryDescription Query, int ClaimsConsidered, IReadOnlyList<ClaimGroupResponse> Groups)
{
    /// <summary>Maps a Core comparison.</summary>
    public static ClaimComparisonResponse From(ClaimComparison comparison) => new(
        QueryDescription.From(comparison.Query),
        comparison.ClaimsConsidered,
        comparison.Groups.Select(g => new ClaimGroupResponse(g.Topic, g.Source,
            g.Rows.Select(r => new ClaimRowResponse(r.ClaimId, r.ArticleId, r.Outlet, r.OriginalOutlet, DateValue.From(r.Published), r.Claimant,
                r.Wording, FigureResponse.From(r.Figure), r.Syndication.CopyOf, r.Syndication.ReprintOf, r.Conflicting, r.CountsDiffer, r.EarlierCount,
                r.DeniedBy, r.SpeaksFor)).ToList(),
            g.Disagreement, g.Conflicts, g.ConflictCount, g.MeasureDifferences, g.MeasureDifferenceCount, g.IndependentSources, g.Outlets,
            g.UnaskedDifferences, g.DifferingSources)).ToList());
}

/// <summary>Entities with the number of articles (or claims) about them.</summary>
/// <param name="Entities">Most frequent first.</param>
/// <param name="Distinct">How many entities match.</param>
/// <param name="Counted">What the counts count: the record kinds of the type filter, articles by default.</param>
public sealed record EntitiesResponse(IReadOnlyList<EntityCount> Entities, int Distinct, IReadOnlyList<string> Counted);

/// <summary>An entity and how many of the counted records are about it.</summary>
/// <param name="Value">Facet value (type/Name), usable as an entity= filter.</param>
/// <param name="Type">Entity type.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Count">Articles about it (claims, under type=claim).</param>
public sealed record EntityCount(string Value, string Type, string Name, int Count);
