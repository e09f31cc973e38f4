using Lucene.Net.Search;

namespace Search.Core.Facets;

/// <summary>The hits count and facet counts of one faceted search.</summary>
/// <param name="TotalHits">Documents matching the query and every selection.</param>
/// <param name="Facets">Counts per requested dimension, in request order.</param>
/// <param name="Histogram">The date histogram, when the date dimension was counted.</param>
/// <param name="TimedOut">Whether the time budget ran out, so hits and counts cover only part of the index.</param>
internal sealed record FacetedOutcome(int TotalHits, IReadOnlyList<FacetResult> Facets, DateHistogram? Histogram, bool TimedOut);

/// <summary>Runs a query once, collecting hits under the selection and drill-sideways facet counts.</summary>
internal static class FacetedSearch
{
    public static FacetedOutcome Run(IndexSearcher searcher, FacetReaderState state, Query query, FacetSelection selection,
        IReadOnlyList<FacetRequest> requests, ICollector hits, TimeSpan? budget = null)
    {
        state.Prepare(requests.Select(r => r.Dimension).Concat(selection.ConstrainedDimensions));
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
            return new FacetedOutcome(collector.TotalHits, facets, histogram, timedOut);
        }
        finally
        {
            foreach (var counter in counters)
            {
                counter.Dispose();
            }
        }
    }
}
