using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Querying;

namespace Search.Web.Contracts;

/// <summary>One result.</summary>
/// <param name="Id">Document id; open it with /api/articles/{id}.</param>
/// <param name="Kind">article or claim.</param>
/// <param name="ArticleId">The article (a claim's source article).</param>
/// <param name="Title">Title with matches.</param>
/// <param name="Snippets">Best passages in document order.</param>
/// <param name="Snippet">The passages joined by an ellipsis.</param>
/// <param name="Truncated">Whether the text was longer than the highlighting limit.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet of a reprint.</param>
/// <param name="Published">Publication date, null when unknown.</param>
/// <param name="Url">Address online.</param>
/// <param name="Score">Relevance score.</param>
/// <param name="Entities">Entities the article is about.</param>
/// <param name="Claimant">Who made the claim (claims only).</param>
/// <param name="Claim">Speaker, cue, figures and the rule that found the claim (claims only).</param>
/// <param name="ClaimCount">Claims found in the article (articles only).</param>
/// <param name="SameReportAs">The id of a hit above on this page whose report this one repeats (a reprint or copy).</param>
public sealed record SearchHitResponse(
    string Id,
    string Kind,
    string ArticleId,
    MarkedText Title,
    IReadOnlyList<MarkedText> Snippets,
    MarkedText Snippet,
    bool Truncated,
    string? Outlet,
    string? OriginalOutlet,
    DateValue? Published,
    string? Url,
    float? Score,
    IReadOnlyList<EntityRef> Entities,
    string? Claimant,
    ClaimDetails? Claim,
    int? ClaimCount,
    string? SameReportAs)
{
    /// <summary>Maps a Core hit.</summary>
    public static SearchHitResponse From(SearchHit hit) => new(
        hit.Id, hit.Kind, hit.ArticleId, MarkedText.From(hit.Title), hit.Snippets.Select(s => MarkedText.From(s)).ToList(),
        MarkedText.From(Passages.Join(hit.Snippets)), hit.Truncated, hit.Outlet, hit.OriginalOutlet, DateValue.From(hit.Published),
        hit.Url, hit.Score, hit.Entities.Select(EntityRef.From).ToList(), hit.Claimant, ClaimDetails.From(hit.Claim), hit.ClaimCount,
        hit.SameReportAs);
}

/// <summary>A facet value with its count.</summary>
/// <param name="Value">The value, usable as a filter of its dimension.</param>
/// <param name="Count">Matching documents with the value (drill-sideways for a dimension with a selection).</param>
/// <param name="Selected">Whether the value is selected.</param>
/// <param name="Children">Top values one level down (date: months of a year, days of a month).</param>
public sealed record FacetValueResponse(string Value, int Count, bool Selected, IReadOnlyList<FacetValueResponse> Children)
{
    /// <summary>Maps a Core facet value.</summary>
    public static FacetValueResponse From(FacetValue value) =>
        new(value.Value, value.Count, value.Selected, value.Children.Select(From).ToList());
}

/// <summary>The counts of one dimension.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Values">Top values by count, ties by value.</param>
/// <param name="Distinct">Distinct values among the matches (top level).</param>
/// <param name="Missing">Matches without a value.</param>
/// <param name="MissingLabel">The selectable label of those (e.g. "unknown" for dates), if any.</param>
public sealed record FacetResponse(string Dimension, IReadOnlyList<FacetValueResponse> Values, int Distinct, int Missing, string? MissingLabel)
{
    /// <summary>Maps a Core facet result.</summary>
    public static FacetResponse From(FacetResult facet) =>
        new(facet.Dimension, facet.Values.Select(FacetValueResponse.From).ToList(), facet.DistinctValues, facet.Missing, facet.MissingLabel);
}

