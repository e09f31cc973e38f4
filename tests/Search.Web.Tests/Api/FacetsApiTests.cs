using System.Net;
using System.Text.Json.Nodes;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class FacetsApiTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    private static JsonNode Facet(JsonNode results, string dimension) => results["facets"].Items().Single(f => f["dimension"].Str() == dimension);

    private static Dictionary<string, int> Counts(JsonNode facet) => facet["values"].Items().ToDictionary(v => v["value"].Str(), v => v["count"].Int());

    private static List<string> Ids(JsonNode results) => results["hits"].Items().Select(h => h["id"].Str()).ToList();

    [Fact]
    public async Task Kursk_counts_each_manifest_outlet_once()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");

        Assert.Equal(SeedFacts.OutletById.Values.Order().ToDictionary(o => o, _ => 1), Counts(Facet(results, "outlet")));
    }

    [Fact]
    public async Task Selecting_an_outlet_keeps_counts_of_the_other_outlets()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&outlet=" + Uri.EscapeDataString("The Moscow Times"));

        Assert.Equal(1, results["total"].Int());
        var outlets = Facet(results, "outlet");
        Assert.Equal(5, outlets["values"]!.AsArray().Count);
        Assert.All(outlets["values"].Items(), v => Assert.Equal(1, v["count"].Int()));
        Assert.True(outlets["values"].Items().Single(v => v["value"].Str() == "The Moscow Times")["selected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Values_within_a_dimension_are_ORed_and_dimensions_are_ANDed()
    {
        var either = await _client.GetJson("/api/search?q=Kursk&outlet=WION&outlet=" + Uri.EscapeDataString("M10 News"));
        var both = await _client.GetJson("/api/search?q=Kursk&outlet=WION&date=unknown");

        Assert.Equal(["001_87f13800c3cf062a", SeedFacts.M10], Ids(either).Order());
        Assert.Equal(0, both["total"].Int());
        Assert.Equal(1, Counts(Facet(both, "outlet"))["M10 News"]);
    }

    [Fact]
    public async Task A_filter_in_another_case_is_applied_in_the_index_spelling_and_reports_what_was_typed()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&outlet=wion");

        Assert.Equal(["001_87f13800c3cf062a"], Ids(results));
        var applied = results["applied"].Items().Single(f => f["parameter"].Str() == "outlet");
        Assert.Equal("WION", applied["value"].Str());
        Assert.Equal("wion", applied["requested"].Str());
        Assert.True(applied["inIndex"]!.GetValue<bool>());
        Assert.True(Facet(results, "outlet")["values"].Items().Single(v => v["value"].Str() == "WION")["selected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_entity_named_without_its_type_is_applied_as_the_entity_of_that_name()
    {
        var typed = await _client.GetJson("/api/search?q=Kursk&entity=" + Uri.EscapeDataString("person/Volodymyr Zelensky"));
        var bare = await _client.GetJson("/api/search?q=Kursk&entity=" + Uri.EscapeDataString("volodymyr zelensky"));

        Assert.NotEmpty(Ids(typed));
        Assert.Equal(Ids(typed), Ids(bare));
        var applied = bare["applied"].Items().Single(f => f["parameter"].Str() == "entity");
        Assert.Equal(("person/Volodymyr Zelensky", "volodymyr zelensky"), (applied["value"].Str(), applied["requested"].Str()));
    }

    [Fact]
    public async Task A_filter_value_no_article_has_is_reported_and_matches_nothing()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&outlet=Nowhere%20Gazette&outlet=WION");

        Assert.Equal(["001_87f13800c3cf062a"], Ids(results));
        var applied = results["applied"].Items().Where(f => f["parameter"].Str() == "outlet").ToList();
        Assert.Equal([("Nowhere Gazette", false), ("WION", true)], applied.Select(f => (f["value"].Str(), f["inIndex"]!.GetValue<bool>())));
        Assert.Null(applied[1]["requested"]);
    }

    [Fact]
    public async Task A_month_selection_includes_month_precision_dates_and_excludes_unknown_ones()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&date=2024-12");

        Assert.Contains(SeedFacts.AmericanMilitaryNews, Ids(results));
        Assert.DoesNotContain(SeedFacts.M10, Ids(results));
        Assert.Equal(4, results["total"].Int());
    }

    [Fact]
    public async Task The_unknown_date_bucket_is_counted_and_selectable()
    {
        var all = await _client.GetJson("/api/search?q=Kursk");
        var unknown = await _client.GetJson("/api/search?q=Kursk&date=unknown");

        var date = Facet(all, "date");
        Assert.Equal(1, date["missing"].Int());
        Assert.Equal("unknown", date["missingLabel"].Str());
        Assert.Equal([SeedFacts.M10], Ids(unknown));
    }

    [Fact]
    public async Task Dates_form_a_year_month_day_tree_honouring_precision_with_days_listed_under_the_selected_month()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");
        var drilled = await _client.GetJson("/api/search?q=Kursk&date=2024-12");

        var year = Facet(results, "date")["values"].Items().Single();
        var month = year["children"].Items().Single();
        Assert.Equal(("2024", 4), (year["value"].Str(), year["count"].Int()));
        Assert.Equal(("2024-12", 4), (month["value"].Str(), month["count"].Int()));
        Assert.Empty(month["children"].Items());

        var selectedMonth = Facet(drilled, "date")["values"].Items().Single()["children"].Items().Single();
        var day = selectedMonth["children"].Items().Single();
        Assert.True(selectedMonth["selected"]!.GetValue<bool>());
        Assert.Equal(("2024-12-27", 3), (day["value"].Str(), day["count"].Int()));
    }

    [Fact]
    public async Task A_date_range_keeps_documents_whose_date_overlaps_it()
    {
        var day = await _client.GetJson("/api/search?q=Kursk&from=2024-12-27&to=2024-12-27");
        var later = await _client.GetJson("/api/search?q=Kursk&from=2025-01");
        var before = await _client.GetJson("/api/search?q=Kursk&to=2024-11-30");

        Assert.Equal(4, day["total"].Int());
        Assert.DoesNotContain(SeedFacts.M10, Ids(day));
        Assert.Equal(0, later["total"].Int());
        Assert.Equal(0, before["total"].Int());
        Assert.Contains(day["applied"].Items(), a => a["parameter"].Str() == "from" && a["value"].Str() == "2024-12-27");
    }

    [Fact]
    public async Task The_histogram_counts_per_day_for_a_short_span_and_reports_what_it_cannot_place()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");

        var histogram = results["histogram"]!;
        Assert.Equal("day", histogram["interval"].Str());
        var bucket = histogram["buckets"].Items().Single();
        Assert.Equal(("2024-12-27", 3), (bucket["key"].Str(), bucket["count"].Int()));
        Assert.Equal(1, histogram["undated"].Int());
        Assert.Equal(1, histogram["imprecise"].Int());
    }

    [Fact]
    public async Task Reprints_count_under_their_original_outlet()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");

        Assert.Equal(new Dictionary<string, int> { ["Radio Free Asia"] = 1 }, Counts(Facet(results, "original")));
        Assert.Equal(4, Facet(results, "original")["missing"].Int());
    }

    [Fact]
    public async Task Only_the_requested_dimensions_are_counted_with_the_requested_number_of_values()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&facets=outlet:2");

        var facet = Assert.Single(results["facets"].Items());
        Assert.Equal("outlet", facet["dimension"].Str());
        Assert.Equal(2, facet["values"]!.AsArray().Count);
        Assert.Equal(5, facet["distinct"].Int());
    }

    [Fact]
    public async Task The_values_of_one_dimension_can_be_searched_by_prefix()
    {
        var moscow = await _client.GetJson("/api/facets/outlet?q=Kursk&prefix=mos");
        var news = await _client.GetJson("/api/facets/outlet?q=Kursk&prefix=news");
        var sideways = await _client.GetJson("/api/facets/outlet?q=Kursk&outlet=WION");

        Assert.Equal(["The Moscow Times"], moscow["values"].Items().Select(v => v["value"].Str()));
        Assert.Equal(["American Military News", "M10 News"], news["values"].Items().Select(v => v["value"].Str()).Order());
        Assert.Equal(5, sideways["values"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/api/facets/colour")]
    [InlineData("/api/facets/outlet?top=0")]
    [InlineData("/api/facets/outlet?shade=dark")]
    public async Task Bad_facet_requests_are_400_problems(string url)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = await response.Problem();
        Assert.True(problem.RootElement.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Filters_never_change_relevance_scores()
    {
        var all = await _client.GetJson("/api/search?q=Kursk%20soldier");
        var filtered = await _client.GetJson("/api/search?q=Kursk%20soldier&outlet=WION&outlet=" + Uri.EscapeDataString("The Moscow Times"));

        var scores = all["hits"].Items().ToDictionary(h => h["id"].Str(), h => h["score"]!.GetValue<float>());
        Assert.All(filtered["hits"].Items(), h => Assert.Equal(scores[h["id"].Str()], h["score"]!.GetValue<float>()));
    }
}
