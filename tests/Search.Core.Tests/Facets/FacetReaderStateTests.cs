using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Facets;

public sealed class FacetReaderStateTests
{
    private static readonly IndexRecord[] Records =
    [
        TestRecords.Article("a", "Kursk report.") with { Outlet = "Reuters", Entities = ["place/Kursk", "country/Russia"] },
        TestRecords.Article("b", "Kyiv report.") with { Outlet = "BBC", Entities = ["place/Kyiv"] },
        TestRecords.Article("c", "Another report.") with { Outlet = null, Entities = [] },
    ];

    [Fact]
    public void Prepared_dimensions_are_built_together_and_hold_what_building_on_demand_holds()
    {
        using var search = TestSearch.FromRecords(Records);
        using var lease = search.Index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var prepared = new FacetReaderState(reader);

        prepared.Prepare([IndexSchema.Outlet, IndexSchema.Entity, IndexSchema.Date, IndexSchema.Outlet]);

        Assert.True(prepared.IsBuilt(IndexSchema.Outlet));
        Assert.True(prepared.IsBuilt(IndexSchema.Entity));
        Assert.True(prepared.IsBuilt(IndexSchema.Date));
        Assert.False(prepared.IsBuilt(IndexSchema.Claimant));
        var onDemand = new FacetReaderState(reader);
        foreach (var dimension in new[] { IndexSchema.Outlet, IndexSchema.Entity, IndexSchema.Date })
        {
            var expected = onDemand.For(dimension);
            var actual = prepared.For(dimension);
            Assert.Equal(Labels(expected), Labels(actual));
        }
    }

    [Fact]
    public void One_value_per_document_is_kept_in_the_single_valued_form_and_several_in_runs()
    {
        using var search = TestSearch.FromRecords(Records);
        using var lease = search.Index.Acquire();
        var state = new FacetReaderState(lease.Searcher.IndexReader);

        var outlets = state.For(IndexSchema.Outlet).Segment(0);
        var entities = state.For(IndexSchema.Entity).Segment(0);

        Assert.True(outlets.IsSingleValued);
        Assert.False(outlets.EveryDocumentHasOne);
        Assert.Equal(-1, outlets.Single[2]);
        Assert.False(entities.IsSingleValued);
        Assert.Equal([0, 2, 3, 3], entities.Starts);
        Assert.Equal(3, entities.Ords.Length);
    }

    [Fact]
    public void Warming_builds_the_facet_state_the_default_search_counts()
    {
        using var search = TestSearch.FromRecords(Records);

        search.Pipeline.Warm();

        using var lease = search.Index.Acquire();
        var state = FacetReaderState.Of(lease);
        Assert.All(SearchLimits.DefaultFacets, facet => Assert.True(state.IsBuilt(facet.Dimension), facet.Dimension.Name));
    }

    [Fact]
    public void Warming_before_any_index_exists_does_nothing()
    {
        using var directory = new TempDirectory("no-index");
        using var index = new SearchIndex(new IndexLayout(directory.Combine("index")));
        var pipeline = new SearchPipeline(index, new QueryBuilder(new NewsAnalyzer()), new Search.Core.Highlighting.Highlighter(new()));

        pipeline.Warm();

        Assert.Null(index.Metadata);
    }

    private static List<string> Labels(DimensionOrdinals ordinals) =>
        Enumerable.Range(0, ordinals.ValueCount).Select(ordinals.Label).ToList();
}
