using System.Text.Json;
using Microsoft.Playwright;
using Search.Browser.Tests.Support;

namespace Search.Browser.Tests;

/// <summary>
/// An app whose seeds add sixteen independent reports of one source's casualty figure, each different: 120 pairs that
/// cannot both be right, more than the service lists, so the page says how many it left out; and two reports of an
/// outbreak's count, of the missing after a shipwreck and of the homes a fire destroyed.
/// </summary>
public sealed class ManyConflictsApplication : BrowserApplication
{
    public const int Reports = 16;

    // Each report opens with its own sentences, so that none is taken for a reprint of another.
    private static readonly string[] Openings =
    [
        "Rain fell on the plains", "Markets opened lower in Asia", "A bridge closed for repairs", "Farmers harvested late wheat",
        "Schools reopened after the holiday", "A ferry ran aground at dawn", "Fuel prices rose again", "A museum lent its paintings",
        "Snow cut power to villages", "A court delayed its ruling", "Trains ran behind schedule", "A storm damaged the harbour",
        "Voters queued in the cold", "A factory hired new workers", "Doctors warned of influenza", "A festival drew large crowds",
    ];

    protected override IReadOnlyDictionary<string, string> ExtraArticles { get; } = Enumerable.Range(0, Reports).ToDictionary(
        i => $"zaporizka-{i:00}.json",
        // One day: a later, higher count would bring an earlier one up to date, not contradict it.
        i => Article($"Report {i} from the Zaporizka front", $"Gazette {(char)('A' + i)}", "2025-03-01",
            $"{Openings[i]} on Tuesday, and life went on. Ukraine's General Staff said {(i + 1) * 100} Russian soldiers were killed near Zaporizka. {Openings[(i + 5) % Reports]} as well.")).Concat(new Dictionary<string, string>
        {
            // Two reports of one ministry's outbreak count on one day, worded differently.
            ["cholera-a.json"] = Article("Cholera reaches Khartoum", "Nile Wire", "2025-06-10",
                "Sudan's health ministry said there were 3,381 suspected cases of cholera in Khartoum."),
            ["cholera-b.json"] = Article("Outbreak spreads in the capital", "Health Watch", "2025-06-10",
                "Wells ran dry in Omdurman. Sudan's health ministry said it had recorded 3,180 cholera cases in Khartoum."),
            // A protest's size, as the police give it.
            ["surabaya-protest.json"] = Article("Fuel protest in Surabaya", "Java Wire", "2025-08-09",
                "In Indonesia, police estimated the crowd at 15,000 in Surabaya on Monday."),
            // Two reports of one coastguard's count of the missing on one day.
            ["ferry-a.json"] = Article("Ferry sinks off Lesbos", "Aegean Wire", "2025-09-02",
                "In Greece, the coastguard said 45 passengers were still missing after the ferry sank off Lesbos."),
            ["ferry-b.json"] = Article("Search goes on for ferry passengers", "Island Post", "2025-09-02",
                "Divers searched the bay off Lesbos overnight. In Greece, the coastguard said 38 passengers remained unaccounted for."),
            // Two reports of one mayor's count of the homes a fire destroyed, on one day.
            ["fire-a.json"] = Article("Fire sweeps Monchique hills", "Algarve Daily", "2025-07-20",
                "In Portugal, the mayor said 74 homes had been destroyed by the fire in Monchique. "
                    + "The civil protection authority said 1,100 firefighters had been deployed in Monchique."),
            ["fire-b.json"] = Article("Monchique counts its losses", "Lisbon Chronicle", "2025-07-20",
                "Smoke hung over the valley. In Portugal, the mayor said 86 homes had been destroyed by the fire in Monchique."),
            // Two counts that cannot both hold, neither naming the town searched for.
            ["storm-a.json"] = Article("Storm in Tarnow", "Vistula Wire", "2025-10-02",
                "A storm hit Tarnow in Poland. The fire brigade said 12 people had died."),
            ["storm-b.json"] = Article("Tarnow mourns", "Krakow Post", "2025-10-02",
                "A storm hit Tarnow in Poland overnight. The fire brigade said 30 people had died."),
            // A figure the article reports and then has denied.
            ["foia.json"] = Article("Fire near Foia", "Algarve Daily", "2025-07-19",
                "In Portugal, a fire burned near Foia. Radio Foia reported that three people had died in the fire. "
                    + "\"It is not true that three people have died,\" Interior Minister Ines Moura said."),
            // A run of letters longer than any word, in the title, a claim and an entity's place.
            ["trelawny.json"] = Article("Storm hits Trelawny " + new string('x', 3000), "Island Post", "2025-10-05",
                "The storm hit Trelawny. Pneumono" + new string('x', 3000) + " The governor of Trelawny said 6 people died in the storm."),
            // Two sources whose counts part on one day.
            ["banda-a.json"] = Article("Heat in Banda", "Lucknow Post", "2025-06-12",
                "In India, the state health department said 41 heat deaths had been recorded in Banda."),
            ["banda-b.json"] = Article("Banda toll disputed", "Ganges Times", "2025-06-12",
                "The Lok Janata Party said more than 200 heat deaths had been recorded in Banda."),
            // A body's officer, who speaks for it.
            ["romblon.json"] = Article("Ferry sinks off Romblon", "Luzon Ledger", "2025-10-04",
                "In the Philippines, a ferry sank off Romblon. NDRRMC executive director Ricardo Ilagan said 26 people had died in the sinking off Romblon."),
            // Two sources of one country that one article sets against each other.
            ["dadu-floods.json"] = Article("Floods in Dadu", "Indus Times", "2025-08-20",
                "In Pakistan, floods hit Sindh. The disaster authority said 80 people had died in the floods in Dadu. "
                    + "The provincial government said 95 people had died in the floods in Dadu."),
        }).ToDictionary();

