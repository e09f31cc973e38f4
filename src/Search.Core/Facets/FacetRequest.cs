using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>A dimension to count, and how many of its top values to return.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Top">How many values to return (per level, for hierarchies).</param>
/// <param name="Prefix">
/// When set, return a flat list of the values that start with it (ignoring case), or whose name (after a
/// <c>type/</c>) or any word of it does: the search behind "show more" and type-ahead over many values.
/// </param>
/// <param name="Within">When set, only values starting with it exactly (e.g. "person/" for people among entities).</param>
/// <param name="Depth">
/// For hierarchies, how many levels to list under every value (years and their months, by default); deeper levels are
/// listed only beneath selected values and their ancestors — the path the reader has drilled into — as a facet
/// navigator discloses them. Listing every day of every month would multiply the work and the response for nothing.
/// </param>
public sealed record FacetRequest(FacetDimension Dimension, int Top, string? Prefix = null, string? Within = null, int Depth = FacetRequest.DefaultDepth)
{
    /// <summary>Levels of a hierarchy listed whatever the selection.</summary>
    public const int DefaultDepth = 2;

    /// <summary>Whether the request asks for a filtered, flat list of values.</summary>
    public bool IsSearch => Prefix is not null || Within is not null;
}
