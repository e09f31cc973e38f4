using Search.Cli;
using Search.Cli.Rendering;
using Spectre.Console;

var console = AnsiConsole.Console;
if (OutputWidth.For(Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS")) is { } width)
{
    console.Profile.Width = width;
}
return CliApplication.Run(args, console);
