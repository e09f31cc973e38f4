using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public sealed class SeedRelevanceTests : IDisposable
{
    private readonly TestSearch _search = TestSearch.FromSeeds();

    private List<string> Ranking(string query) => _search.Search(query).Hits.Select(h => h.Id).ToList();

    [Fact]
    public void Kursk_casualties_returns_all_five_articles_with_the_one_about_casualties_first()
    {
        var ranking = Ranking("Kursk casualties");

        Assert.Equal(Seeds.AllIds.Order(), ranking.Order());
        Assert.Equal(Seeds.AmericanMilitaryNews, ranking[0]);
    }

    [Fact]
    public void Both_spellings_of_Zelensky_return_the_same_articles()
    {
        Assert.Equal(Ranking("Zelensky").Order(), Ranking("Zelenskyy").Order());
        Assert.Equal(5, Ranking("Zelenskyy").Count);
    }

    [Fact]
    public void Spy_agency_finds_the_articles_that_only_say_National_Intelligence_Service()
    {
        var ranking = Ranking("spy agency");

        foreach (var id in new[] { Seeds.BusinessInsider, Seeds.M10, Seeds.MoscowTimes })
        {
            Assert.Contains(id, ranking);
        }
    }

    [Fact]
    public void A_misspelt_query_gives_the_same_ranking_and_says_what_it_searched()
    {
        var typo = _search.Search("Kursk casulaties");

        Assert.Equal(Ranking("Kursk casualties"), typo.Hits.Select(h => h.Id));
        Assert.Equal("Kursk casualties", typo.Query.Corrected);
    }

    [Fact]
    public void Results_can_be_sorted_by_date_newest_first_with_undated_last()
    {
        var results = _search.Search("Kursk", p => p with { Sort = "date" });

        Assert.Equal(Seeds.M10, results.Hits[^1].Id);
        Assert.Equal(Seeds.AmericanMilitaryNews, results.Hits[^2].Id);
    }

    public void Dispose() => _search.Dispose();
}
