using System.Text.Json;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

/// <summary>An app whose seeds add one short article from each of more outlets than the service lists at once.</summary>
public sealed class ManyOutletsApplication : BrowserApplication
{
    public const int Outlets = 105;

    protected override IReadOnlyDictionary<string, string> ExtraArticles { get; } = Enumerable.Range(0, Outlets).ToDictionary(
        i => $"harbour-{i:000}.json",
        i => JsonSerializer.Serialize(new
        {
            title = $"Harbour note {i}",
            outlet = $"Harbour Courier {i:000}",
            published = "2025-03-01",
            body = $"The harbour of town number {i} reopened after the storm, the harbour master said.",
        })).Append(KeyValuePair.Create("harbour-1980.json", JsonSerializer.Serialize(new
        {
            title = "Harbour note from 1980",
            outlet = "Harbour Courier 000",
            published = "1980-01-01",
            body = "The harbour of the first town reopened after the storm of 1980, the harbour master said.",
        }))).Append(KeyValuePair.Create("harbour-2024.json", JsonSerializer.Serialize(new
        {
            title = "Harbour note from 2024",
            outlet = "Harbour Courier 001",
            published = "2024-06-01",
            body = "The harbour of the second town reopened after the storm of June, the harbour master said.",
        }))).ToDictionary();
}

public sealed class ManyOutletsTests(ManyOutletsApplication app) : IClassFixture<ManyOutletsApplication>
{
    [BrowserFact]
    public async Task Showing_more_outlets_than_the_service_lists_says_how_many_are_left_to_find()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=harbour");
        var outlets = page.Locator("section.facet", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Outlet", Exact = true }) });

        await outlets.GetByRole(AriaRole.Button, new() { Name = $"Show the top 100 of {ManyOutletsApplication.Outlets}" }).ClickAsync();

        await Assertions.Expect(outlets.Locator("input[type=checkbox]")).ToHaveCountAsync(100);
        await Assertions.Expect(outlets.Locator("li.more-note")).ToHaveTextAsync(
            $"…and {ManyOutletsApplication.Outlets - 100} more: find them with the box above.");
    }

    [BrowserFact]
    public async Task A_date_histogram_too_long_to_draw_says_how_many_results_come_before_its_first_bar()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=harbour");

        // 1980-01 to 2025-03 is 543 months; the latest 400 are drawn, from 1991-12.
        await Assertions.Expect(page.Locator(".histogram-caption span").First).ToHaveTextAsync("1 earlier result · 1991-12");
        await Assertions.Expect(page.Locator(".histogram button")).ToHaveCountAsync(400);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "2024-06: 1 result", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "2025-03: 105 results", Exact = true })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task Turning_the_page_leaves_the_keyboard_on_the_new_page_s_result_count()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=harbour");

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();

        await Assertions.Expect(page.Locator("#pager")).ToContainTextAsync("Page 2 of");
        await Assertions.Expect(page.Locator("#result-count")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("body")).Not.ToBeFocusedAsync();
    }
}
