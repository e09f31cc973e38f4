using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>How a query was understood, for display.</summary>
/// <param name="Input">The text as typed.</param>
/// <param name="Interpretation">How it was understood.</param>
/// <param name="Parsed">The Lucene query in its syntax.</param>
/// <param name="Notice">A message when the text was not taken as written.</param>
/// <param name="Corrected">The query with misspellings corrected, which is what was searched, if any were.</param>
/// <param name="Expansions">The synonyms added, as "word → synonym, synonym".</param>
/// <param name="Filter">An outlet the words name, to offer as a filter.</param>
public sealed record QueryInfo(string Input, QueryInterpretation Interpretation, string Parsed, string? Notice, string? Corrected, IReadOnlyList<string> Expansions,
    FilterSuggestion? Filter = null)
{
    /// <summary>Words as typed that no article holds and that could not be corrected.</summary>
    public IReadOnlyList<string> Unknown { get; init; } = [];

    /// <summary>Words as typed that no article holds and that were corrected: what <see cref="Corrected"/> replaced.</summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>The description of a query that ran, with <paramref name="total"/> matches when that is known.</summary>
    internal static QueryInfo Of(ParsedQuery query, int? total = null, FilterSuggestion? filter = null) =>
        new(query.Input, query.Interpretation, query.Description,
            WithUnknownWords(WithCorrection(query.Notice, query.Corrected, query.Replaced, total), query.Unknown, total),
            query.Corrected, query.Expansions, filter) { Unknown = query.Unknown, Replaced = query.Replaced };

    /// <summary>
    /// Why nothing matches, when some typed word is in no article and has no near spelling: "No article contains
    /// “layoffs”." is something to act on; an empty list alone is not.
    /// </summary>
    private static string? WithUnknownWords(string? notice, IReadOnlyList<string> unknown, int? total)
    {
        if (total != 0 || unknown.Count == 0)
        {
            return notice;
        }
        var sentence = $"No article contains {Quoted(unknown)}.";
        return notice is null ? sentence : notice + " " + sentence;
    }

    /// <summary>
    /// "Showing results for" a corrected query only when there are some: "kurks xyzzy" corrected to "kursk xyzzy" still
    /// finds nothing. It first says which typed words no article holds: "blaze" may be no typo, and a reader must know
    /// that the results are for "blamed" because of that word, not despite it.
    /// </summary>
    private static string? WithCorrection(string? notice, string? corrected, IReadOnlyList<string> replaced, int? total)
    {
        if (corrected is null)
        {
            return notice;
        }
        var sentence = total == 0 ? $"Nothing matches \"{corrected}\" either, the query with its spelling corrected."
            : replaced.Count == 0 ? $"Showing results for \"{corrected}\"."
            : $"No article contains {Quoted(replaced)}. Showing results for \"{corrected}\".";
        return notice is null ? sentence : notice + " " + sentence;
    }

    private static string Quoted(IReadOnlyList<string> words) =>
        string.Join(", ", words.Distinct(StringComparer.OrdinalIgnoreCase).Select(w => $"“{w}”"));
}

/// <summary>One hit: what is needed to show it in a result list.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Kind">Article or claim.</param>
/// <param name="ArticleId">The article (for a claim, the article it comes from).</param>
/// <param name="Title">Title with matches marked.</param>
/// <param name="Snippets">Best passages, in document order.</param>
/// <param name="Truncated">Whether the body exceeded the highlighting limit.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet of a reprint.</param>
/// <param name="Published">Publication date at its precision.</param>
/// <param name="Url">Address online.</param>
/// <param name="Score">Relevance score (absent when sorted by date without a query).</param>
/// <param name="Entities">Entities as type/Name.</param>
/// <param name="Claimant">Who made the claim (claims only).</param>
/// <param name="Claim">The claim's details: speaker, figures, dates, rule (claims only).</param>
/// <param name="ClaimCount">Claims extracted from the article (articles only).</param>
public sealed record SearchHit(
    string Id,
    string Kind,
    string ArticleId,
    HighlightedText Title,
    IReadOnlyList<HighlightedText> Snippets,
    bool Truncated,
    string? Outlet,
    string? OriginalOutlet,
    PartialDate? Published,
    string? Url,
    float? Score,
    IReadOnlyList<string> Entities,
    string? Claimant,
    Extraction.StoredClaim? Claim,
    int? ClaimCount)
{
    /// <summary>The id of a hit above on the same page whose report this one repeats (a reprint or copy), if any.</summary>
    public string? SameReportAs { get; init; }
}

/// <summary>A page of results with facet counts.</summary>
/// <param name="Total">Documents matching the query and the selection.</param>
/// <param name="Took">Time spent in the search pipeline.</param>
/// <param name="Query">How the query was understood.</param>
/// <param name="Page">The page returned.</param>
/// <param name="Size">The page size.</param>
/// <param name="Sort">The order used.</param>
/// <param name="Hits">The hits of the page.</param>
/// <param name="Facets">Counts per requested dimension.</param>
/// <param name="Histogram">Matches over time, when dates were counted.</param>
/// <param name="Selection">The selection applied (for drawing removable chips).</param>
/// <param name="TimedOut">Whether the search ran out of time, so the results cover only part of the index.</param>
/// <param name="Stages">Where the time went.</param>
public sealed record SearchResults(
    int Total,
    TimeSpan Took,
    QueryInfo Query,
    int Page,
    int Size,
    SortOrder Sort,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetResult> Facets,
    DateHistogram? Histogram,
    FacetSelection Selection,
    bool TimedOut,
    StageTimings Stages);

/// <summary>Time spent in each stage of one search.</summary>
/// <param name="Query">Building the query (parsing, synonyms, spelling).</param>
/// <param name="Collect">Running it: matching, scoring, top hits and facet counts in one pass.</param>
/// <param name="Hits">Reading the page's stored fields and highlighting them.</param>
public sealed record StageTimings(TimeSpan Query, TimeSpan Collect, TimeSpan Hits);

/// <summary>A whole article, with every match of an optional query marked.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Title">Title with matches marked.</param>
/// <param name="Body">Full text with matches marked.</param>
/// <param name="Truncated">Whether matches beyond the highlighting limit were not marked.</param>
/// <param name="Outlet">Publishing outlet.</param>
/// <param name="OriginalOutlet">Original outlet of a reprint.</param>
/// <param name="Published">Publication date.</param>
/// <param name="Url">Address online.</param>
/// <param name="Path">File in the seeds folder.</param>
/// <param name="ContentHash">SHA-256 of the file.</param>
/// <param name="Entities">Entities as type/Name.</param>
/// <param name="Provenance">Where each metadata value came from.</param>
/// <param name="Query">The query whose matches are marked, if any.</param>
/// <param name="Claims">The claims extracted from the article, in the order they stand in its body.</param>
public sealed record ArticleView(
    string Id,
    HighlightedText Title,
    HighlightedText Body,
    bool Truncated,
    string? Outlet,
    string? OriginalOutlet,
    PartialDate? Published,
    string? Url,
    string? Path,
    string? ContentHash,
    IReadOnlyList<string> Entities,
    ArticleProvenance? Provenance,
    QueryInfo? Query,
    IReadOnlyList<ArticleClaim> Claims);

/// <summary>A claim of an article, as the article's claims list shows it.</summary>
/// <param name="Id">The claim document.</param>
/// <param name="Text">The claim's words in the article body.</param>
/// <param name="Details">Who made it, how, and its figures and dates.</param>
public sealed record ArticleClaim(string Id, string Text, Extraction.StoredClaim Details);
