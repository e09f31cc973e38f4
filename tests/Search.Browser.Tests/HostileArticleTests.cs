using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

/// <summary>An app whose seeds include an article made of markup that would run script if it were ever parsed as HTML.</summary>
public sealed class HostileSeedsApplication : BrowserApplication
{
    public const string Payload = "<img src=x onerror=alert(1)>";

    protected override IReadOnlyDictionary<string, string> ExtraArticles { get; } = new Dictionary<string, string>
    {
        ["hostile.txt"] = $"Quarantine notice {Payload} was posted in Kursk. <script>alert(2)</script> Another quarantine line follows.",
    };
}

public sealed class HostileArticleTests(HostileSeedsApplication app) : IClassFixture<HostileSeedsApplication>
{
    [BrowserFact]
    public async Task Markup_in_an_article_shows_as_text_and_never_runs()
    {
        var page = await app.NewPage();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await page.GotoAsync("./?q=quarantine");
        var snippet = page.Locator("#hits .snippet").First;
        await Assertions.Expect(snippet).ToContainTextAsync(HostileSeedsApplication.Payload);
        Assert.Equal(0, await page.Locator("#hits img, #hits script").CountAsync());

        await page.Locator("#hits h2 a").First.ClickAsync();
        var body = page.Locator("#article-body");
        await Assertions.Expect(body).ToContainTextAsync(HostileSeedsApplication.Payload);
        await Assertions.Expect(body).ToContainTextAsync("<script>alert(2)</script>");
        Assert.Equal(0, await page.Locator("main img, main script").CountAsync());
        Assert.Equal(["mark"], (await body.Locator("*").EvaluateAllAsync<string[]>("elements => elements.map(e => e.tagName.toLowerCase())")).Distinct());

        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, dialogs);
    }
}
