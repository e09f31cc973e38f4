using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public sealed class SuggestAndSimilarTests
{
    private static readonly Core.Indexing.IndexRecord[] Records =
    [
        TestRecords.Article("a", "Zelensky spoke about drones over Kursk.", title: "Zelensky warns of drone attacks") with { Entities = ["person/Volodymyr Zelensky", "place/Kursk"] },
        TestRecords.Article("b", "Zelenska visited Kyïv hospitals.", title: "First lady visits hospitals") with { Entities = ["person/Olena Zelenska", "place/Kyïv"] },
        TestRecords.Article("c", "Zelensky met generals in Kursk region about drones.", title: "Generals meet in Kursk") with { Entities = ["person/Volodymyr Zelensky", "place/Kursk"] },
        TestRecords.Article("d", "Hołownia spoke in Warsaw.", title: "Speaker speaks") with { Entities = ["person/Szymon Hołownia"] },
    ];

    [Fact]
    public void Entity_names_are_suggested_by_any_word_prefix_most_frequent_first()
    {
        using var search = TestSearch.FromRecords(Records);
        var suggester = new Suggester(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()));

        var suggestions = suggester.Suggest("zel", 5);

        var entities = suggestions.Where(s => s.Kind == SuggestionKind.Entity).ToList();
        Assert.Equal(["Volodymyr Zelensky", "Olena Zelenska"], entities.Select(s => s.Text));
        Assert.Equal([2, 1], entities.Select(s => s.Count));
        Assert.Equal("person/Volodymyr Zelensky", entities[0].Value);
        Assert.Equal("Kyïv", suggester.Suggest("kyiv", 5)[0].Text);
        // A letter of its own that no decomposition strips folds as search folds it.
        Assert.Equal("Szymon Hołownia", suggester.Suggest("holow", 5)[0].Text);
    }

    [Fact]
    public void Another_name_the_gazetteer_knows_completes_to_the_entity()
    {
        using var search = TestSearch.FromRecords(Records);
        var gazetteer = Core.Extraction.Gazetteer.Of(
        [
            new("Volodymyr Zelensky", "person", "Ukraine", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"], []),
            new("Kursk", "organisation", null, ["Kursk", "Kurskaya Company"], []), // another type than the index's Kursk
        ]);
        var suggester = new Suggester(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()), gazetteer);

        var byVariant = suggester.Suggest("zelenskyy", 5).Where(s => s.Kind == SuggestionKind.Entity).ToList();
        var byWords = suggester.Suggest("volodymyr zelenskyy", 5).Where(s => s.Kind == SuggestionKind.Entity).ToList();

        Assert.Equal(["person/Volodymyr Zelensky"], byVariant.Select(s => s.Value));
        Assert.Equal(["person/Volodymyr Zelensky"], byWords.Select(s => s.Value));
        Assert.DoesNotContain(suggester.Suggest("kurskaya", 5), s => s.Kind == SuggestionKind.Entity);
        // Words of two different names do not combine: "Volodymyr Zelenskiy" is none of them.
        Assert.DoesNotContain(suggester.Suggest("volodymyr zelenskiy", 5), s => s.Kind == SuggestionKind.Entity);
    }

    [Fact]
    public void An_entity_s_count_is_of_articles_not_of_their_claims()
    {
        // A claim document carries the entities of its article; a suggestion counts articles, as the sidebar does.
        var claim = TestRecords.Article("a#1", "Zelensky said drones hit Kursk.") with
        {
            Kind = Core.Indexing.RecordKinds.Claim, ArticleId = "a", Entities = ["person/Volodymyr Zelensky", "place/Kursk"],
        };
        using var search = TestSearch.FromRecords([.. Records, claim]);
        var suggester = new Suggester(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()));

        var zelensky = suggester.Suggest("zel", 5).First(s => s.Kind == SuggestionKind.Entity);

        Assert.Equal(("Volodymyr Zelensky", 2), (zelensky.Text, zelensky.Count));
    }

    [Fact]
    public void Titles_are_suggested_from_the_words_typed_with_the_last_as_a_prefix()
    {
        using var search = TestSearch.FromRecords(Records);
        var suggester = new Suggester(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()));

        var titles = suggester.Suggest("drone att", 5).Where(s => s.Kind == SuggestionKind.Title).ToList();

        var title = Assert.Single(titles);
        Assert.Equal(("Zelensky warns of drone attacks", "a"), (title.Text, title.Value));
        Assert.Empty(suggester.Suggest("", 5));
    }

    [Fact]
    public void A_single_letter_is_not_expanded_over_title_words_and_nothing_typed_but_a_space_suggests_no_titles()
    {
        using var search = TestSearch.FromRecords(Records);
        var suggester = new Suggester(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()));

        Assert.DoesNotContain(suggester.Suggest("g", 5), s => s.Kind == SuggestionKind.Title);
        Assert.DoesNotContain(suggester.Suggest("the ", 5), s => s.Kind == SuggestionKind.Title);
        Assert.Contains(suggester.Suggest("ge", 5), s => s is { Kind: SuggestionKind.Title, Text: "Generals meet in Kursk" });
        Assert.Contains(suggester.Suggest("generals k", 5), s => s is { Kind: SuggestionKind.Title, Text: "Generals meet in Kursk" });
        Assert.Contains(suggester.Suggest("kursk a", 5), s => s is { Kind: SuggestionKind.Title, Text: "Generals meet in Kursk" });
    }

    [Fact]
    public void Similar_articles_share_distinctive_terms_and_exclude_the_article_itself()
    {
        using var search = TestSearch.FromRecords(Records);
        var viewer = new ArticleViewer(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()), new Core.Highlighting.Highlighter(new()));

        var similar = viewer.Similar("a", 5)!.Hits;

        Assert.Equal("c", similar[0].Id);
        Assert.DoesNotContain(similar, h => h.Id == "a");
        Assert.Null(viewer.Similar("missing", 5));
    }

    private const string Report = "Crews battled the Sierra Alta wildfire through the night as winds eased, and officials said 400 homes had burned. "
        + "Evacuation orders covered three canyons, and the highway stayed closed while engines from four counties arrived.";

    [Fact]
    public void The_same_report_published_again_says_which_came_first_only_as_far_as_credits_and_days_tell()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("wire", Report, outlet: "Global Wire", published: new Core.Ingestion.PartialDate(2025, 1, 8)),
            TestRecords.Article("next-day", Report + " Read more at our site.", outlet: "Pacific Post", published: new Core.Ingestion.PartialDate(2025, 1, 9)),
            TestRecords.Article("credited", Report, outlet: "Hill Times", published: new Core.Ingestion.PartialDate(2025, 1, 8)) with { OriginalOutlet = "Global Wire" },
            TestRecords.Article("same-day", Report, outlet: "Civic News", published: new Core.Ingestion.PartialDate(2025, 1, 8)),
            TestRecords.Article("other", "Crews battled a wildfire in the canyons as winds eased; homes burned and the highway closed for a day.",
                outlet: "Civic News", published: new Core.Ingestion.PartialDate(2025, 1, 9)),
            // Other news, so that the report's words are not in most documents, where likeness ignores them.
            .. Enumerable.Range(0, 6).Select(i => TestRecords.Article($"filler-{i}", $"Markets in city {i} opened lower as traders weighed rates.")),
        ]);
        var viewer = new ArticleViewer(search.Index, new QueryBuilder(new Core.Indexing.NewsAnalyzer()), new Core.Highlighting.Highlighter(new()));

        var ofWire = viewer.Similar("wire", 5)!.SameReport;
        var ofCredited = viewer.Similar("credited", 5)!.SameReport;

        Assert.Equal(new Dictionary<string, string> { ["next-day"] = "later", ["credited"] = "reprint", ["same-day"] = "same" }, ofWire);
        Assert.Equal(new Dictionary<string, string> { ["wire"] = "original", ["next-day"] = "later", ["same-day"] = "same" }, ofCredited);
        Assert.Equal("earlier", viewer.Similar("next-day", 5)!.SameReport["wire"]);
    }

    [Fact]
    public void A_result_repeating_the_report_of_one_above_it_on_the_page_says_so()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("original", Report, title: "Wildfire burns 400 homes", outlet: "Global Wire"),
            TestRecords.Article("reprint", Report + " Read more at our site.", title: "Wildfire burns 400 homes", outlet: "Pacific Post"),
            TestRecords.Article("other", "The Sierra Alta wildfire burned 400 homes in one night, a week after the last one.", title: "Wildfire burns 400 homes"),
        ]);

        var hits = search.Search("Sierra Alta wildfire").Hits;

        var first = hits.First(h => h.Id is "original" or "reprint");
        var second = hits.Last(h => h.Id is "original" or "reprint");
        Assert.Null(first.SameReportAs);
        Assert.Equal(first.Id, second.SameReportAs);
        Assert.Null(hits.Single(h => h.Id == "other").SameReportAs);
    }
}
