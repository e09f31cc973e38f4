using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

public sealed class ClaimsPageTests(BrowserApplication app) : IClassFixture<BrowserApplication>
{
    [BrowserFact]
    public async Task The_arrow_keys_move_between_the_tabs_and_only_the_selected_one_is_in_the_tab_order()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=casualties");
        var articles = page.GetByRole(AriaRole.Tab, new() { Name = "Articles" });
        var claims = page.GetByRole(AriaRole.Tab, new() { Name = "Claims" });
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("results for");
        await Assertions.Expect(claims).ToHaveAttributeAsync("tabindex", "-1");

        await articles.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");

        await Assertions.Expect(claims).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(claims).ToBeFocusedAsync();
        await Assertions.Expect(claims).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(articles).ToHaveAttributeAsync("tabindex", "-1");
        Assert.Contains("view=claims", page.Url, StringComparison.Ordinal);

        // Past the last tab the arrow wraps to the first; Home and End go to the ends.
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(articles).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(articles).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(claims).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(articles).ToBeFocusedAsync();

        // Alt+Right is the browser's Forward, not the next tab.
        await page.Keyboard.PressAsync("Alt+ArrowRight");
        await Assertions.Expect(articles).ToBeFocusedAsync(); // the handler moves the focus at once when it acts
        Assert.DoesNotContain("view=claims", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_claims_view_shows_who_said_what_and_where_outlets_disagree()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=casualties");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Claims" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Claims" })).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Contains("view=claims", page.Url, StringComparison.Ordinal);
        var ukraine = page.Locator(".group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Casualties according to Ukraine" }) });
        await Assertions.Expect(ukraine.Locator(".verdict")).ToHaveTextAsync("Outlets disagree");
        await Assertions.Expect(ukraine.Locator("tr.conflict", new() { HasText = "nearly 3,000" })).ToBeVisibleAsync();
        await Assertions.Expect(ukraine.Locator("td.interval", new() { HasText = "over 3,000" }).First).ToBeVisibleAsync();
        await Assertions.Expect(ukraine.Locator(".conflicts li").First).ToContainTextAsync("cannot both be right");
        // M10 News gives as killed what four others give as killed or wounded: told once, not once per pair.
        var measure = ukraine.Locator(".conflicts li.measure");
        await Assertions.Expect(measure).ToHaveCountAsync(1);
        await Assertions.Expect(measure).ToContainTextAsync("M10 News gives “more than 3,000” killed;");
        await Assertions.Expect(measure).ToContainTextAsync("give about the same figure for killed or wounded.");
        await Assertions.Expect(ukraine.Locator("tr.measure", new() { HasText = "M10 News" })).ToBeVisibleAsync();
        var southKorea = page.Locator(".group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Casualties according to South Korea" }) });
        // The Moscow Times gives 1,000 as the count South Korea "had previously put": an earlier count, which "at least
        // 1,100" does not contradict.
        await Assertions.Expect(southKorea.Locator("tr.conflict")).ToHaveCountAsync(0);
        await Assertions.Expect(southKorea.Locator("tr", new() { HasText = "The Moscow Times" })).ToContainTextAsync("(an earlier count)");
        await Assertions.Expect(southKorea.Locator("tr.measure", new() { HasText = "Business Insider" })).ToBeVisibleAsync();
        await Assertions.Expect(southKorea.Locator("li.measure")).ToContainTextAsync("Business Insider gives “1,000 more” wounded; The Moscow Times (“1,000”) gives");
        await Assertions.Expect(page.Locator("#claims .speaker", new() { HasText = "Volodymyr Zelensky" }).First).ToBeVisibleAsync();
        // What the outlet wrote opens under its figure, by keyboard or touch as well as by mouse.
        var figure = ukraine.Locator("tr", new() { HasText = "M10 News" }).Locator("td.figure summary");
        await figure.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(ukraine.Locator("tr", new() { HasText = "M10 News" }).Locator(".wording")).ToContainTextAsync("3,000");
        await Assertions.Expect(page.Locator("#claims mark").First).ToBeVisibleAsync();

        await page.Locator("#claims .claim a", new() { HasText = "in the article" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Claims" })).ToHaveAttributeAsync("aria-selected", "true");
    }

    [BrowserFact]
    public async Task Back_from_an_article_opened_from_the_comparison_the_keyboard_is_on_that_row_again()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=casualties&view=claims");
        var rowLink = page.Locator("#comparison td a[data-article]").Last;
        await Assertions.Expect(rowLink).ToBeVisibleAsync();
        var article = await rowLink.GetAttributeAsync("data-article");
        var links = page.Locator($"#results-view a[data-article='{article}']");
        var index = await links.EvaluateAllAsync<int>("(links, row) => links.indexOf(row)", await rowLink.ElementHandleAsync());
        Assert.True(index > 0, "an earlier link to the same article, which the keyboard must not land on instead");

        await rowLink.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        await page.GoBackAsync();

        await Assertions.Expect(links.Nth(index)).ToBeFocusedAsync();
    }

    [BrowserFact]
    public async Task Figures_that_differ_only_in_what_they_count_get_a_verdict_of_their_own()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk+casualties&view=claims");

        // South Korea's intelligence service put the North Korean casualties at 1,000 injured (Business Insider) and at
        // 1,000 killed or wounded (The Moscow Times): the same number for different counts, and no other disagreement.
        var southKorea = page.Locator(".group", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Casualties according to South Korea" }) });
        await Assertions.Expect(southKorea.Locator(".verdict")).ToHaveTextAsync("Counts differ");
        await Assertions.Expect(southKorea.Locator("tr.conflict")).ToHaveCountAsync(0);
        await Assertions.Expect(southKorea.Locator("li.measure")).ToContainTextAsync("“1,000”");
    }

    [BrowserFact]
    public async Task On_a_phone_the_claims_and_their_comparison_fit_the_screen()
    {
        var page = await app.NewPage();
        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync("./?q=Kursk+casualties&view=claims");
        await Assertions.Expect(page.Locator(".group").First).ToBeVisibleAsync();

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(width <= 390, $"the page is {width} px wide on a 390 px screen");
    }

    [BrowserFact]
    public async Task Show_all_in_the_claims_sidebar_lists_every_claimant_of_the_claims()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?view=claims");
        var claimants = page.Locator("section.facet", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Who claimed it" }) });
        await Assertions.Expect(claimants.Locator("li")).ToHaveCountAsync(12);
        var more = claimants.Locator("button.more");
        var all = int.Parse(Regex.Match(await more.InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);

        await more.ClickAsync();

        // Counted over claims, as the sidebar was: counted over articles, no article has a claimant and the list emptied.
        await Assertions.Expect(claimants.Locator("li")).ToHaveCountAsync(all);
        await Assertions.Expect(claimants.Locator("li", new() { HasText = "National Intelligence Service" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task An_article_opened_from_the_claims_goes_back_to_the_claims_with_their_filters()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?view=claims&claimant=Volodymyr+Zelensky");
        await Assertions.Expect(page.Locator("#claims .speaker").First).ToHaveTextAsync("Volodymyr Zelensky");

        await page.Locator("#claims .claim a", new() { HasText = "in the article" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#article-view")).ToBeVisibleAsync();
        // Shared, the article's link has no history to go back to: Back follows its link.
        var shared = await app.NewPage();
        await shared.GotoAsync(page.Url);
        await Assertions.Expect(shared.Locator("#article-view")).ToBeVisibleAsync();
        await shared.Locator("#back").ClickAsync();

        await Assertions.Expect(shared.GetByRole(AriaRole.Tab, new() { Name = "Claims" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(shared.Locator("#claims .speaker").First).ToHaveTextAsync("Volodymyr Zelensky");
    }

    [BrowserFact]
    public async Task The_claims_tab_drops_a_type_filter_it_cannot_apply()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk&type=article");
        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("5 results");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Claims" }).ClickAsync();

        await Assertions.Expect(page.Locator("#claims .claim").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#status [role=alert]")).ToHaveCountAsync(0);
        Assert.DoesNotContain("type=", page.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task An_entity_chip_on_a_result_sets_the_entity_filter()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Kursk");

        await page.Locator("#hits .entities button", new() { HasText = "Lee Seong-kweun" }).First.ClickAsync();

        await Assertions.Expect(page.Locator("#result-count")).ToContainTextAsync("1 result for");
        await Assertions.Expect(page.Locator("#chips .chip")).ToContainTextAsync("Entity: Lee Seong-kweun");
    }

    [BrowserFact]
    public async Task An_article_lists_who_claims_what_in_it_and_a_speaker_opens_their_claims()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?article=003_ddf6760ca5e8625a");

        var claims = page.Locator("#article-claims");
        await Assertions.Expect(claims.GetByRole(AriaRole.Heading, new() { Name = "Claims in this article" })).ToBeVisibleAsync();
        var zelensky = claims.Locator("li", new() { HasText = "nearly 3,000" });
        await Assertions.Expect(zelensky.Locator(".speaker")).ToHaveTextAsync("Volodymyr Zelensky");
        await Assertions.Expect(zelensky.Locator(".figures")).ToContainTextAsync("killed or wounded");

        await zelensky.Locator("a.speaker").ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Claims" })).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Contains("claimant=Volodymyr", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#claims li.claim .speaker").First).ToHaveTextAsync("Volodymyr Zelensky");
    }
}
