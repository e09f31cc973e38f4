using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

public sealed class SearchPageTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    [BrowserFact]
    public async Task Typing_a_query_shows_marked_results_and_an_article_opens_and_goes_back_to_them()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./");

        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" }).FillAsync("Kursk casualties");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" }).PressAsync("Enter");

        var hits = page.Locator("#hits > li.hit");
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#hits mark").First).ToBeVisibleAsync();
        Assert.Contains("q=Kursk+casualties", page.Url, StringComparison.Ordinal);
        var resultsUrl = page.Url;
        var marked = await page.Locator("#hits mark").AllTextContentsAsync();
        Assert.Contains(marked, m => m.Equals("casualties", StringComparison.OrdinalIgnoreCase));

        await hits.First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#article-body mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#results-view")).ToBeHiddenAsync(); // the article replaces the list, not below it
        Assert.Contains("article=", page.Url, StringComparison.Ordinal);

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("#results-view")).ToBeVisibleAsync();
        await Assertions.Expect(hits.First).ToBeVisibleAsync();
        Assert.Equal(resultsUrl, page.Url);
        Assert.Equal("Kursk casualties", await page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" }).InputValueAsync());
    }

    [BrowserFact]
    public async Task A_claim_listed_among_the_results_opens_the_article_it_came_from()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Zelensky&type=claim");

        await page.Locator("#hits > li.hit").First.GetByRole(AriaRole.Link).First.ClickAsync();

        await Assertions.Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#article-body")).Not.ToBeEmptyAsync();
        Assert.Matches("article=\\d{3}_[0-9a-f]{16}(&|$)", page.Url);
    }

    [BrowserFact]
    public async Task An_article_opened_without_a_query_shows_no_match_buttons_and_no_results()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?article=001_87f13800c3cf062a");

        await Assertions.Expect(page.Locator("#article-title")).Not.ToBeEmptyAsync();
        // The seeds have no headlines: the heading is made from the first sentence, and the page says so.
        await Assertions.Expect(page.Locator("#article-meta .derived-title")).ToContainTextAsync("no headline in the source");
        await Assertions.Expect(page.Locator("#match-nav")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#results-view")).ToBeHiddenAsync();
    }

    [BrowserFact]
    public async Task Escape_closes_the_suggestions_and_keeps_what_was_typed()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search news" });

        await box.PressSequentiallyAsync("kur");
        await Assertions.Expect(page.Locator("#suggestions")).ToBeVisibleAsync();
        await box.PressAsync("Escape");

        await Assertions.Expect(page.Locator("#suggestions")).ToBeHiddenAsync();
        Assert.Equal("kur", await box.InputValueAsync());
    }

    [BrowserFact]
    public async Task A_page_past_the_last_says_so_and_links_to_the_last()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&page=9");

        await page.Locator("#past-the-end a").ClickAsync();

        await Assertions.Expect(page.Locator("#hits > li.hit").First).ToBeVisibleAsync();
        Assert.DoesNotContain("page=9", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_page_works_under_its_content_security_policy()
    {
        var page = await app.NewPage();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync("./?q=Kursk");

        await Assertions.Expect(page.Locator("#hits > li.hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#hits mark").First).ToBeVisibleAsync();
        Assert.Empty(violations);
        // The policy is in force: a script the page did not ship is refused, and the browser reports which rule refused it.
        var refusedBy = await page.EvaluateAsync<string>("""
            () => new Promise(resolve => {
              document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective), { once: true });
              const script = document.createElement('script');
              script.textContent = 'window.injected = true';
              document.body.append(script);
              setTimeout(() => resolve(window.injected ? 'ran' : 'no violation reported'), 2000);
            })
            """);
        Assert.Equal("script-src-elem", refusedBy);
    }

    [BrowserFact]
    public async Task The_article_view_steps_through_matches_with_keys()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&article=004_f46bea610a9b1fe8");

        await Assertions.Expect(page.Locator("#match-position")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Match 1 of \\d+$"));
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#match-position")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Match 2 of "));
        await Assertions.Expect(page.Locator("#article-body mark.current")).ToHaveAttributeAsync("data-match", "1");
        await page.Keyboard.PressAsync("p");
        await Assertions.Expect(page.Locator("#article-body mark.current")).ToHaveAttributeAsync("data-match", "0");

        // Single keys act only with the keyboard in the article: typed elsewhere they are text or nothing.
        await page.Locator("#q").FocusAsync();
        await page.Locator("#q").BlurAsync();
        await page.Locator("#back").FocusAsync();
        await page.Locator("header.top").ClickAsync(new() { Position = new() { X = 1, Y = 1 } });
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#article-body mark.current")).ToHaveAttributeAsync("data-match", "0");
        await page.Locator("#article-body").ClickAsync();
        await page.Keyboard.PressAsync("n");
        await Assertions.Expect(page.Locator("#article-body mark.current")).ToHaveAttributeAsync("data-match", "1");
    }

    [BrowserFact]
    public async Task Opening_an_article_moves_the_keyboard_into_it_and_going_back_returns_it_to_the_link()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        var link = page.Locator("#hits h2 a").Nth(1);
        var id = await link.GetAttributeAsync("data-article");

        await link.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#article-view")).ToBeFocusedAsync();
        await page.Locator("#back").ClickAsync();

        await Assertions.Expect(page.Locator($"#hits h2 a[data-article='{id}']")).ToBeFocusedAsync();

        // A new search typed while an article is open keeps the keyboard in the search box.
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("#article-view")).ToBeFocusedAsync();
        await page.Locator("#q").FillAsync("casualties");
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("for “casualties”");
        await Assertions.Expect(page.Locator("#q")).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Asking_again_for_the_address_shown_adds_no_history_entry_for_back_to_land_on()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        await Assertions.Expect(page.Locator("#hits h2 a").First).ToBeVisibleAsync();
        var before = await page.EvaluateAsync<int>("history.length");

        await page.Locator("#q").PressAsync("Enter");
        await page.Locator("#q").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#hits h2 a").First).ToBeVisibleAsync();

        Assert.Equal(before, await page.EvaluateAsync<int>("history.length"));
    }

    [BrowserFact]
    public async Task The_keyboard_skips_the_filters_to_the_results()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");
        await Assertions.Expect(page.Locator("#hits h2 a").First).ToBeVisibleAsync();
        await page.Locator("#q").FocusAsync();

        await page.Keyboard.PressAsync("Tab"); // the search button
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to results" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        // The tabs and the sort menu, then the first result: not every filter first.
        var presses = 0;
        while (!await page.EvaluateAsync<bool>("() => document.activeElement?.matches('#hits h2 a') ?? false") && presses < 6)
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
        }
        Assert.True(presses < 6, "the first result is not within five Tab presses of the skip link");
    }

    [BrowserFact]
    public async Task A_long_unbroken_query_does_not_widen_the_page_on_a_phone()
    {
        var page = await app.NewPage();
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync("./?q=" + new string('k', 240));
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("kkkk");

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page is {width} px wide on a 390 px screen");
    }
}
