using System.CommandLine;
using Search.Cli.Rendering;
using Search.Core;
using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary><c>index</c>: rebuilds the index from the seeds folder, with a progress bar and a summary.</summary>
internal static class IndexCommand
{
    public static Command Create(IAnsiConsole console, CliSettings settings)
    {
        var seeds = CommonOptions.Seeds(settings);
        var index = CommonOptions.Index(settings);
        var command = new Command("index", "Rebuild the index from the seeds folder. The previous index keeps serving until the new one is complete.")
        {
            seeds, index,
        };
        command.SetAction(parse => Execute(console, settings.Options(parse.GetValue(seeds), parse.GetValue(index))));
        return command;
    }

    internal static int Execute(IAnsiConsole console, SearchOptions options)
    {
        var seeds = options.SeedsPath;
        if (!Directory.Exists(seeds))
        {
            console.MarkupLineInterpolated($"[red]The seeds folder '{seeds}' {(File.Exists(seeds) ? "is a file, not a folder" : "does not exist")}.[/]");
            return ExitCodes.InvalidArguments;
        }
        using var engine = new SearchEngine(options);
        RebuildReport report;
        try
        {
            report = console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var reading = context.AddTask("Reading and indexing articles", maxValue: 1);
                    ProgressTask? committing = null;
                    var progress = new SynchronousProgress<RebuildProgress>(p =>
                    {
                        if (p.Phase == RebuildPhase.Reading)
                        {
                            reading.MaxValue = Math.Max(1, p.Total);
                            reading.Value = p.Done;
                            return;
                        }
                        reading.Value = reading.MaxValue;
                        committing ??= context.AddTask("Writing the index").IsIndeterminate();
                    });
                    var result = engine.Rebuild(progress);
                    reading.Value = reading.MaxValue;
                    committing?.StopTask();
                    return result;
                });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException or RebuildRefusedException)
        {
            console.MarkupLineInterpolated($"[red]The rebuild failed: {ex.Message}[/]");
            console.MarkupLine("The previous index, if any, is unchanged.");
            return ExitCodes.Failure;
        }
        PrintSummary(console, report);
        return report.Skipped.Any() ? ExitCodes.CompletedWithSkippedFiles : ExitCodes.Success;
    }

    private static void PrintSummary(IAnsiConsole console, RebuildReport report)
    {
        var metadata = report.Index!;
        console.MarkupLineInterpolated($"[green]Indexed {metadata.Articles} articles[/] ({metadata.Documents} documents) from {report.FilesRead} files in {report.Elapsed.TotalSeconds:0.00} s into {metadata.Generation}.");
        var skipped = report.Skipped.ToList();
        if (skipped.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Skipped {skipped.Count} file(s):[/]");
            console.Write(IssueTable(skipped));
        }
        var warnings = report.Warnings.ToList();
        if (warnings.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]{warnings.Count} warning(s):[/]");
            console.Write(IssueTable(warnings));
        }
    }

    private static Table IssueTable(IEnumerable<Core.Ingestion.IngestionIssue> issues)
    {
        var table = new Table().AddColumn("File").AddColumn("Reason");
        foreach (var issue in issues)
        {
            table.AddRow(Markup.Escape(issue.File), Markup.Escape(issue.Reason));
        }
        return table;
    }
}
