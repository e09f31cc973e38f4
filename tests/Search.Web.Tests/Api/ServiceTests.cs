using System.Text.Json.Nodes;
using System.Net;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class ServiceTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Health_reports_the_generation_document_count_and_last_rebuild()
    {
        var health = await _client.GetJson("/api/health");

        Assert.Equal("ok", health["status"].Str());
        Assert.Matches("^gen-\\d{6}$", health["generation"].Str());
        Assert.Equal(5, health["articles"].Int());
        Assert.True(health["lastRebuild"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Theory]
    [InlineData("/api/health", HttpStatusCode.OK)]
    [InlineData("/api/search?q=Kursk", HttpStatusCode.OK)]
    [InlineData("/api/articles/no-such-article", HttpStatusCode.NotFound)]
    [InlineData("/api/search?size=500", HttpStatusCode.BadRequest)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    public async Task A_head_request_answers_as_get_would_without_the_body(string url, HttpStatusCode status)
    {
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal((status, status), (get.StatusCode, head.StatusCode));
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.NotEmpty(await get.Content.ReadAsByteArrayAsync());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_search_endpoint_and_its_facet_filters()
    {
        var document = await _client.GetJson("/openapi/v1.json");

        var search = document["paths"]!["/api/search"]!["get"]!;
        var parameters = search["parameters"].Items().Select(p => p["name"].Str()).ToList();
        Assert.Contains("q", parameters);
        Assert.Contains("outlet", parameters);
        Assert.Contains("date", parameters);
        Assert.NotNull(document["paths"]!["/api/articles/{id}"]);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_each_endpoints_filters_without_the_parameters_it_refuses()
    {
        var document = await _client.GetJson("/openapi/v1.json");

        List<string> Parameters(string path) => document["paths"]![path]!["get"]!["parameters"].Items().Select(p => p["name"].Str()).ToList();
        Assert.Contains("claimant", Parameters("/api/claims"));
        Assert.DoesNotContain("type", Parameters("/api/claims"));
        Assert.Contains("outlet", Parameters("/api/claims/compare"));
        Assert.DoesNotContain("page", Parameters("/api/claims/compare"));
        Assert.DoesNotContain("type", Parameters("/api/claims/compare"));
        Assert.Contains("entity", Parameters("/api/entities"));
        Assert.DoesNotContain("size", Parameters("/api/entities"));
        Assert.DoesNotContain("sort", Parameters("/api/facets/{dimension}"));
        Assert.Contains("page", Parameters("/api/search"));
        Assert.Contains("type", Parameters("/api/search"));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_not_found_and_not_ready_responses()
    {
        var document = await _client.GetJson("/openapi/v1.json");

        JsonNode Responses(string path) => document["paths"]![path]!["get"]!["responses"]!;
        Assert.NotNull(Responses("/api/articles/{id}")["404"]);
        Assert.NotNull(Responses("/api/articles/{id}/similar")["404"]);
        Assert.Null(Responses("/api/search")["404"]);
        foreach (var path in new[] { "/api/search", "/api/suggest", "/api/facets/{dimension}", "/api/claims", "/api/claims/compare", "/api/entities", "/api/articles/{id}", "/api/health" })
        {
            Assert.NotNull(Responses(path)["503"]);
        }
    }

    [Fact]
    public async Task The_API_reference_page_is_served()
    {
        var response = await _client.GetAsync("/scalar/v1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_is_served_without_external_resources()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("role=\"search\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        var script = await _client.GetAsync("/js/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_page_may_load_only_its_own_resources_and_no_response_is_sniffed()
    {
        using var page = await _client.GetAsync("/");
        using var search = await _client.GetAsync("/api/search?q=Kursk");
        using var invalid = await _client.GetAsync("/api/search?size=abc");

        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.All([page, search, invalid], response => Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options"))));
    }
}
