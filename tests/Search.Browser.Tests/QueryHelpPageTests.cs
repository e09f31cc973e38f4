using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

public sealed class QueryHelpPageTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    [BrowserFact]
    public async Task Suggestions_appear_while_typing_and_the_keyboard_picks_one()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" });

        // Wait for the list of the whole prefix: on a loaded machine a shorter prefix's list can show first.
        var final = page.WaitForResponseAsync(response => response.Url.Contains("prefix=north+korean+sol", StringComparison.Ordinal));
        await box.PressSequentiallyAsync("north korean sol", new() { Delay = 20 });
        var suggestions = (await (await final).JsonAsync())!.Value.GetProperty("suggestions");
        var options = page.GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First.Locator("span").First).ToHaveTextAsync(suggestions[0].GetProperty("text").GetString()!);
        await Assertions.Expect(options.First.Locator("span.kind")).ToHaveTextAsync($"article · {suggestions[0].GetProperty("outlet").GetString()}");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        var chosen = await options.First.Locator("span").First.TextContentAsync();
        await box.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#article-title")).ToHaveTextAsync(chosen!);
    }

    [BrowserFact]
    public async Task A_new_list_without_the_highlighted_suggestion_leaves_none_highlighted()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" });
        var first = page.WaitForResponseAsync(response => response.Url.Contains("prefix=so", StringComparison.Ordinal));
        await box.PressSequentiallyAsync("so", new() { Delay = 20 });
        await first;
        await Assertions.Expect(page.GetByRole(AriaRole.Option).First).ToBeVisibleAsync();
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", "suggestion-0");
        var highlighted = await page.Locator("#suggestion-0 span").First.TextContentAsync();

        var second = page.WaitForResponseAsync(response => response.Url.Contains("prefix=sol", StringComparison.Ordinal));
        await box.PressSequentiallyAsync("l", new() { Delay = 20 });
        var texts = (await (await second).JsonAsync())!.Value.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("text").GetString()).ToList();
        Assert.DoesNotContain(highlighted, texts); // the premise: the new list lacks the highlighted suggestion

        await Assertions.Expect(page.Locator("#suggestion-0 span").First).ToHaveTextAsync(texts[0]!);
        await Assertions.Expect(box).Not.ToHaveAttributeAsync("aria-activedescendant", new System.Text.RegularExpressions.Regex(".*"));
        await Assertions.Expect(page.Locator("#suggestions [aria-selected=true]")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_misspelt_query_offers_the_correction_as_a_link()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk+casulaties");

        var link = page.Locator("#did-you-mean a");
        await Assertions.Expect(link).ToHaveTextAsync("Kursk casualties");
        await Assertions.Expect(page.Locator("#did-you-mean")).ToHaveTextAsync("No article contains “casulaties”. Showing results for Kursk casualties.");
        await link.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" })).ToHaveValueAsync("Kursk casualties");
        Assert.Contains("q=Kursk+casualties", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#did-you-mean")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_correction_that_finds_nothing_either_does_not_claim_to_show_results()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kurks+xyzzy");

        await Assertions.Expect(page.Locator("#did-you-mean")).ToHaveTextAsync("Nothing matches Kursk xyzzy either, the query with its spelling corrected. No article contains “xyzzy”.");
    }

    [BrowserFact]
    public async Task An_outlet_named_in_the_words_is_offered_as_a_link_that_applies_its_filter()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=kursk+moscow+times&outlet=WION");

        var link = page.Locator("#suggested-filter a");
        await Assertions.Expect(link).ToHaveTextAsync("“kursk” in articles from The Moscow Times");
        await link.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" })).ToHaveValueAsync("kursk");
        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync(["Outlet: The Moscow Times"]); // in place of WION
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result");
        await Assertions.Expect(page.Locator("#suggested-filter")).ToHaveCountAsync(0);
    }
}
