using Search.Core.Indexing;

namespace Search.Core.Facets;

/// <summary>A dimension to count, and how many of its top values to return.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Top">How many values to return (per level, for hierarchies).</param>
public sealed record FacetRequest(FacetDimension Dimension, int Top);