    private static string Article(string title, string outlet, string published, string body) =>
        JsonSerializer.Serialize(new { title, outlet, published, body });
}

public sealed class ManyConflictsTests(ManyConflictsApplication app) : IClassFixture<ManyConflictsApplication>
{
    [BrowserFact]
    public async Task Pairs_beyond_those_listed_are_counted_in_one_line()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Zaporizka&view=claims");

        var group = page.Locator(".group", new() { HasText = "Gazette A" });
        await Assertions.Expect(group.Locator(".verdict")).ToHaveTextAsync("Outlets disagree");
        await Assertions.Expect(group.Locator("tbody tr")).ToHaveCountAsync(ManyConflictsApplication.Reports);
        var pairs = ManyConflictsApplication.Reports * (ManyConflictsApplication.Reports - 1) / 2;
        await Assertions.Expect(group.Locator(".conflicts li:not(.more)")).ToHaveCountAsync(Search.Core.Querying.ClaimComparer.MaxPairs);
        await Assertions.Expect(group.Locator(".conflicts li.more")).ToHaveTextAsync(
            $"…and {pairs - Search.Core.Querying.ClaimComparer.MaxPairs} more pairs that cannot both be right.");
    }

    [BrowserFact]
    public async Task Two_sources_one_article_sets_against_each_other_are_named_in_their_disagreement()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Dadu&view=claims");

        var group = page.Locator(".group", new() { HasText = "Indus Times" });
        await Assertions.Expect(group.Locator(".verdict")).ToHaveTextAsync("Sources disagree");
        await Assertions.Expect(group.Locator(".conflicts li")).ToHaveTextAsync(
            "In Indus Times, disaster authority (“80”) and provincial government (“95”) cannot both be right about people died.");
    }

    [BrowserFact]
    public async Task A_protest_s_size_is_compared_under_its_own_heading()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Surabaya&view=claims");

        var group = page.Locator(".group", new() { HasText = "Java Wire" });
        await Assertions.Expect(group.Locator("h3")).ToContainTextAsync("Crowd size according to Indonesia");
    }

    [BrowserFact]
    public async Task An_outbreaks_counts_and_the_missing_are_compared_under_their_own_headings()
    {
        var page = await app.NewPage();
        foreach (var (query, outlet, heading) in new[] { ("cholera", "Nile Wire", "Cases of illness according to Sudan"), ("Lesbos", "Aegean Wire", "Missing according to Greece") })
        {
            await page.GotoAsync($"./?q={query}&view=claims");

            var group = page.Locator(".group", new() { HasText = outlet });
            await Assertions.Expect(group.Locator("h3")).ToContainTextAsync(heading);
            await Assertions.Expect(group.Locator(".verdict")).ToHaveTextAsync("Outlets disagree");
            await Assertions.Expect(group.Locator("tbody tr")).ToHaveCountAsync(2);
        }
    }

    [BrowserFact]
    public async Task Homes_a_fire_destroyed_are_compared_under_their_own_heading()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Monchique&view=claims");

        var group = page.Locator(".group", new() { Has = page.Locator("h3", new() { HasText = "Homes destroyed or damaged according to Portugal" }) });
        await Assertions.Expect(group.Locator(".verdict")).ToHaveTextAsync("Outlets disagree");
        await Assertions.Expect(group.Locator("tbody tr")).ToHaveCountAsync(2);
        // Firefighters are no troops: the heading says forces.
        await Assertions.Expect(page.Locator(".group h3", new() { HasText = "Forces deployed" })).ToHaveCountAsync(1);
    }

    [BrowserFact]
    public async Task Figures_that_differ_but_name_nothing_asked_are_not_called_agreeing()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Tarnow&view=claims");

        var group = page.Locator(".group", new() { HasText = "Vistula Wire" });
        await Assertions.Expect(group.Locator(".verdict")).ToHaveTextAsync("Figures differ");
        await Assertions.Expect(group.Locator(".conflicts li")).ToHaveCountAsync(0);
    }

    [BrowserFact]
    public async Task A_figure_denied_in_its_article_is_shown_with_its_denial()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Foia&view=claims");

        var row = page.Locator(".group tbody tr", new() { HasText = "Radio Foia" });
        await Assertions.Expect(row.Locator(".denied")).ToHaveTextAsync(" (denied by Ines Moura)");
    }

    [BrowserFact]
    public async Task A_body_s_officer_is_shown_with_the_body()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Romblon&view=claims");

        var row = page.Locator(".group tbody tr", new() { HasText = "Ricardo Ilagan" });
        await Assertions.Expect(row.Locator(".speaks-for")).ToHaveTextAsync(" (NDRRMC)");
    }

    [BrowserFact]
    public async Task An_overlong_word_does_not_widen_the_page()
    {
        var page = await app.NewPage();
        foreach (var view in new[] { "./?q=Trelawny", "./?q=Trelawny&view=claims", "./?article=trelawny" })
        {
            await page.GotoAsync(view);
            await Assertions.Expect(page.GetByText("Trelawny").First).ToBeVisibleAsync();

            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), view);
        }
    }

    [BrowserFact]
    public async Task A_group_says_which_other_sources_differ_on_the_same_day()
    {
        var page = await app.NewPage();
        await page.GotoAsync("./?q=Banda%20heat%20deaths&view=claims");

        var group = page.Locator(".group", new() { HasText = "Lucknow Post" });
        await Assertions.Expect(group.Locator(".other-sources")).ToHaveTextAsync("Other sources differ on the same day: Lok Janata Party.");
    }
}
