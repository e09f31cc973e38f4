using Search.Core.Highlighting;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public sealed class SeedSmokeTests : IDisposable
{
    private readonly TestSearch _search = TestSearch.FromSeeds();

    [Fact]
    public void Kursk_finds_all_five_seed_articles()
    {
        var results = _search.Search("Kursk");
        Assert.Equal(5, results.Total);
        Assert.Equal(Seeds.AllIds.Order(), results.Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Kursk_casualties_marks_casualties_in_a_snippet()
    {
        var results = _search.Search("Kursk casualties");
        var hit = Assert.Single(results.Hits, h => h.Id == Seeds.AmericanMilitaryNews);
        Assert.Contains(hit.Snippets, s => HtmlMarkup.Render(s).Contains("<mark>casualties</mark>", StringComparison.Ordinal));
    }

    public void Dispose() => _search.Dispose();
}