/// <summary>One applied filter, for drawing a removable chip.</summary>
/// <param name="Parameter">The query-string parameter (a dimension, or from/to).</param>
/// <param name="Value">Its value as the index spells it, which the facet counts use.</param>
/// <param name="Requested">The value as given, when the index spells it in another case ("wion" for "WION").</param>
/// <param name="InIndex">Whether any document has the value; a filter by a value none has matches nothing.</param>
public sealed record AppliedFilter(string Parameter, string Value, string? Requested = null, bool InIndex = true);

/// <summary>A page of search results.</summary>
/// <param name="Total">Matching documents.</param>
/// <param name="TookMs">Time spent searching, in milliseconds.</param>
/// <param name="Query">How the query was understood.</param>
/// <param name="Page">This page.</param>
/// <param name="Size">Page size.</param>
/// <param name="Sort">relevance or date.</param>
/// <param name="Hits">The results of this page.</param>
/// <param name="Facets">Counts per requested dimension.</param>
/// <param name="Histogram">Matches over time.</param>
/// <param name="Applied">The filters in force (the default type=article included).</param>
/// <param name="TimedOut">Whether the search hit its time budget, so hits and counts cover only part of the index.</param>
public sealed record SearchResponse(
    int Total,
    double TookMs,
    QueryDescription Query,
    int Page,
    int Size,
    string Sort,
    IReadOnlyList<SearchHitResponse> Hits,
    IReadOnlyList<FacetResponse> Facets,
    DateHistogram? Histogram,
    IReadOnlyList<AppliedFilter> Applied,
    bool TimedOut)
{
    /// <summary>Maps Core results to the wire.</summary>
    public static SearchResponse From(SearchResults results) => new(
        results.Total,
        Math.Round(results.Took.TotalMilliseconds, 2),
        QueryDescription.From(results.Query),
        results.Page,
        results.Size,
        results.Sort.ToString().ToLowerInvariant(),
        results.Hits.Select(SearchHitResponse.From).ToList(),
        results.Facets.Select(FacetResponse.From).ToList(),
        results.Histogram,
        AppliedFilters(results.Selection),
        results.TimedOut);

    private static List<AppliedFilter> AppliedFilters(FacetSelection selection)
    {
        var applied = selection.Dimensions.SelectMany(d => d.Resolutions is { } resolutions
            ? resolutions.SelectMany(r => r.Values.Count == 0
                ? [new AppliedFilter(d.Dimension.Name, r.Requested, InIndex: false)]
                : r.Values.Select(v => new AppliedFilter(d.Dimension.Name, v, v == r.Requested ? null : r.Requested)))
            : d.Values.Select(v => new AppliedFilter(d.Dimension.Name, v))).ToList();
        if (selection.Range?.From is { } from)
        {
            applied.Add(new AppliedFilter("from", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (selection.Range?.To is { } to)
        {
            applied.Add(new AppliedFilter("to", to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
        return applied;
    }
}

/// <summary>Articles like one article.</summary>
/// <param name="Id">The article they are like.</param>
/// <param name="Hits">Similar articles, best first.</param>
/// <param name="SameReport">By id, the hits that are the same report published again: "original" (the article is a
/// copy of it) or "copy".</param>
public sealed record SimilarResponse(string Id, IReadOnlyList<SearchHitResponse> Hits, IReadOnlyDictionary<string, string> SameReport);

/// <summary>Completions of what the user is typing.</summary>
/// <param name="Prefix">What was typed.</param>
/// <param name="Suggestions">Entities first (by article count), then titles.</param>
public sealed record SuggestResponse(string Prefix, IReadOnlyList<SuggestionResponse> Suggestions);

/// <summary>One completion.</summary>
/// <param name="Text">What to show.</param>
/// <param name="Kind">entity or title.</param>
/// <param name="Value">The entity filter value (type/Name) or the article id.</param>
/// <param name="Count">Articles with the entity.</param>
/// <param name="Outlet">For a title, the article's outlet: copies of one story share their title.</param>
public sealed record SuggestionResponse(string Text, string Kind, string Value, int Count, string? Outlet);
