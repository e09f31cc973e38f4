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
public sealed record ClaimRow(string ClaimId, string ArticleId, string? Outlet, string? OriginalOutlet, PartialDate? Published, string Claimant, string Wording, StoredFigure Figure, SyndicationInfo Syndication);

/// <summary>Two rows whose figures cannot both be true.</summary>
/// <param name="First">A claim.</param>
/// <param name="Second">A claim it conflicts with.</param>
/// <param name="SubjectKey">What both count.</param>
public sealed record ClaimConflict(string First, string Second, string SubjectKey);

/// <summary>The same claim as told by different outlets: one source (or country), one topic.</summary>
/// <param name="Topic">casualties, deployed, captured.</param>
/// <param name="Source">The claimant's country, or the claimant, or "unattributed".</param>
/// <param name="Rows">Each outlet's wording and interval, earliest first.</param>
/// <param name="Conflicts">Pairs of rows from independent reports whose intervals for the same count do not overlap.</param>
/// <param name="IndependentSources">Reports that are not copies or reprints of one another.</param>
/// <param name="Outlets">Distinct outlets.</param>
public sealed record ClaimGroup(string Topic, string Source, IReadOnlyList<ClaimRow> Rows, IReadOnlyList<ClaimConflict> Conflicts, int IndependentSources, int Outlets)
{
    /// <summary>Whether any two independent reports disagree.</summary>
    public bool Disagreement => Conflicts.Count > 0;
}

/// <summary>The comparison of the claims matching a query.</summary>
/// <param name="Query">How the query was understood.</param>
/// <param name="ClaimsConsidered">Claims that matched.</param>
/// <param name="Groups">Groups with figures, most outlets first.</param>
public sealed record ClaimComparison(QueryInfo Query, int ClaimsConsidered, IReadOnlyList<ClaimGroup> Groups);
