using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>Generated hostile query strings never make the query builder or the pipeline throw anything unexpected.</summary>
public sealed class HostileQueryTests
{
    [Fact]
    public void Every_hostile_string_builds_a_query_and_runs()
    {
        using var search = TestSearch.FromSeeds();
        var unexpected = new List<string>();
        foreach (var text in HostileQueries.Strings.Where(s => s.Length <= SearchLimits.MaxQueryLength))
        {
            try
            {
                search.Search(text);
            }
            catch (QueryNotSearchableException)
            {
                // A clear 400 in the API.
            }
            catch (Exception ex)
            {
                unexpected.Add($"{Escape(text)}: {ex.GetType().Name}: {ex.Message}");
            }
        }
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    private static string Escape(string text) => string.Concat(text.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
