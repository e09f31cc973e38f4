using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Search.Core;
using Search.Core.Querying;
using Search.Web.Contracts;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

/// <summary>
/// Search responses are written by generated serialisation code; these tests hold it to the bytes the reflection-based
/// serialiser with the web defaults (what every other endpoint uses) writes for the same response.
/// </summary>
public sealed class ResponseSerializationTests(SearchApplication app) : IClassFixture<SearchApplication>
{
    private static readonly JsonSerializerOptions WebDefaults = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData("Kursk casualties", null)]
    [InlineData("Kursk", "claim")]
    [InlineData("", null)]
    [InlineData("\"prisoners of war\" <script>", null)]
    public void Generated_serialisation_writes_what_reflection_writes(string query, string? type)
    {
        var engine = app.Services.GetRequiredService<SearchEngine>();
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        if (type is not null)
        {
            filters["type"] = [type];
        }
        var request = SearchRequestParser.TryParse(new SearchParameters { Query = query, Filters = filters }, out var errors)
            ?? throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
        var response = SearchResponse.From(engine.Pipeline.Search(request));

        var generated = JsonSerializer.Serialize(response, ApiJsonContext.Default.SearchResponse);
        var reflected = JsonSerializer.Serialize(response, WebDefaults);

        Assert.Equal(reflected, generated);
        Assert.Contains("\"hits\":", generated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_endpoint_answers_in_JSON_and_the_OpenAPI_document_still_describes_its_body()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/api/search?q=Kursk");
        var document = await client.GetJson("/openapi/v1.json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(5, JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32());
        var schema = document["paths"]!["/api/search"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"];
        Assert.NotNull(schema);
    }
}
