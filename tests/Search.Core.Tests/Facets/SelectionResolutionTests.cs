using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Facets;

/// <summary>Filter values typed in another case than the index holds, and values no document has.</summary>
public sealed class SelectionResolutionTests : IDisposable
{
    private readonly TestSearch _search = TestSearch.FromRecords(
    [
        TestRecords.Article("a", "Kursk report.") with { Outlet = "WION", Entities = ["place/Kursk"] },
        TestRecords.Article("b", "Kursk again.") with { Outlet = "Wion", Entities = ["place/Kyiv"] },
        TestRecords.Article("c", "Kursk once more.") with { Outlet = "BBC", Entities = ["person/Volodymyr Zelensky"] },
        TestRecords.Article("d", "Kursk in Portuguese.") with { Outlet = "Público", Entities = ["person/Márcia Gonçalves", "person/Łukasz Pawłowski"] },
    ]);

    public void Dispose() => _search.Dispose();

    private SearchResults Filtered(string dimension, params string[] values) =>
        _search.Search("kursk", p => p with { Filters = new Dictionary<string, IReadOnlyList<string>> { [dimension] = values } });

    private static IReadOnlyList<ValueResolution> Resolutions(SearchResults results, FacetDimension dimension) =>
        results.Selection.Dimensions.Single(d => d.Dimension == dimension).Resolutions!;

    [Fact]
    public void A_value_in_another_case_selects_the_index_spelling_and_its_count_is_marked_selected()
    {
        var results = Filtered("entity", "PLACE/kursk");

        Assert.Equal(["a"], results.Hits.Select(h => h.Id));
        Assert.Equal(["place/Kursk"], Resolutions(results, IndexSchema.Entity).Single().Values);
        var entities = results.Facets.Single(f => f.Dimension == "entity").Values;
        Assert.True(entities.Single(v => v.Value == "place/Kursk").Selected);
    }

    [Fact]
    public void An_exact_value_selects_only_itself_even_when_another_case_exists()
    {
        var results = Filtered("outlet", "Wion");

        Assert.Equal(["b"], results.Hits.Select(h => h.Id));
        Assert.Equal(["Wion"], Resolutions(results, IndexSchema.Outlet).Single().Values);
    }

    [Fact]
    public void A_value_matching_several_spellings_ignoring_case_selects_them_all()
    {
        var results = Filtered("outlet", "wion");

        Assert.Equal(["a", "b"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal(["WION", "Wion"], Resolutions(results, IndexSchema.Outlet).Single().Values);
    }

    [Fact]
    public void A_value_no_document_has_matches_nothing_and_is_reported_as_selecting_nothing()
    {
        var results = Filtered("outlet", "Reuters");

        Assert.Equal(0, results.Total);
        var resolution = Resolutions(results, IndexSchema.Outlet).Single();
        Assert.Equal("Reuters", resolution.Requested);
        Assert.Empty(resolution.Values);
    }

    [Fact]
    public void An_unknown_value_beside_a_known_one_leaves_the_known_one_in_force()
    {
        var results = Filtered("outlet", "reuters", "bbc");

        Assert.Equal(["c"], results.Hits.Select(h => h.Id));
        Assert.Equal([0, 1], Resolutions(results, IndexSchema.Outlet).Select(r => r.Values.Count));
    }

    [Fact]
    public void Values_in_another_case_are_found_and_a_prefix_is_not()
    {
        using var lease = _search.Index.Acquire();
        var ordinals = new FacetReaderState(lease.Searcher.IndexReader).For(IndexSchema.Entity);

        Assert.Equal(["place/Kyiv"], ordinals.Resolve("place/KYIV"));
        Assert.Equal(["person/Volodymyr Zelensky"], ordinals.Resolve("person/volodymyr zelensky"));
        Assert.Equal(["place/Kursk"], ordinals.Resolve("place/kursk"));
        Assert.Empty(ordinals.Resolve("place/Kurs"));
    }

    [Fact]
    public void Values_whose_hashes_collide_are_told_apart_by_their_text()
    {
        using var lease = _search.Index.Acquire();
        var ordinals = new DimensionOrdinals(IndexSchema.Entity, lease.Searcher.IndexReader, caselessHash: _ => 42);

        Assert.Equal(["place/Kyiv"], ordinals.Resolve("PLACE/kyiv"));
        Assert.Equal(["person/Volodymyr Zelensky"], ordinals.Resolve("person/VOLODYMYR zelensky"));
        Assert.Empty(ordinals.Resolve("place/Odesa"));
    }

    [Theory]
    [InlineData("entity", "person/Marcia Goncalves", "person/Márcia Gonçalves")]
    [InlineData("entity", "PERSON/lukasz pawlowski", "person/Łukasz Pawłowski")]
    [InlineData("outlet", "publico", "Público")]
    public void A_value_typed_without_its_accents_selects_the_index_spelling_as_search_would(string dimension, string typed, string value)
    {
        var results = Filtered(dimension, typed);

        Assert.Equal(["d"], results.Hits.Select(h => h.Id));
        Assert.Equal([value], Resolutions(results, IndexSchema.Dimensions.Single(d => d.Name == dimension)).Single().Values);
    }

    [Theory]
    [InlineData("pawl")]
    [InlineData("goncal")]
    [InlineData("MÁRC")]
    [InlineData("łuk")]
    public void Type_ahead_matches_names_with_or_without_their_accents(string prefix)
    {
        var request = SearchRequestParser.TryParse(new SearchParameters { Query = "kursk" }, out _)!;

        var values = _search.Pipeline.FacetValues(request, IndexSchema.Entity, prefix, 10).Values.Select(v => v.Value);

        Assert.Single(values);
    }
}
