using Search.Core;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary>What the commands that read the index say when there is nothing to read.</summary>
internal static class MissingIndex
{
    /// <summary>Says why (no index yet, or a live generation that could not be opened) and how to build one.</summary>
    public static int Report(IAnsiConsole console, SearchEngine engine, string index)
    {
        var why = engine.Index.OpenFailure ?? $"There is no index in '{index}' yet.";
        console.MarkupLineInterpolated($"[red]{why}[/] Build it with: news index --seeds seeds --index {index}");
        return ExitCodes.NoIndex;
    }
}
