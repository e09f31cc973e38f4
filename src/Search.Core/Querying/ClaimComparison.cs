using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>One outlet's version of a figure.</summary>
/// <param name="ClaimId">The claim document.</param>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet of a reprint.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Claimant">Who the article says made the claim.</param>
/// <param name="Wording">The claim as the article words it.</param>
/// <param name="Figure">The figure and its interval.</param>
/// <param name="Syndication">Whether the article copies another or reprints an outlet.</param>
/// <param name="Conflicting">Whether another independent report's figure for the same count cannot hold beside this one.</param>
/// <param name="CountsDiffer">Whether another independent report states about the same number for a different count.</param>
/// <param name="EarlierCount">
/// Whether the article gives the figure as an earlier count ("had previously put the number at 1,000") or one of an
/// earlier year ("In 2019 an explosion killed 78"), which a later count does not contradict.
/// </param>
public sealed record ClaimRow(string ClaimId, string ArticleId, string? Outlet, string? OriginalOutlet, PartialDate? Published, string Claimant, string Wording, StoredFigure Figure,
    SyndicationInfo Syndication, bool Conflicting = false, bool CountsDiffer = false, bool EarlierCount = false)
{
    /// <summary>
    /// The places and countries the claim names besides its speaker's own ("killed in Kupiansk", "North Korean
    /// soldiers"): figures about places or peoples of which neither names the other's are about different events.
    /// </summary>
    public IReadOnlyList<string> Places { get; init; } = [];

    /// <summary>
    /// Who, in the same article, denies the figure ("\"It is not true that three people have died,\" the minister said"),
    /// if anyone: a figure stated and denied is shown with its denial.
    /// </summary>
    public string? DeniedBy { get; init; }

    /// <summary>
    /// The body the claimant speaks for, as the article describes them ("NDRRMC executive director Ricardo Ilagan"):
    /// within one article, the body's figures and theirs are one source's.
    /// </summary>
    public string? SpeaksFor { get; init; }

    /// <summary>
    /// Whether the claim matched the query itself, rather than only standing in an article that does: two figures are
    /// said to disagree only when one of them is about what was asked (the same number for different counts needs no
    /// such sign).
    /// </summary>
    public bool MatchedQuery { get; init; } = true;

    /// <summary>
    /// Whether the figure adds to a count given before ("14 confirmed and another 22 suspected", "Another 22 died on
    /// Tuesday"): it counts others than that count did, so no total can contradict it.
    /// </summary>
    public bool Addition { get; init; }
}

/// <summary>Two rows whose figures cannot both be true.</summary>
/// <param name="First">A claim.</param>
/// <param name="Second">A claim it conflicts with.</param>
/// <param name="SubjectKey">What both count.</param>
/// <param name="FirstRow">The first claim's row in the group (a claim with two figures has two rows).</param>
/// <param name="SecondRow">The second claim's row.</param>
public sealed record ClaimConflict(string First, string Second, string SubjectKey, int FirstRow, int SecondRow);

/// <summary>
/// Two rows that give the same figure for different counts: "more than 3,000 killed" beside "over 3,000 killed or
/// wounded" from one source. Both may hold, but usually one outlet has changed what the source counted.
/// </summary>
/// <param name="First">A claim.</param>
/// <param name="Second">A claim that states about the same number.</param>
/// <param name="FirstCounts">What the first counts (killed, wounded, killed-or-wounded…).</param>
/// <param name="SecondCounts">What the second counts.</param>
/// <param name="FirstRow">The first claim's row in the group (a claim with two figures has two rows).</param>
/// <param name="SecondRow">The second claim's row.</param>
public sealed record MeasureDifference(string First, string Second, string FirstCounts, string SecondCounts, int FirstRow, int SecondRow);

/// <summary>The same claim as told by different outlets: one source (or country), one topic.</summary>
/// <param name="Topic">casualties, deployed, captured, cases, displaced, crowd, missing.</param>
/// <param name="Source">The claimant's country, or the claimant, or "unattributed".</param>
/// <param name="Rows">Each outlet's wording and interval, earliest first.</param>
/// <param name="Conflicts">
/// Pairs of rows from independent reports whose intervals for the same count do not overlap, the first
/// <see cref="ClaimComparer.MaxPairs"/> of <paramref name="ConflictCount"/>.
/// </param>
/// <param name="ConflictCount">All such pairs.</param>
/// <param name="MeasureDifferences">
/// Pairs of rows from independent reports that state about the same number for different counts, the first
/// <see cref="ClaimComparer.MaxPairs"/> of <paramref name="MeasureDifferenceCount"/>.
/// </param>
/// <param name="MeasureDifferenceCount">All such pairs.</param>
/// <param name="IndependentSources">Reports that are not copies or reprints of one another.</param>
/// <param name="Outlets">Distinct outlets.</param>
public sealed record ClaimGroup(string Topic, string Source, IReadOnlyList<ClaimRow> Rows, IReadOnlyList<ClaimConflict> Conflicts, int ConflictCount,
    IReadOnlyList<MeasureDifference> MeasureDifferences, int MeasureDifferenceCount, int IndependentSources, int Outlets)
{
    /// <summary>Whether any two independent reports disagree.</summary>
    public bool Disagreement => ConflictCount > 0;

    /// <summary>
    /// Pairs whose figures cannot both hold but that are not flagged, since neither claim names what was asked (a claim
    /// of the best articles about something else, or one that names the place only in its article): the group cannot be
    /// said to agree.
    /// </summary>
    public int UnaskedDifferences { get; init; }

    /// <summary>
    /// The other sources whose figures for the same count, on the same day, cannot hold beside one of this group's: the
    /// health department's 41 dead beside the opposition's "more than 200". A group compares one source's reports; this
    /// says where the sources part.
    /// </summary>
    public IReadOnlyList<string> DifferingSources { get; init; } = [];
}

/// <summary>The comparison of the claims matching a query.</summary>
/// <param name="Query">How the query was understood.</param>
/// <param name="ClaimsConsidered">Claims that matched.</param>
/// <param name="Groups">Groups with figures, most outlets first.</param>
public sealed record ClaimComparison(QueryInfo Query, int ClaimsConsidered, IReadOnlyList<ClaimGroup> Groups);
