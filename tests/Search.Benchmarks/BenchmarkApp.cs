using System.CommandLine;

namespace Search.Benchmarks;

/// <summary>
/// The benchmark program: builds and queries indexes through the same Core code the product uses and prints figures —
/// a table for people and, with <c>--json</c>, one JSON object on the last line for scripts.
/// </summary>
public static class BenchmarkApp
{
    /// <summary>Runs a verb; output goes to <paramref name="output"/>, progress to <paramref name="progress"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter progress)
    {
        var root = new RootCommand("Search benchmarks: corpus, index, query, facets, http.")
        {
            CorpusCommand.Create(output, progress),
            IndexCommand.Create(output, progress),
            QueryCommand.Create(output, progress),
            FacetsCommand.Create(output, progress),
            HttpCommand.Create(output, progress),
        };
        var parsed = root.Parse(args);
        var code = parsed.Invoke(new InvocationConfiguration { Output = output, Error = progress });
        return parsed.Errors.Count > 0 ? 2 : code;
    }
}
