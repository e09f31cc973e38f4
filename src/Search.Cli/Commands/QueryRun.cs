using Search.Core;
using Search.Core.Querying;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary>Runs a user's query for the commands that take one (<c>search</c>, <c>claims</c>).</summary>
internal static class QueryRun
{
    /// <summary>
    /// The results, or <c>null</c> after saying why not: there is no index to search (exit code 3), or the index
    /// cannot run the query (exit code 2, as the API answers 400).
    /// </summary>
    public static SearchResults? Run(IAnsiConsole console, SearchEngine engine, string index, SearchRequest request, out int exitCode)
    {
        if (engine.Index.Metadata is null)
        {
            exitCode = MissingIndex.Report(console, engine, index);
            return null;
        }
        try
        {
            exitCode = ExitCodes.Success;
            return engine.Pipeline.Search(request);
        }
        catch (QueryNotSearchableException ex)
        {
            console.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            exitCode = ExitCodes.InvalidArguments;
            return null;
        }
    }
}
