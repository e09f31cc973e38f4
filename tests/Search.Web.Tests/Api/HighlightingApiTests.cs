using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class HighlightingApiTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    private static IEnumerable<string> MarkedTexts(System.Text.Json.Nodes.JsonNode marked) =>
        marked["matches"].Items().Select(m => marked["text"].Str().Substring(m["start"].Int(), m["length"].Int()));

    [Fact]
    public async Task Kursk_casualties_marks_casualties_in_the_first_snippet_of_the_reprint()
    {
        var results = await _client.GetJson("/api/search?q=Kursk%20casualties");

        var reprint = results["hits"].Items().Single(h => h["id"].Str() == SeedFacts.AmericanMilitaryNews);
        Assert.Contains("<mark>casualties</mark>", reprint["snippets"].Items().First()["html"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_phrase_query_marks_the_phrase_as_one_unit()
    {
        var results = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("\"North Korean soldier\""));

        var marks = results["hits"].Items()
            .SelectMany(h => h["snippets"].Items().Append(h["title"]!))
            .SelectMany(MarkedTexts)
            .ToList();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Matches("^North Korean soldiers?$", m));
    }

    [Fact]
    public async Task Zelensky_NOT_Putin_never_marks_Putin()
    {
        var results = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("Zelensky NOT Putin"));

        Assert.NotEmpty(results["hits"].Items());
        foreach (var hit in results["hits"].Items())
        {
            Assert.DoesNotContain("<mark>Putin", hit["snippet"]!["html"].Str(), StringComparison.Ordinal);
            Assert.DoesNotContain("<mark>Putin", hit["title"]!["html"].Str(), StringComparison.Ordinal);
            var article = await _client.GetJson($"/api/articles/{hit["id"].Str()}?q=" + Uri.EscapeDataString("Zelensky NOT Putin"));
            Assert.DoesNotContain(">Putin</mark>", article["body"]!["html"].Str(), StringComparison.Ordinal);
            Assert.DoesNotContain(MarkedTexts(article["body"]!), m => m.Equals("Putin", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Plain_passages_come_with_match_offsets_for_clients_that_mark_themselves()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");

        foreach (var snippet in results["hits"].Items().SelectMany(h => h["snippets"].Items()))
        {
            Assert.All(MarkedTexts(snippet), m => Assert.Equal("kursk", m.ToLowerInvariant()));
        }
    }
}
