using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Search.Web.Api;

/// <summary>The query-string parameters of a search. Facet filters are read by dimension name (outlet=, date=, …).</summary>
/// <param name="Q">Query text in Lucene syntax; empty lists everything, newest first.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="Size">Hits per page, 1–100.</param>
/// <param name="Sort">relevance (default with a query) or date (newest first).</param>
/// <param name="From">First publication day included: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="To">Last publication day included.</param>
/// <param name="Facets">Dimensions to count, as name or name:N (e.g. outlet:20,date); default outlet, original, date, entity.</param>
/// <param name="Passages">Snippet passages per hit, 0–10.</param>
/// <param name="PassageLength">Longest snippet passage in characters, 40–1000 (default 160).</param>
public sealed record SearchQuery(
    [FromQuery(Name = "q")][property: Description("Query text in Lucene syntax; empty lists everything, newest first.")] string? Q = null,
    [FromQuery(Name = "page")][property: Description("1-based page number.")] int? Page = null,
    [FromQuery(Name = "size")][property: Description("Hits per page, 1-100.")] int? Size = null,
    [FromQuery(Name = "sort")][property: Description("relevance (default with a query) or date (newest first).")] string? Sort = null,
    [FromQuery(Name = "from")][property: Description("First publication day included: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From = null,
    [FromQuery(Name = "to")][property: Description("Last publication day included: YYYY, YYYY-MM or YYYY-MM-DD.")] string? To = null,
    [FromQuery(Name = "facets")][property: Description("Dimensions to count, as name or name:N, e.g. outlet:20,date.")] string[]? Facets = null,
    [FromQuery(Name = "passages")][property: Description("Snippet passages per hit, 0-10.")] int? Passages = null,
    [FromQuery(Name = "passageLength")][property: Description("Longest snippet passage in characters, 40-1000 (default 160).")] int? PassageLength = null)
{
    /// <summary>The parameter names this record binds, for spotting misspelt parameters.</summary>
    public static IReadOnlySet<string> Names { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "q", "page", "size", "sort", "from", "to", "facets", "passages", "passageLength",
    };
}
