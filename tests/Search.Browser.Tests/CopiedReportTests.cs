using System.Text.Json;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

/// <summary>An app whose seeds add a report and a near copy of it under another outlet's name.</summary>
public sealed class CopiedReportApplication : BrowserApplication
{
    private const string Report = "Heavy rain flooded the valley overnight and the river burst its banks near the old mill. "
        + "The regional governor said 14 people had been killed in the floods, and rescue teams were still searching the villages downstream.";

    protected override IReadOnlyDictionary<string, string> ExtraArticles { get; } = new Dictionary<string, string>
    {
        ["flood-original.json"] = JsonSerializer.Serialize(new { title = "Floods in the valley", outlet = "Valley Herald", published = "2025-03-01", body = Report }),
        ["flood-copy.json"] = JsonSerializer.Serialize(new { title = "Valley floods", outlet = "Daily Echo", published = "2025-03-02", body = Report }),
        ["flood-reprint.json"] = JsonSerializer.Serialize(new { title = "Floods in the valley", outlet = "Hill Times", published = "2025-03-03", body = Report }),
    };
}

public sealed class CopiedReportTests(CopiedReportApplication app) : IClassFixture<CopiedReportApplication>
{
    [BrowserFact]
    public async Task A_copy_in_the_comparison_names_the_outlet_it_copies()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=floods&view=claims");

        var copy = page.Locator(".group tr", new() { HasText = "Daily Echo" });
        await Assertions.Expect(copy).ToContainTextAsync("(copy of Valley Herald)");
    }

    [BrowserFact]
    public async Task A_copy_s_page_names_and_links_the_earlier_report_and_that_page_lists_the_later_one()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?article=flood-copy"); // the id is the file's name

        var note = page.Locator("#same-report");
        await Assertions.Expect(note).ToContainTextAsync("The same report was published earlier by Valley Herald on 1 Mar 2025");
        await note.GetByRole(AriaRole.Link, new() { Name = "Floods in the valley" }).ClickAsync();

        await Assertions.Expect(page.Locator("#article-title")).ToHaveTextAsync("Floods in the valley");
        await Assertions.Expect(page.Locator("#same-report")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#similar-list li", new() { HasText = "Daily Echo" })).ToContainTextAsync("the same report, published later");
    }

    [BrowserFact]
    public async Task A_result_repeating_a_report_above_it_says_whose_report_it_is()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=%22Floods%20in%20the%20valley%22");

        var results = page.Locator("#hits li.hit");
        await Assertions.Expect(results).ToHaveCountAsync(2);
        await Assertions.Expect(results.Nth(0).Locator(".same-report-tag")).ToHaveCountAsync(0);
        var repeated = results.Nth(0).Locator(".meta").First;
        var outlet = (await repeated.TextContentAsync())!.Split(" · ")[0];
        await Assertions.Expect(results.Nth(1).Locator(".same-report-tag")).ToHaveTextAsync($"The same report as {outlet} above");
    }
}
