using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

public sealed class FacetPageTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    [BrowserFact]
    public async Task Parameters_the_page_does_not_know_are_left_out_so_a_shared_link_still_searches()
    {
        var page = await app.NewPage();

        foreach (var name in new[] { "utm_source", "fbclid", "__proto__", "constructor", "toString" })
        {
            await page.GotoAsync($"./?q=Kursk&{name}=x");

            await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");
            await Assertions.Expect(page.Locator("#status [role=alert]")).ToHaveCountAsync(0);
        }
    }

    [BrowserFact]
    public async Task The_sort_menu_shows_the_order_applied_and_best_match_needs_words()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 articles");

        // Without words the newest come first, and the menu says so.
        await Assertions.Expect(page.Locator("#sort")).ToHaveValueAsync("date");
        await Assertions.Expect(page.Locator("#sort option[value='']")).ToBeDisabledAsync();

        await page.GotoAsync("./?q=Kursk");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");
        await Assertions.Expect(page.Locator("#sort")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#sort option[value='']")).ToBeEnabledAsync();
    }

    [BrowserFact]
    public async Task A_date_range_the_service_refuses_says_why_and_offers_a_way_out()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&outlet=WION&date=garbage");

        await Assertions.Expect(page.Locator("#status [role=alert]")).ToBeVisibleAsync();
        await page.Locator("#clear-after-error").ClickAsync();

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");
        Assert.DoesNotContain("date=", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task An_error_without_filters_to_clear_shows_only_its_message()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&sort=bogus");

        await Assertions.Expect(page.Locator("#status [role=alert]")).ToContainTextAsync("sort");
        await Assertions.Expect(page.Locator("#clear-after-error")).ToHaveCountAsync(0);
        Assert.DoesNotContain("null", await page.Locator("#status").InnerTextAsync(), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task A_date_typed_into_from_applies_when_the_field_is_left_not_at_every_keystroke()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");
        var searches = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/api/search", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref searches);
            }
        };

        await page.Locator("#date-from").PressSequentiallyAsync("12282024");
        await page.WaitForTimeoutAsync(300);
        Assert.Equal(0, Volatile.Read(ref searches));
        Assert.Equal("2024-12-28", await page.Locator("#date-from").InputValueAsync());
        await page.Locator("#date-from").BlurAsync();

        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync("From: 28 Dec 2024");
        Assert.Contains("from=2024-12-28", page.Url, StringComparison.Ordinal);
        Assert.Equal(1, Volatile.Read(ref searches));
    }

    [BrowserFact]
    public async Task Tab_from_a_date_applies_it_and_the_keyboard_stays_on_the_next_field()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");

        await page.Locator("#date-from").PressSequentiallyAsync("12282024");
        // Tab steps through the field's own parts (and its calendar button) before it leaves the field.
        for (var presses = 0; presses < 4 && await page.EvaluateAsync<string>("() => document.activeElement.id") == "date-from"; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync("From: 28 Dec 2024");
        await Assertions.Expect(page.Locator("#date-to")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Switching_between_articles_and_claims_keeps_the_outlet_filter()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&outlet=WION");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Claims" }).ClickAsync();
        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync("Outlet: WION");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Articles" }).ClickAsync();

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result for");
        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync("Outlet: WION");
    }

    [BrowserFact]
    public async Task A_filter_typed_in_another_case_takes_the_index_spelling_so_its_box_unticks_it()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&outlet=wion");
        var wion = page.GetByRole(AriaRole.Checkbox, new() { Name = "WION" });

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result for");
        await Assertions.Expect(wion).ToBeCheckedAsync();
        Assert.Contains("outlet=WION", page.Url, StringComparison.Ordinal);
        await wion.UncheckAsync();

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");
        Assert.DoesNotContain("outlet=", page.Url, StringComparison.OrdinalIgnoreCase);
    }

    [BrowserFact]
    public async Task The_same_filter_typed_twice_in_two_cases_shows_one_chip()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&outlet=WION&outlet=wion");

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result for");
        await Assertions.Expect(page.Locator("#chips .chip")).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task A_filter_no_article_has_says_so_on_its_chip()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&outlet=Nowhere%20Gazette");

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("0 results");
        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync("Outlet: Nowhere Gazette (in no article)");
    }

    [BrowserFact]
    public async Task Ticking_a_box_keeps_the_keyboard_on_it()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        var wion = page.GetByRole(AriaRole.Checkbox, new() { Name = "WION" });

        await wion.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result for");
        await Assertions.Expect(wion).ToBeFocusedAsync();
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
