using System.Text.Json;
using System.Text.Json.Serialization;

namespace Search.Web.Contracts;

/// <summary>
/// Serialisation code generated at build time for the response every search returns, with the web defaults
/// (camel-case names) that the rest of the API is served with.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SearchResponse))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
