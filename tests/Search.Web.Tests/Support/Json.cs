using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Search.Web.Tests.Support;

public static class Json
{
    public static async Task<JsonNode> GetJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!;
    }

    public static IEnumerable<JsonNode> Items(this JsonNode? node) => node!.AsArray().Select(n => n!);

    public static string Str(this JsonNode? node) => node!.GetValue<string>();

    public static int Int(this JsonNode? node) => node!.GetValue<int>();

    public static async Task<JsonDocument> Problem(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Asserts a 400 problem with an error under <paramref name="parameter"/> and returns its first message.</summary>
    public static async Task<string> ErrorFor(this HttpResponseMessage response, string parameter)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = await response.Problem();
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out var messages), $"no error for '{parameter}'");
        return messages[0].GetString() ?? "";
    }
}
