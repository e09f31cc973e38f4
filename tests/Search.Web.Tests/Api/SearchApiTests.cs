using System.Net;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class SearchApiTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Kursk_returns_all_five_seed_articles_with_the_manifest_outlets()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");

        Assert.Equal(5, results["total"].Int());
        var hits = results["hits"].Items().ToList();
        Assert.Equal(SeedFacts.OutletById.Keys.Order(), hits.Select(h => h["id"].Str()).Order());
        Assert.All(hits, hit => Assert.Equal(SeedFacts.OutletById[hit["id"].Str()], hit["outlet"].Str()));
    }

    [Fact]
    public async Task Kursk_casualties_marks_casualties_in_the_snippet_of_the_article_that_says_it()
    {
        var results = await _client.GetJson("/api/search?q=Kursk%20casualties");

        var hit = results["hits"].Items().Single(h => h["id"].Str() == SeedFacts.AmericanMilitaryNews);
        Assert.Contains("<mark>casualties</mark>", hit["snippet"]!["html"].Str(), StringComparison.Ordinal);
        var first = hit["snippets"].Items().First();
        var match = first["matches"].Items().First(m => first["text"].Str().Substring(m["start"].Int(), m["length"].Int()) == "casualties");
        Assert.NotNull(match);
    }

    [Fact]
    public async Task The_response_reports_total_time_and_the_parsed_query()
    {
        var results = await _client.GetJson("/api/search?q=Kursk%20casualties");

        Assert.True(results["tookMs"]!.GetValue<double>() >= 0);
        Assert.Equal("words", results["query"]!["interpretation"].Str());
        Assert.Contains("body:kursk", results["query"]!["parsed"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_query_lists_all_articles_newest_first_with_undated_last()
    {
        var results = await _client.GetJson("/api/search");

        Assert.Equal(5, results["total"].Int());
        Assert.Equal("date", results["sort"].Str());
        var dates = results["hits"].Items().Select(h => h["published"]?["value"]?.GetValue<string>()).ToList();
        Assert.Null(dates[^1]);
        Assert.Equal(SeedFacts.M10, results["hits"].Items().Last()["id"].Str());
        var known = dates.Where(d => d is not null).ToList();
        Assert.Equal(known.OrderByDescending(d => d, StringComparer.Ordinal), known);
    }

    [Fact]
    public async Task Hits_report_date_precision()
    {
        var results = await _client.GetJson("/api/search?q=Kursk");

        var reprint = results["hits"].Items().Single(h => h["id"].Str() == SeedFacts.AmericanMilitaryNews);
        Assert.Equal("2024-12", reprint["published"]!["value"].Str());
        Assert.Equal("month", reprint["published"]!["precision"].Str());
        Assert.Equal("Radio Free Asia", reprint["originalOutlet"].Str());
    }

    [Fact]
    public async Task Paging_returns_the_requested_slice()
    {
        var first = await _client.GetJson("/api/search?q=Kursk&size=2&page=1");
        var third = await _client.GetJson("/api/search?q=Kursk&size=2&page=3");

        Assert.Equal(2, first["hits"]!.AsArray().Count);
        Assert.Single(third["hits"]!.AsArray());
        Assert.Equal(5, third["total"].Int());
        Assert.DoesNotContain(third["hits"].Items().Single()["id"].Str(), first["hits"].Items().Select(h => h["id"].Str()));
    }

    [Fact]
    public async Task Size_zero_answers_the_counts_alone()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&size=0&facets=outlet");

        Assert.Empty(results["hits"]!.AsArray());
        Assert.Equal(5, results["total"].Int());
        var outlets = Assert.Single(results["facets"].Items());
        Assert.Equal(5, outlets["values"].Items().Sum(v => v["count"].Int()));
    }

    [Theory]
    [InlineData("size=101", "size")]
    [InlineData("size=-1", "size")]
    [InlineData("page=0", "page")]
    [InlineData("page=-3", "page")]
    [InlineData("page=200&size=100", "page")]
    [InlineData("sort=popularity", "sort")]
    [InlineData("facets=colour", "facets")]
    [InlineData("facets=outlet:0", "facets")]
    [InlineData("colour=red", "colour")]
    [InlineData("date=2024-13", "date")]
    [InlineData("date=yesterday", "date")]
    [InlineData("from=2024-02-30", "from")]
    [InlineData("to=2024-12-26T99", "to")]
    [InlineData("from=2024-12-26T10:00:00Z", "from")]
    [InlineData("from=2025-01-01&to=2024-01-01", "from")]
    [InlineData("passages=11", "passages")]
    [InlineData("from=%D9%A2%D9%A0%D9%A2%D9%A4", "from")]
    [InlineData("to=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%94", "to")]
    [InlineData("date=2024-1%D9%A2", "date")]
    [InlineData("topic=hectares", "topic")]
    [InlineData("entity=person/", "entity")]
    public async Task Invalid_parameters_are_400_problems_naming_the_parameter(string query, string parameter)
    {
        var message = await (await _client.GetAsync("/api/search?q=Kursk&" + query)).ErrorFor(parameter);

        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Theory]
    [InlineData("page=abc", "page", "whole number")]
    [InlineData("size=1e9", "size", "whole number")]
    [InlineData("page=99999999999", "page", "out of range")]
    [InlineData("size=2147483648", "size", "out of range")]
    [InlineData("passages=x", "passages", "whole number")]
    public async Task Parameters_that_do_not_bind_are_400_problems_naming_the_parameter(string query, string parameter, string says)
    {
        var message = await (await _client.GetAsync("/api/search?" + query)).ErrorFor(parameter);

        Assert.Contains(says, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=kursk&q=soldier", "q")]
    [InlineData("/api/search?size=1&size=2", "size")]
    [InlineData("/api/search?sort=date&sort=relevance", "sort")]
    [InlineData("/api/claims?q=kursk&q=soldier", "q")]
    [InlineData("/api/articles/004_f46bea610a9b1fe8?q=a&q=b", "q")]
    [InlineData("/api/suggest?prefix=ku&prefix=zel", "prefix")]
    public async Task A_parameter_that_takes_one_value_given_twice_is_a_400_naming_it(string url, string parameter)
    {
        var message = await (await _client.GetAsync(url)).ErrorFor(parameter);

        Assert.Contains("2 times", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=%FF", "q")]
    [InlineData("/api/search?q=caf%E9+au+lait", "q")]
    [InlineData("/api/search?q=kursk&outlet=%C3", "outlet")]
    [InlineData("/api/claims?q=%C3%28", "q")]
    [InlineData("/api/search?%FF=1", "query")]
    public async Task Percent_escapes_that_are_not_UTF8_are_a_400_naming_the_parameter(string url, string parameter)
    {
        var message = await (await _client.GetAsync(url)).ErrorFor(parameter);

        Assert.Contains("not UTF-8", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/search?q=caf%C3%A9")]
    [InlineData("/api/search?q=50%25")]
    [InlineData("/api/search?q=%E2%80%9Ckursk%E2%80%9D")]
    public async Task Percent_escapes_of_UTF8_and_a_bare_percent_sign_are_searched(string url)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/articles/%3Cb%3Ex")]
    [InlineData("/api/search?sort=%3Cb%3E")]
    [InlineData("/api/search?%3Cb%3E=1")]
    [InlineData("/api/facets/%3Cb%3E")]
    public async Task Error_bodies_escape_markup_they_echo(string url)
    {
        var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for {url}");
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
        Assert.Contains("\\u003Cb\\u003E", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_and_facets_may_repeat()
    {
        var response = await _client.GetAsync("/api/search?q=Kursk&outlet=WION&outlet=The%20Moscow%20Times&facets=outlet&facets=date");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/suggest?prefix=ku&sise=5", "sise")]
    [InlineData("/api/articles/004_f46bea610a9b1fe8?query=Kursk", "query")]
    [InlineData("/api/articles/004_f46bea610a9b1fe8/similar?count=3", "count")]
    public async Task Every_endpoint_rejects_unknown_parameters_by_name(string url, string parameter)
    {
        await (await _client.GetAsync(url)).ErrorFor(parameter);
    }

    [Fact]
    public async Task Thousands_of_bad_values_get_a_short_reply()
    {
        var unknown = string.Join('&', Enumerable.Range(0, 2000).Select(i => $"p{i}=x"));
        var facets = "facets=" + string.Join(',', Enumerable.Repeat("colour", 2000));

        foreach (var query in new[] { unknown, facets })
        {
            var response = await _client.GetAsync("/api/search?q=Kursk&" + query);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(body.Length < 20_000, $"{body.Length:N0} characters for a {query.Length:N0}-character query");
        }
    }

    [Fact]
    public async Task An_oversized_query_is_a_400_problem()
    {
        var response = await _client.GetAsync("/api/search?q=" + new string('a', 1001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = await response.Problem();
        Assert.Contains("1,001", problem.RootElement.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limit_counts_characters_as_a_reader_does_so_an_emoji_is_one()
    {
        var emoji = string.Concat(Enumerable.Repeat("🙂", 600));
        var accepted = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(emoji));
        var article = await _client.GetAsync($"/api/articles/{SeedFacts.AmericanMilitaryNews}?q=" + Uri.EscapeDataString(emoji));
        var refused = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString(emoji + emoji));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = await refused.Problem();
        Assert.Contains("1,200 characters", problem.RootElement.GetProperty("errors").GetProperty("q")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("(Kursk")]
    [InlineData("Kursk AND")]
    [InlineData("title:(Kursk")]
    [InlineData("colour:red Kursk")]
    [InlineData("/[unclosed/")]
    public async Task Malformed_syntax_is_searched_as_plain_words_and_says_so(string query)
    {
        var results = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal("syntaxErrorAsWords", results["query"]!["interpretation"].Str());
        Assert.False(string.IsNullOrWhiteSpace(results["query"]!["notice"].Str()));
    }

    [Fact]
    public async Task Syntax_that_leaves_no_words_finds_nothing_and_says_why()
    {
        var results = await _client.GetJson("/api/search?q=title%3A");

        Assert.Equal("nothing", results["query"]!["interpretation"].Str());
        Assert.Equal(0, results["total"].Int());
        Assert.Contains("no searchable words are left", results["query"]!["notice"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_syntax_is_honoured_for_phrases_fields_and_negation()
    {
        var phrase = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("\"prisoner of war\""));
        var anywhere = await _client.GetJson("/api/search?q=intelligence");
        var field = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("title:intelligence"));
        var negated = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("Kursk -Militarnyi"));

        Assert.Equal(["001_87f13800c3cf062a", SeedFacts.AmericanMilitaryNews], phrase["hits"].Items().Select(h => h["id"].Str()).Order());
        Assert.InRange(field["total"].Int(), 1, anywhere["total"].Int() - 1);
        Assert.All(field["hits"].Items(), hit => Assert.Contains("<mark>intelligence</mark>", hit["title"]!["html"].Str(), StringComparison.Ordinal));
        Assert.Equal(4, negated["total"].Int());
        Assert.DoesNotContain(SeedFacts.AmericanMilitaryNews, negated["hits"].Items().Select(h => h["id"].Str()));
    }

    [Fact]
    public async Task Only_stop_words_find_nothing_and_say_why()
    {
        var results = await _client.GetJson("/api/search?q=the%20of%20and");

        Assert.Equal(0, results["total"].Int());
        Assert.Equal("nothing", results["query"]!["interpretation"].Str());
    }

    [Fact]
    public async Task Prosecutor_general_does_not_find_the_Moscow_Times_appeal()
    {
        var results = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("prosecutor general"));

        Assert.Equal(0, results["total"].Int());
    }

    [Fact]
    public async Task Selecting_an_outlet_filters_hits_and_echoes_the_filter()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&outlet=" + Uri.EscapeDataString("The Moscow Times"));

        Assert.Equal(SeedFacts.MoscowTimes, results["hits"].Items().Single()["id"].Str());
        Assert.Contains(results["applied"].Items(), a => a["parameter"].Str() == "outlet" && a["value"].Str() == "The Moscow Times");
    }
}
