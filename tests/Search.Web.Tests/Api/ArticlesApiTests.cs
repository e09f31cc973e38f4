using System.Net;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class ArticlesApiTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task An_article_carries_its_metadata_and_where_each_value_came_from()
    {
        var article = await _client.GetJson("/api/articles/" + SeedFacts.AmericanMilitaryNews);

        Assert.Equal("American Military News", article["outlet"].Str());
        Assert.Equal("Radio Free Asia", article["originalOutlet"].Str());
        Assert.Equal("manifest", article["provenance"]!["outlet"].Str());
        Assert.Equal("derived", article["provenance"]!["title"].Str());
        Assert.Contains(article["provenance"]!["evidence"].Items(), e => e["kind"].Str() == "originalSignature");
        Assert.DoesNotContain("originally published by", article["body"]!["text"].Str(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(64, article["hash"].Str().Length);
    }

    [Fact]
    public async Task With_a_query_every_match_is_marked_and_numbered()
    {
        var article = await _client.GetJson("/api/articles/" + SeedFacts.AmericanMilitaryNews + "?q=Kursk");

        var html = article["body"]!["html"].Str();
        var count = article["matchCount"].Int();
        var occurrences = System.Text.RegularExpressions.Regex.Count(article["body"]!["text"].Str(), "Kursk");
        Assert.True(occurrences > 1);
        Assert.Equal(occurrences, count);
        for (var i = 0; i < count; i++)
        {
            Assert.Contains($"<mark data-match=\"{i}\">Kursk</mark>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_article_lists_its_claims_in_the_order_of_its_body_with_their_words_and_figures()
    {
        var article = await _client.GetJson("/api/articles/" + SeedFacts.AmericanMilitaryNews);
        var allClaims = await _client.GetJson("/api/search?type=claim&size=100&facets=");

        var body = article["body"]!["text"].Str();
        var claims = article["claims"].Items().ToList();
        Assert.Equal(
            allClaims["hits"].Items().Where(h => h["articleId"].Str() == SeedFacts.AmericanMilitaryNews).Select(h => h["id"].Str()).Order(),
            claims.Select(c => c["id"].Str()).Order());
        Assert.NotEmpty(claims);
        var starts = claims.Select(c => c["claim"]!["start"].Int()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(claims, c => Assert.Equal(body[c["claim"]!["start"].Int()..c["claim"]!["end"].Int()], c["text"].Str()));
        Assert.Contains(claims, c => c["claim"]!["figures"].Items().Any(f => f["topic"].Str() == "casualties"));
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/articles/no-such-article");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var problem = await response.Problem();
        Assert.Contains("no-such-article", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claims_id_is_no_article_and_its_search_hit_names_the_article_it_came_from()
    {
        var claims = await _client.GetJson("/api/search?type=claim&size=1&facets=");
        var claim = claims["hits"].Items().First();

        using var asArticle = await _client.GetAsync("/api/articles/" + claim["id"].Str());
        using var itsArticle = await _client.GetAsync("/api/articles/" + claim["articleId"].Str());

        Assert.NotEqual(claim["id"].Str(), claim["articleId"].Str());
        Assert.Equal(HttpStatusCode.NotFound, asArticle.StatusCode);
        Assert.Equal(HttpStatusCode.OK, itsArticle.StatusCode);
    }

    [Fact]
    public async Task An_oversized_id_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/articles/" + new string('x', 300));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
