using System.Text.Json;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

/// <summary>An app whose seeds add an article longer than the part highlighting reads, with a word only past that part.</summary>
public sealed class LongArticleApplication : BrowserApplication
{
    protected override IReadOnlyDictionary<string, string> ExtraArticles { get; } = new Dictionary<string, string>
    {
        ["long.json"] = JsonSerializer.Serialize(new
        {
            title = "Harbour log",
            outlet = "Harbour Courier",
            published = "2025-03-01",
            body = string.Concat(Enumerable.Repeat("The tide came in and went out again. ", 30_000)) + "Then a zanzibar ship docked.",
        }),
    };
}

public sealed class LongArticleTests(LongArticleApplication app) : IClassFixture<LongArticleApplication>
{
    [BrowserFact]
    public async Task A_match_past_the_highlighted_part_is_explained_in_the_results_and_the_article()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=zanzibar");

        var hit = page.Locator("#hits > li.hit").First;
        await Assertions.Expect(hit.Locator(".truncated-note")).ToBeVisibleAsync();
        await hit.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-meta .truncated-note")).ToBeVisibleAsync();
    }
}
