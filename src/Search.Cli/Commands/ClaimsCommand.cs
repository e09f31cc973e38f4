using System.CommandLine;
using Search.Cli.Rendering;
using Search.Core;
using Search.Core.Indexing;
using Search.Core.Querying;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary><c>claims</c>: the claims matching a query, and how outlets compare on their figures.</summary>
internal static class ClaimsCommand
{
    public static Command Create(IAnsiConsole console, CliSettings settings)
    {
        var query = new Argument<string>("query") { Description = "What the claims are about, e.g. casualties.", DefaultValueFactory = _ => "" };
        var index = CommonOptions.Index(settings);
        var seeds = CommonOptions.SeedsForQueries(settings);
        var size = CommonOptions.WholeNumber("--size", "How many claims to list.", 20);
        var claimant = new Option<string[]>("--claimant") { Description = "Only claims by this speaker (repeat for several).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("claims", "List the claims matching a query and compare their figures across outlets.") { query, index, seeds, size, claimant };
        command.SetAction(parse => Execute(console, settings.Options(parse.GetValue(seeds), parse.GetValue(index)), parse.GetValue(query) ?? "", parse.GetValue(size), parse.GetValue(claimant) ?? []));
        return command;
    }

    internal static int Execute(IAnsiConsole console, SearchOptions options, string query, int size, string[] claimants)
    {
        var request = SearchRequestParser.TryParse(new SearchParameters
        {
            Query = query,
            Size = size,
            Facets = [],
            DefaultKinds = [RecordKinds.Claim],
            Filters = claimants.Length == 0 ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { [IndexSchema.Claimant.Name] = claimants },
        }, out var errors);
        if (request is null)
        {
            foreach (var (parameter, messages) in errors)
            {
                console.MarkupLineInterpolated($"[red]{parameter}: {string.Join(" ", messages)}[/]");
            }
            return ExitCodes.InvalidArguments;
        }
        using var engine = new SearchEngine(options);
        if (QueryRun.Run(console, engine, options.IndexPath, request, out var exitCode) is not { } results)
        {
            return exitCode;
        }
        console.MarkupLineInterpolated($"[bold]{results.Total}[/] claim(s) for “{query}”");
        if (results.Query.Notice is { } notice)
        {
            console.MarkupLineInterpolated($"[yellow]{notice}[/]");
        }
        foreach (var hit in results.Hits)
        {
            var source = string.Join(" · ", new[] { hit.Outlet, hit.Published?.ToString() ?? "date unknown" }.Where(s => s is not null));
            console.MarkupLine($"[bold]{Markup.Escape(hit.Claim?.Claimant.Name ?? hit.Claimant ?? "")}[/] {Markup.Escape(hit.Claim?.Cue ?? "")} [grey]({Markup.Escape(source)})[/]");
            console.MarkupLine("   " + HighlightMarkup.Render(Core.Highlighting.Passages.Join(hit.Snippets), console));
        }
        var comparison = engine.Claims.Compare(request);
        foreach (var group in comparison.Groups)
        {
            var flag = group.Disagreement ? "[red]outlets disagree[/]" : group.MeasureDifferenceCount > 0 ? "[yellow]counts differ[/]"
                : group.UnaskedDifferences > 0 ? "[yellow]figures differ[/]" : "[green]no disagreement[/]"; // none of them naming what was asked
            var table = new Table()
                .Title($"[bold]{Markup.Escape(group.Topic)} according to {Markup.Escape(group.Source)}[/] — {Count(group.Outlets, "outlet")}, {group.IndependentSources} independent — {flag}")
                // Dates, figures and verdicts keep to one line in a narrow terminal; names and counts wrap.
                .AddColumn("Outlet").AddColumn(new TableColumn("Date").NoWrap()).AddColumn("Claimant").AddColumn(new TableColumn("Figure").NoWrap())
                .AddColumn(new TableColumn("Interval").NoWrap()).AddColumn("Counts").AddColumn(new TableColumn("Verdict").NoWrap());
            foreach (var row in group.Rows)
            {
                // A copy names the outlet of the article it copies, as the page does, when the group lists it.
                var copy = row.Syndication.CopyOf is { } original ? $" (copy of {group.Rows.FirstOrDefault(r => r.ArticleId == original)?.Outlet ?? original})"
                    : row.Syndication.ReprintOf is { } reprint ? $" (reprint of {reprint})" : "";
                table.AddRow(
                    Markup.Escape((row.Outlet ?? row.ArticleId) + copy),
                    Markup.Escape(row.Published?.ToString() ?? "unknown"),
                    Markup.Escape(row.SpeaksFor is { } body ? $"{row.Claimant} ({body})" : row.Claimant),
                    row.Conflicting ? $"[red]{Markup.Escape(row.Figure.Text)}[/]"
                        : row.CountsDiffer ? $"[yellow]{Markup.Escape(row.Figure.Text)}[/]" : Markup.Escape(row.Figure.Text),
                    Markup.Escape(row.Figure.Interval),
                    Markup.Escape(row.Figure.Subject),
                    // In words as well as colour: a terminal without colour, or a reader who cannot tell red, still sees it.
                    (row.Conflicting ? "[red]disagrees[/]" : row.CountsDiffer ? "[yellow]counts differ[/]" : row.EarlierCount ? "an earlier count" : "")
                        + (row.DeniedBy is { } denier ? $" denied by {Markup.Escape(denier)}" : ""));
            }
            console.Write(table);
            if (group.DifferingSources.Count > 0)
            {
                // Each group is one source's: where other sources part from it on the same day, say so under it.
                console.MarkupLine($"[yellow]Other sources differ on the same day:[/] {Markup.Escape(string.Join(", ", group.DifferingSources))}");
            }
        }
        return ExitCodes.Success;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
