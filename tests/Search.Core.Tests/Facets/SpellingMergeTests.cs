using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Facets;

/// <summary>One name spelled or typed differently by different articles is one facet value, counted and filtered as one.</summary>
public sealed class SpellingMergeTests : IDisposable
{
    private readonly TestSearch _search = TestSearch.FromRecords(
    [
        TestRecords.Article("a", "Tesla report.") with { Outlet = "WION", Entities = ["other/Tesla", "other/PORTO ALEGRE"] },
        TestRecords.Article("b", "Tesla again.") with { Outlet = "Wion", Entities = ["org/Tesla", "other/Porto Alegre"] },
        TestRecords.Article("c", "Tesla once more.") with { Entities = ["person/Marcia Goncalves"] },
        TestRecords.Article("d", "Tesla in Portuguese.") with { Entities = ["person/Márcia Gonçalves"] },
        TestRecords.Article("e", "Tesla and the health body.") with { Entities = ["other/NICE", "other/CANOAS"] },
        TestRecords.Article("f", "Tesla in France.") with { Entities = ["other/Nice", "other/Canoas"] },
        TestRecords.Article("c-c01", "Tesla sales fell.") with { Kind = RecordKinds.Claim, ArticleId = "c", Claimant = "Marcia Goncalves" },
        TestRecords.Article("d-c01", "Tesla sales rose.") with { Kind = RecordKinds.Claim, ArticleId = "d", Claimant = "Márcia Gonçalves" },
    ]);

    public void Dispose() => _search.Dispose();

    private SearchResults Search(string dimension, string? value = null, string kind = RecordKinds.Article) =>
        _search.Search("tesla", p => p with
        {
            Facets = [dimension],
            Filters = value is null
                ? new Dictionary<string, IReadOnlyList<string>> { ["type"] = [kind] }
                : new Dictionary<string, IReadOnlyList<string>> { ["type"] = [kind], [dimension] = [value] },
        });

    private static Dictionary<string, int> Counts(SearchResults results, string dimension) =>
        results.Facets.Single(f => f.Dimension == dimension).Values.ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void An_untyped_name_counts_under_the_type_other_articles_give_it_and_in_their_preferred_spelling()
    {
        var counts = Counts(Search("entity"), "entity");

        Assert.Equal(new Dictionary<string, int>
        {
            ["org/Tesla"] = 2,
            ["other/Porto Alegre"] = 2,
            ["person/Márcia Gonçalves"] = 2,
            ["other/Canoas"] = 2,
            // Four capitals or fewer are an acronym: the health body is not the city.
            ["other/NICE"] = 1,
            ["other/Nice"] = 1,
        }, counts);
    }

    [Theory]
    [InlineData("other/Tesla", "org/Tesla")]
    [InlineData("OTHER/tesla", "org/Tesla")]
    [InlineData("person/Marcia Goncalves", "person/Márcia Gonçalves")]
    public void Any_spelling_selects_every_article_of_the_name(string value, string applied)
    {
        var results = Search("entity", value);

        Assert.Equal(2, results.Total);
        Assert.Equal([applied], results.Selection.Dimensions.Single(d => d.Dimension == IndexSchema.Entity).Resolutions!.Single().Values);
        Assert.True(results.Facets.Single().Values.Single(v => v.Value == applied).Selected);
    }

    [Fact]
    public void A_claimant_spelled_with_and_without_accents_is_one_claimant()
    {
        Assert.Equal(new Dictionary<string, int> { ["Márcia Gonçalves"] = 2 }, Counts(Search("claimant", kind: RecordKinds.Claim), "claimant"));
    }

    [Fact]
    public void Outlets_are_not_merged_as_an_outlet_may_be_written_in_capitals()
    {
        Assert.Equal(new Dictionary<string, int> { ["WION"] = 1, ["Wion"] = 1 }, Counts(Search("outlet"), "outlet"));
    }
}
