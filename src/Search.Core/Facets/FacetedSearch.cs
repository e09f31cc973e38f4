using Lucene.Net.Search;

namespace Search.Core.Facets;

/// <summary>The hits count and facet counts of one faceted search.</summary>
/// <param name="TotalHits">Documents matching the query and every selection.</param>
/// <param name="Facets">Counts per requested dimension, in request order.</param>
/// <param name="Histogram">The date histogram, when the date dimension was counted.</param>
/// <param name="TimedOut">Whether the time budget ran out, so hits and counts cover only part of the index.</param>
/// <param name="Selection">The selection as applied, in the index's values (see <see cref="DimensionSelection.Resolutions"/>).</param>
internal sealed record FacetedOutcome(int TotalHits, IReadOnlyList<FacetResult> Facets, DateHistogram? Histogram, bool TimedOut, FacetSelection Selection);

/// <summary>Runs a query once, collecting hits under the selection and drill-sideways facet counts.</summary>
internal static class FacetedSearch
{
    public static FacetedOutcome Run(IndexSearcher searcher, FacetReaderState state, Query query, FacetSelection selection,
        IReadOnlyList<FacetRequest> requests, ICollector hits, TimeSpan? budget = null)
    {
        state.Prepare(requests.Select(r => r.Dimension).Concat(selection.ConstrainedDimensions));
        selection = Resolve(selection, state);
        var counters = requests.Select(r => new DimensionCounter(state.For(r.Dimension))).ToArray();
        try
        {
            var filters = selection.ConstrainedDimensions
                .Select(dimension => new SelectionFilter(
                    state.For(dimension),
                    selection.ValuesOf(dimension),
                    dimension == Indexing.IndexSchema.Date ? selection.Range : null,
                    Array.FindIndex(counters, c => c.Ordinals.Dimension == dimension)))
                .ToArray();
            var collector = new FacetingCollector(hits, counters, filters);
            var timedOut = false;
            try
            {
                searcher.Search(query, budget is { } limit ? new Querying.DeadlineCollector(collector, limit) : collector);
            }
            catch (Querying.SearchTimeoutException)
            {
                timedOut = true;
            }
            var facets = requests
                .Select((request, i) => FacetResultBuilder.Build(counters[i], request, selection.ValuesOf(request.Dimension)))
                .ToList();
            var dateCounter = counters.FirstOrDefault(c => c.Ordinals.Dimension == Indexing.IndexSchema.Date);
            var histogram = dateCounter is null ? null : DateHistogramBuilder.Build(dateCounter);
            return new FacetedOutcome(collector.TotalHits, facets, histogram, timedOut, selection);
        }
        finally
        {
            foreach (var counter in counters)
            {
                counter.Dispose();
            }
        }
    }

    /// <summary>
    /// Puts each selected value in the index's own spelling. A value no document has is kept as given, so that it still
    /// matches nothing: dropping it would lift the dimension's constraint.
    /// </summary>
    private static FacetSelection Resolve(FacetSelection selection, FacetReaderState state)
    {
        var dimensions = selection.Dimensions.Select(d =>
        {
            var ordinals = state.For(d.Dimension);
            var resolutions = d.Values
                .Select(value => new ValueResolution(value, string.Equals(value, d.Dimension.MissingLabel, StringComparison.OrdinalIgnoreCase) ? [value]
                    : ordinals.Resolve(value) is { Count: > 0 } found ? found : ByNameAlone(d.Dimension, ordinals, value)))
                .ToList();
            var values = resolutions.SelectMany(r => r.Values.Count > 0 ? r.Values : [r.Requested]).Distinct(StringComparer.Ordinal).ToList();
            return d with { Values = values, Resolutions = resolutions };
        }).ToList();
        return selection with { Dimensions = dimensions };
    }

    /// <summary>
    /// "entity=Wilfredo Chávez Mendoza": an entity named without its type ("person/") is every entity of a built-in type
    /// with that name, rather than none.
    /// </summary>
    private static IReadOnlyList<string> ByNameAlone(Indexing.FacetDimension dimension, DimensionOrdinals ordinals, string value) =>
        dimension.Name == Indexing.IndexSchema.Entity.Name && !value.Contains('/', StringComparison.Ordinal)
            ? Ingestion.EntityLabel.BuiltInTypes.SelectMany(type => ordinals.Resolve(type + "/" + value)).Distinct(StringComparer.Ordinal).ToList()
            : [];
}
