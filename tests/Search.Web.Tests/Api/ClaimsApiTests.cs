using System.Net;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class ClaimsApiTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Claims_are_searchable_documents_with_speaker_figures_and_article()
    {
        var results = await _client.GetJson("/api/claims?q=" + Uri.EscapeDataString("\"killed or wounded\"") + "&claimant=" + Uri.EscapeDataString("Volodymyr Zelensky"));

        var hits = results["hits"].Items().ToList();
        Assert.InRange(hits.Count, 3, 10);
        Assert.All(hits, h =>
        {
            Assert.Equal("claim", h["kind"].Str());
            Assert.Equal("Volodymyr Zelensky", h["claim"]!["claimant"]!["name"].Str());
            Assert.Equal("Ukraine", h["claim"]!["claimant"]!["country"].Str());
            Assert.StartsWith(h["articleId"].Str(), h["id"].Str(), StringComparison.Ordinal);
        });
        Assert.Contains(hits, h => h["claim"]!["figures"].Items().Any(f => f["interval"].Str() == "[2700, 3000)"));
    }

    [Fact]
    public async Task A_claimant_filter_on_article_search_gives_that_speaker_s_claims_rather_than_nothing()
    {
        var results = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("killed") + "&claimant=" + Uri.EscapeDataString("Volodymyr Zelensky"));

        var hits = results["hits"].Items().ToList();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(("claim", "Volodymyr Zelensky"), (h["kind"].Str(), h["claim"]!["claimant"]!["name"].Str())));
    }

    [Fact]
    public async Task Claim_facets_count_claimants_and_topics()
    {
        var results = await _client.GetJson("/api/claims?facets=claimant:5,topic");

        var claimants = results["facets"].Items().Single(f => f["dimension"].Str() == "claimant")["values"].Items().ToList();
        Assert.Equal("National Intelligence Service", claimants[0]["value"].Str());
        Assert.Contains(results["facets"].Items().Single(f => f["dimension"].Str() == "topic")["values"].Items(), v => v["value"].Str() == "casualties");
        // Every topic the facet counts is one a filter accepts, whatever its case.
        Assert.All(results["facets"].Items().Single(f => f["dimension"].Str() == "topic")["values"].Items(),
            v => Assert.Contains(v["value"].Str(), Search.Core.Extraction.ClaimFigure.Topics));
        var lower = await _client.GetJson("/api/claims?topic=casualties");
        var capital = await _client.GetJson("/api/claims?topic=Casualties");
        Assert.True(lower["total"].Int() > 0);
        Assert.Equal(lower["total"].Int(), capital["total"].Int());
    }

    [Fact]
    public async Task Comparing_casualty_claims_lines_up_Zelenskys_figure_across_outlets_and_flags_the_difference()
    {
        var comparison = await _client.GetJson("/api/claims/compare?q=casualties");

        var ukraine = comparison["groups"].Items().Single(g => g["topic"].Str() == "casualties" && g["source"].Str() == "Ukraine");
        Assert.True(ukraine["outlets"].Int() >= 4);
        Assert.True(ukraine["disagreement"]!.GetValue<bool>());
        var wordings = ukraine["rows"].Items().Select(r => r["figure"]!["text"].Str()).ToList();
        Assert.Contains("nearly 3,000", wordings);
        Assert.Contains("more than 3,000", wordings);
        var conflicts = ukraine["conflicts"].Items().SelectMany(c => new[] { c["first"].Str(), c["second"].Str() }).ToHashSet();
        var nearly = ukraine["rows"].Items().Single(r => r["figure"]!["text"].Str() == "nearly 3,000");
        Assert.Contains(nearly["claimId"].Str(), conflicts);
        Assert.True(nearly["conflicting"]!.GetValue<bool>());
        Assert.Equal(ukraine["conflicts"].Items().Count(), ukraine["conflictCount"].Int());

        var southKorea = comparison["groups"].Items().Single(g => g["topic"].Str() == "casualties" && g["source"].Str() == "South Korea");
        // "more than 100 … killed and 1,000 more injured": "more" after a count of the killed counts all the injured.
        Assert.Equal(["1,000", "1,000 more", "at least 1,100", "more than 100"], southKorea["rows"].Items().Select(r => r["figure"]!["text"].Str()).Order());

        // M10 News gave Zelensky's "more than 3,000 killed or wounded" as "more than 3,000 … have already fallen": the same
        // figure for a different count. Pairs point at rows by position, since one claim can give two figures.
        var ukraineRows = ukraine["rows"].Items().ToList();
        var m10 = ukraineRows.FindIndex(r => r["outlet"].Str() == "M10 News");
        var differences = ukraine["measureDifferences"].Items().ToList();
        Assert.NotEmpty(differences);
        Assert.All(differences, d => Assert.Contains(m10, new[] { d["firstRow"].Int(), d["secondRow"].Int() }));
        Assert.All(differences, d => Assert.Equal(["killed", "killed-or-wounded"], new[] { d["firstCounts"].Str(), d["secondCounts"].Str() }.Order()));
        Assert.True(ukraineRows[m10]["countsDiffer"]!.GetValue<bool>());
        var korean = Assert.Single(southKorea["measureDifferences"].Items());
        var koreanRows = southKorea["rows"].Items().ToList();
        Assert.Equal(["1,000", "1,000 more"], new[] { koreanRows[korean["firstRow"].Int()], koreanRows[korean["secondRow"].Int()] }.Select(r => r["figure"]!["text"].Str()).Order());
    }

    [Fact]
    public async Task Entities_are_listed_with_article_counts_by_prefix_and_type()
    {
        var byPrefix = await _client.GetJson("/api/entities?prefix=zel");
        var people = await _client.GetJson("/api/entities?entityType=person");

        var zelensky = byPrefix["entities"].Items().Single();
        Assert.Equal(("person/Volodymyr Zelensky", 5), (zelensky["value"].Str(), zelensky["count"].Int()));
        Assert.Equal(["article"], byPrefix["counted"].Items().Select(k => k.Str()));
        Assert.All(people["entities"].Items(), e => Assert.Equal("person", e["type"].Str()));
        Assert.Contains(people["entities"].Items(), e => e["name"].Str() == "Lee Seong-kweun");
    }

    [Fact]
    public async Task Under_type_claim_entities_count_claims_and_say_so()
    {
        var entities = await _client.GetJson("/api/entities?prefix=zel&type=claim");
        var claims = await _client.GetJson("/api/claims?entity=" + Uri.EscapeDataString("person/Volodymyr Zelensky"));

        Assert.Equal(["claim"], entities["counted"].Items().Select(k => k.Str()));
        var anyCase = await _client.GetJson("/api/entities?prefix=zel&type=Claim");
        var unknown = await _client.GetJson("/api/entities?prefix=zel&type=bogus");
        Assert.Equal(["claim"], anyCase["counted"].Items().Select(k => k.Str()));
        Assert.Empty(unknown["counted"].Items());
        var zelensky = entities["entities"].Items().Single();
        Assert.Equal(claims["total"].Int(), zelensky["count"].Int());
        Assert.NotEqual(5, zelensky["count"].Int());
    }

    [Fact]
    public async Task An_entity_type_the_index_does_not_hold_is_a_clear_error_but_a_type_without_matches_is_not()
    {
        var misspelt = await _client.GetAsync("/api/entities?entityType=persons");
        var noMatches = await _client.GetAsync("/api/entities?entityType=person&q=zzzqqxx");
        var noneInTheIndex = await _client.GetJson("/api/entities?entityType=other"); // the seeds name no entity of the type

        Assert.Equal(HttpStatusCode.BadRequest, misspelt.StatusCode);
        Assert.Contains("persons", await misspelt.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, noMatches.StatusCode);
        Assert.Empty(noneInTheIndex["entities"].Items());
    }

    [Fact]
    public async Task Articles_carry_their_entities_and_claim_counts()
    {
        var results = await _client.GetJson("/api/search?q=Militarnyi");

        var hit = results["hits"].Items().Single();
        Assert.Contains(hit["entities"].Items(), e => e["value"].Str() == "organisation/Militarnyi");
        Assert.True(hit["claimCount"].Int() >= 10);
    }

    [Fact]
    public async Task An_alias_finds_articles_that_only_use_another_name_of_the_entity()
    {
        var results = await _client.GetJson("/api/search?q=" + Uri.EscapeDataString("Agence France-Presse"));

        Assert.Equal([SeedFacts.MoscowTimes], results["hits"].Items().Select(h => h["id"].Str()));
    }

    [Fact]
    public async Task The_entity_facet_counts_extracted_entities()
    {
        var results = await _client.GetJson("/api/search?q=Kursk&facets=entity:50");

        var counts = results["facets"].Items().Single()["values"].Items().ToDictionary(v => v["value"].Str(), v => v["count"].Int());
        Assert.Equal(5, counts["person/Volodymyr Zelensky"]);
        Assert.Equal(1, counts["person/Lee Seong-kweun"]);
    }

    [Theory]
    [InlineData("/api/claims/compare?q=casualties&size=1", "size")]
    [InlineData("/api/claims/compare?q=casualties&page=2", "page")]
    [InlineData("/api/claims/compare?q=casualties&sort=date", "sort")]
    [InlineData("/api/claims/compare?q=casualties&facets=outlet", "facets")]
    [InlineData("/api/claims/compare?q=casualties&type=article", "type")]
    [InlineData("/api/claims?q=casualties&type=article", "type")]
    [InlineData("/api/facets/entity?top=2&size=1", "size")]
    [InlineData("/api/facets/entity?top=2&page=2", "page")]
    [InlineData("/api/entities?top=2&sort=date", "sort")]
    public async Task Search_parameters_an_endpoint_does_not_use_are_refused_not_ignored(string url, string parameter)
    {
        var message = await (await _client.GetAsync(url)).ErrorFor(parameter);

        Assert.Contains("does not apply", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_claims_requests_are_400s()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/claims?size=500")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/claims/compare?colour=red")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/api/entities?top=0")).StatusCode);
    }
}
