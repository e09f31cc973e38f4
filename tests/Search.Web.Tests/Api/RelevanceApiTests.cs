using System.Net;
using Search.Core.Tests.Support;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class RelevanceApiTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    /// <summary>The documented bound on one request: the 2 s collection budget plus building and highlighting.</summary>
    private const double BoundMs = 5000;

    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Every_hostile_query_is_answered_with_200_or_400_within_the_bound()
    {
        var failures = new List<string>();
        foreach (var text in HostileQueries.Strings)
        {
            var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(text));
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
            {
                failures.Add($"{(int)response.StatusCode} for {Printable(text)}: {body[..Math.Min(200, body.Length)]}");
            }
            else if (response.StatusCode == HttpStatusCode.OK && System.Text.Json.Nodes.JsonNode.Parse(body)!["tookMs"]!.GetValue<double>() > BoundMs)
            {
                failures.Add($"over {BoundMs} ms for {Printable(text)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_misspelt_query_carries_did_you_mean_with_the_corrected_query()
    {
        var results = await _client.GetJson("/api/search?q=Kursk%20casulaties");

        Assert.Equal("Kursk casualties", results["query"]!["didYouMean"].Str());
        Assert.Equal(["casulaties"], results["query"]!["correctedWords"].Items().Select(w => w.Str()));
        Assert.Equal(5, results["total"].Int());
        Assert.Equal(SeedFacts.AmericanMilitaryNews, results["hits"].Items().First()["id"].Str());
    }

    [Fact]
    public async Task An_outlet_named_in_the_words_is_offered_as_its_filter_with_the_rest_of_the_query()
    {
        var named = await _client.GetJson("/api/search?q=kursk%20moscow%20times");
        var suggestion = named["query"]!["suggestedFilter"]!;
        var filtered = await _client.GetJson($"/api/search?q={suggestion["q"].Str()}&{suggestion["parameter"].Str()}={Uri.EscapeDataString(suggestion["value"].Str())}");
        var selected = await _client.GetJson("/api/search?q=kursk%20moscow%20times&outlet=the%20moscow%20times");

        Assert.Equal(("outlet", "The Moscow Times", "kursk"), (suggestion["parameter"].Str(), suggestion["value"].Str(), suggestion["q"].Str()));
        Assert.Null(named["query"]!["didYouMean"]); // "times" is not corrected to an article word
        Assert.Equal([SeedFacts.MoscowTimes], filtered["hits"].Items().Select(h => h["id"].Str()));
        Assert.Null(selected["query"]!["suggestedFilter"]);
    }

    [Fact]
    public async Task The_synonyms_searched_are_reported()
    {
        var results = await _client.GetJson("/api/search?q=Kursk%20casualties");

        Assert.Contains(results["query"]!["expansions"].Items(), e => e.Str().StartsWith("casualties → killed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spelling_the_gazetteer_knows_suggests_the_entity_under_its_canonical_name()
    {
        var results = await _client.GetJson("/api/suggest?prefix=zelenskyy");

        var entity = results["suggestions"].Items().First(s => s["kind"].Str() == "entity");
        Assert.Equal(("Volodymyr Zelensky", "person/Volodymyr Zelensky"), (entity["text"].Str(), entity["value"].Str()));
    }

    [Fact]
    public async Task Suggestions_complete_titles()
    {
        var results = await _client.GetJson("/api/suggest?prefix=north%20korean%20sol");

        var suggestions = results["suggestions"].Items().ToList();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Contains("North Korean soldier", s["text"].Str(), StringComparison.Ordinal));
        Assert.All(suggestions, s => Assert.Equal("title", s["kind"].Str()));
        // Copies of one story share their title: each says whose it is.
        Assert.All(suggestions, s => Assert.Equal(SeedFacts.OutletById[s["value"].Str()], s["outlet"].Str()));
    }

    [Theory]
    [InlineData("/api/suggest?prefix=kursk&size=0")]
    [InlineData("/api/suggest?size=21")]
    public async Task Bad_suggest_requests_are_400s(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Similar_articles_are_other_articles_best_first()
    {
        var results = await _client.GetJson($"/api/articles/{SeedFacts.AmericanMilitaryNews}/similar?size=3");

        var ids = results["hits"].Items().Select(h => h["id"].Str()).ToList();
        Assert.InRange(ids.Count, 1, 3);
        Assert.DoesNotContain(SeedFacts.AmericanMilitaryNews, ids);
        var scores = results["hits"].Items().Select(h => h["score"]!.GetValue<float>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        // The seeds are five independent reports: none is another's copy.
        Assert.Empty(results["sameReport"]!.AsObject());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/nope/similar")).StatusCode);
    }

    private static string Printable(string text) =>
        string.Concat(text.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
