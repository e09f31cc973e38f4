using Search.Cli;
using Spectre.Console;

return CliApplication.Run(args, AnsiConsole.Console);
