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
            var results = engine.Pipeline.Search(request);
            // A filter by a value no document has matches nothing: say so, or the empty list looks like the query's fault.
            foreach (var missing in results.Selection.Dimensions.SelectMany(d => (d.Resolutions ?? []).Where(r => r.Values.Count == 0).Select(r => (d.Dimension.Name, r.Requested))))
            {
                console.MarkupLineInterpolated($"[yellow]No document has {missing.Name} \"{missing.Requested}\".[/]");
            }
            return results;
        }
        catch (QueryNotSearchableException ex)
        {
            console.MarkupLineInterpolated($"[red]{ex.Message}[/]");
            exitCode = ExitCodes.InvalidArguments;
            return null;
        }
    }
}
