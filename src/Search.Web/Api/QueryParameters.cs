using Search.Core.Querying;

namespace Search.Web.Api;

/// <summary>Unknown query parameters are errors on every endpoint, so a misspelt name ("sise=5") is never silently ignored.</summary>
internal static class QueryParameters
{
    /// <summary>Adds an error for each parameter of <paramref name="query"/> not in <paramref name="known"/>.</summary>
    public static void RejectUnknown(IQueryCollection query, IEnumerable<string> known, IDictionary<string, string[]> errors)
    {
        var allowed = known.ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Only the first few: a request line of thousands of unknown keys must not get a reply many times its size.
        foreach (var name in query.Keys.Where(k => !allowed.Contains(k)).Take(SearchLimits.MaxMessagesPerParameter))
        {
            errors[name] = [$"Unknown parameter '{name}'. Known: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}."];
        }
    }
}
