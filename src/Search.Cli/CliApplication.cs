using System.CommandLine;
using Search.Cli.Commands;
using Spectre.Console;

namespace Search.Cli;

/// <summary>The command-line tool: <c>index</c>, <c>search</c>, <c>stats</c> and <c>claims</c> over a seeds folder and its index.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/> and runs the command, writing to <paramref name="console"/>.</summary>
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, IAnsiConsole console) => Run(args, console, environment: null);

    /// <summary>As <see cref="Run(string[], IAnsiConsole)"/>, with these environment variables instead of the process's.</summary>
    internal static int Run(string[] args, IAnsiConsole console, IEnumerable<KeyValuePair<string, string?>>? environment)
    {
        CliSettings settings;
        try
        {
            settings = environment is null ? CliSettings.FromEnvironment() : CliSettings.From(environment);
        }
        catch (InvalidOperationException ex)
        {
            console.MarkupLine($"[red]Invalid setting:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.InvalidArguments;
        }
        var root = new RootCommand("News search: index a folder of articles and search it from the terminal.")
        {
            IndexCommand.Create(console, settings),
            SearchCommand.Create(console, settings),
            StatsCommand.Create(console, settings),
            ClaimsCommand.Create(console, settings),
        };
        var output = new ConsoleWriter(console);
        var parsed = root.Parse(args);
        int exitCode;
        try
        {
            exitCode = parsed.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // What the commands do not anticipate (a damaged file, an environment failure) is one clear line, not a trace.
            console.MarkupLine($"[red]Error:[/] {Markup.Escape(ex.Message)}");
            return ExitCodes.Failure;
        }
        return parsed.Errors.Count > 0 ? ExitCodes.InvalidArguments : exitCode;
    }

    /// <summary>Sends System.CommandLine's help and error text to the Spectre console, so tests see it too.</summary>
    private sealed class ConsoleWriter(IAnsiConsole console) : StringWriter
    {
        public override void Write(char value) => console.Write(value.ToString());

        public override void Write(string? value) => console.Write(new Text(value ?? ""));

        public override void WriteLine(string? value) => console.WriteLine(value ?? "");

        // StringWriter writes a bare line break (WriteLine()) and character runs through this overload, into its own
        // buffer unless it is overridden: help text would lose its line breaks.
        public override void Write(char[] buffer, int index, int count) => console.Write(new Text(new string(buffer, index, count)));

        public override void WriteLine() => console.WriteLine();
    }
}
