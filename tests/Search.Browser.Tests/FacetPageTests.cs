using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

public sealed class FacetPageTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    [BrowserFact]
    public async Task Parameters_named_like_object_builtins_get_the_services_error_instead_of_a_blank_page()
    {
        var page = await app.NewPage();

        foreach (var name in new[] { "__proto__", "constructor", "toString" })
        {
            await page.GotoAsync($"./?q=Kursk&{name}=x");

            await Assertions.Expect(page.Locator("#status [role=alert]")).ToContainTextAsync($"Unknown parameter '{name}'");
        }
    }

    [BrowserFact]
    public async Task Ticking_an_outlet_narrows_results_survives_a_reload_and_can_be_cleared()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        var count = page.Locator("#result-count");
        var outlets = page.Locator("section.facet", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Outlet", Exact = true }) });
        await Assertions.Expect(count).ToContainTextAsync("5 results");

        await outlets.GetByRole(AriaRole.Checkbox, new() { Name = "The Moscow Times" }).CheckAsync();

        await Assertions.Expect(count).ToContainTextAsync("1 result for");
        await Assertions.Expect(page.Locator("#chips .chip")).ToHaveTextAsync(new Regex("Outlet: The Moscow Times"));
        await Assertions.Expect(outlets.GetByRole(AriaRole.Checkbox)).ToHaveCountAsync(5);
        Assert.Contains("outlet=The+Moscow+Times", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();

        await Assertions.Expect(count).ToContainTextAsync("1 result for");
        await Assertions.Expect(outlets.GetByRole(AriaRole.Checkbox, new() { Name = "The Moscow Times" })).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#chips .chip")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear all" }).ClickAsync();

        await Assertions.Expect(count).ToContainTextAsync("5 results");
        await Assertions.Expect(page.Locator("#chips .chip")).ToHaveCountAsync(0);
        await Assertions.Expect(outlets.GetByRole(AriaRole.Checkbox, new() { Name = "The Moscow Times" })).Not.ToBeCheckedAsync();

        await page.GoBackAsync();
        await Assertions.Expect(count).ToContainTextAsync("1 result for");
    }

    [BrowserFact]
    public async Task Choosing_unknown_dates_shows_only_undated_articles()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Unknown date" }).CheckAsync();

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result for");
        await Assertions.Expect(page.Locator("#hits .meta")).ToContainTextAsync("M10 News");
    }
}
