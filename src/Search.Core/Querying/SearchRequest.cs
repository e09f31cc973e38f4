using Search.Core.Facets;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>How hits are ordered.</summary>
public enum SortOrder
{
    /// <summary>Best match first.</summary>
    Relevance,
    /// <summary>Newest first; undated last.</summary>
    Date,
}

/// <summary>A validated search: what to look for, which page, which facets. Build one with <see cref="SearchRequestParser"/>.</summary>
public sealed record SearchRequest
{
    /// <summary>Query text; empty lists everything.</summary>
    public string Query { get; init; } = "";

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Hits per page.</summary>
    public int Size { get; init; } = 10;

    /// <summary>Order of hits; <c>null</c> means relevance for a query and newest first for an empty query.</summary>
    public SortOrder? Sort { get; init; }

    /// <summary>Selected facet values and date range.</summary>
    public FacetSelection Selection { get; init; } = FacetSelection.None;

    /// <summary>Dimensions to count.</summary>
    public IReadOnlyList<FacetRequest> Facets { get; init; } = SearchLimits.DefaultFacets;

    /// <summary>Snippet passages per hit.</summary>
    public int Passages { get; init; } = 2;

    /// <summary>Longest snippet passage in characters; <c>null</c> uses the server's default.</summary>
    public int? PassageLength { get; init; }

    /// <summary>Only documents of these articles (an article and its claims); <c>null</c> for all.</summary>
    public IReadOnlyCollection<string>? WithinArticles { get; init; }
}

/// <summary>The bounds requests are checked against.</summary>
public static class SearchLimits
{
    /// <summary>Longest query text accepted, in characters (<see cref="CharactersIn"/>).</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>
    /// The characters of a text as Unicode counts them: one outside the Basic Multilingual Plane (most emoji, rarer CJK)
    /// is one, where .NET's length counts its two UTF-16 halves. A flag or a joined emoji is several characters.
    /// </summary>
    public static int CharactersIn(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }

    /// <summary>Largest page size.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Deepest result reachable by paging (page × size), as Elasticsearch's max_result_window.</summary>
    public const int MaxResultWindow = 10_000;

    /// <summary>Most values selectable in one dimension.</summary>
    public const int MaxValuesPerDimension = 50;

    /// <summary>Most values returned per facet level.</summary>
    public const int MaxFacetTop = 100;

    /// <summary>Default number of values returned per facet level.</summary>
    public const int DefaultFacetTop = 10;

    /// <summary>Most snippet passages per hit.</summary>
    public const int MaxPassages = 10;

    /// <summary>Shortest passage length a request may ask for.</summary>
    public const int MinPassageLength = 40;

    /// <summary>Longest passage length a request may ask for.</summary>
    public const int MaxPassageLength = 1000;

    /// <summary>Most error messages reported per parameter, and most unknown parameters reported, in one reply.</summary>
    public const int MaxMessagesPerParameter = 10;

    /// <summary>Dimensions counted when a request names none.</summary>
    public static IReadOnlyList<FacetRequest> DefaultFacets { get; } =
        [new(IndexSchema.Outlet, DefaultFacetTop), new(IndexSchema.Original, DefaultFacetTop), new(IndexSchema.Date, DefaultFacetTop), new(IndexSchema.Entity, DefaultFacetTop)];
}
