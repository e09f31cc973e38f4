using Search.Core;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary>What the commands that read the index say when there is nothing to read.</summary>
internal static class MissingIndex
{
    /// <summary>
    /// Says why (no index yet, or a live generation that could not be opened) and how to build one, from the seeds folder
    /// the settings name (<c>Search__SeedsPath</c>), so the advice builds the index this tool and the server would read.
    /// </summary>
    public static int Report(IAnsiConsole console, SearchEngine engine, string index)
    {
        var why = engine.Index.OpenFailure ?? $"There is no index in '{index}' yet.";
        console.MarkupLineInterpolated($"[red]{why}[/] Build it with: news index --seeds {Quoted(engine.Options.SeedsPath)} --index {Quoted(index)}");
        return ExitCodes.NoIndex;
    }

    /// <summary>A path as a shell takes it: quoted when it holds a space or a quotation mark.</summary>
    private static string Quoted(string path) => path.Any(c => char.IsWhiteSpace(c) || c is '\'' or '"') ? $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'" : path;
}
