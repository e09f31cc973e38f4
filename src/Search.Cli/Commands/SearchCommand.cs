using System.CommandLine;
using Search.Cli.Rendering;
using Search.Core;
using Search.Core.Facets;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Querying;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary><c>search</c>: runs a query and prints the hits with their matched words emphasised, and optionally facets.</summary>
internal static class SearchCommand
{
    public static Command Create(IAnsiConsole console, CliSettings settings)
    {
        var query = new Argument<string>("query") { Description = "Query text in Lucene syntax (empty lists everything, newest first).", DefaultValueFactory = _ => "" };
        // A misspelt option would otherwise be taken as query text.
        query.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[0].Value.StartsWith("--", StringComparison.Ordinal))
            {
                result.AddError($"Unknown option '{result.Tokens[0].Value}'. See --help for the options.");
            }
        });
        var index = CommonOptions.Index(settings);
        var seeds = CommonOptions.SeedsForQueries(settings);
        var size = CommonOptions.WholeNumber("--size", "Hits per page.", 10);
        var page = CommonOptions.WholeNumber("--page", "Page number.", 1);
        var sort = new Option<string?>("--sort") { Description = "relevance or date." };
        var from = new Option<string?>("--from") { Description = "First publication day (YYYY, YYYY-MM or YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Last publication day." };
        var facets = new Option<bool>("--facets") { Description = "Also print facet counts." };
        // One filter option per facet dimension of the schema: a new dimension gets its option without code here.
        var filters = IndexSchema.Dimensions.ToDictionary(
            d => d,
            d => new Option<string[]>("--" + d.Name) { Description = d.Description + " Repeat to select several (OR).", Arity = ArgumentArity.OneOrMore });
        var command = new Command("search", "Search the index.") { query, index, seeds, size, page, sort, from, to, facets };
        foreach (var option in filters.Values)
        {
            command.Add(option);
        }
        command.SetAction(parse => Execute(console, settings.Options(parse.GetValue(seeds), parse.GetValue(index)), new SearchParameters
        {
            Query = parse.GetValue(query),
            Size = parse.GetValue(size),
            Page = parse.GetValue(page),
            Sort = parse.GetValue(sort),
            From = parse.GetValue(from),
            To = parse.GetValue(to),
            Filters = filters
                .Where(f => parse.GetValue(f.Value) is { Length: > 0 })
                .ToDictionary(f => f.Key.Name, f => (IReadOnlyList<string>)parse.GetValue(f.Value)!),
        }, parse.GetValue(facets)));
        return command;
    }

    internal static int Execute(IAnsiConsole console, SearchOptions options, SearchParameters parameters, bool showFacets)
    {
        var request = SearchRequestParser.TryParse(parameters, out var errors);
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
        PrintHits(console, results);
        if (showFacets)
        {
            PrintFacets(console, results);
        }
        return ExitCodes.Success;
    }

    private static void PrintHits(IAnsiConsole console, SearchResults results)
    {
        var first = (results.Page - 1) * results.Size;
        console.MarkupLineInterpolated($"[bold]{results.Total}[/] result(s) for “{results.Query.Input}” in {results.Took.TotalMilliseconds:0.0} ms");
        if (results.Query.Notice is { } notice)
        {
            console.MarkupLineInterpolated($"[yellow]{notice}[/]");
        }
        if (results.Query.Filter is { } filter)
        {
            // Outlets are metadata, not article text: the filter is what finds what an outlet published.
            var query = filter.Query.Length == 0 ? "\"\"" : $"\"{filter.Query}\"";
            console.MarkupLineInterpolated($"[yellow]Looking for an outlet? Try: search {query} --{filter.Dimension} \"{filter.Value}\"[/]");
        }
        for (var i = 0; i < results.Hits.Count; i++)
        {
            var hit = results.Hits[i];
            console.WriteLine();
            console.MarkupLine($"[bold]{first + i + 1}.[/] {HighlightMarkup.Render(hit.Title, console)}");
            var facts = new[] { hit.Outlet, hit.OriginalOutlet is null ? null : $"originally {hit.OriginalOutlet}", hit.Published?.ToString() ?? "date unknown", hit.Score is { } s ? $"score {s:0.00}" : null, hit.Id };
            console.MarkupLineInterpolated($"   [grey]{string.Join(" · ", facts.Where(f => f is not null))}[/]");
            if (results.Hits.Select((other, at) => (other, at)).FirstOrDefault(o => o.other.Id == hit.SameReportAs) is { other: { } repeated } above)
            {
                console.MarkupLineInterpolated($"   [yellow]The same report as {first + above.at + 1}. ({repeated.Outlet ?? repeated.Id})[/]");
            }
            if (hit.Snippets.Count > 0)
            {
                console.MarkupLine("   " + HighlightMarkup.Render(Passages.Join(hit.Snippets), console));
            }
        }
    }

    private static void PrintFacets(IAnsiConsole console, SearchResults results)
    {
        foreach (var facet in results.Facets)
        {
            console.WriteLine();
            var table = new Table().Title($"[bold]{Markup.Escape(facet.Dimension)}[/]").AddColumn("Value").AddColumn(new TableColumn("Count").RightAligned());
            AddRows(table, facet.Values, 0);
            if (facet.Missing > 0)
            {
                table.AddRow($"[grey]({Markup.Escape(facet.MissingLabel ?? "none")})[/]", facet.Missing.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            console.Write(table);
        }
    }

    private static void AddRows(Table table, IReadOnlyList<FacetValue> values, int depth)
    {
        foreach (var value in values)
        {
            var label = new string(' ', depth * 2) + (value.Selected ? "[x] " : "") + value.Value;
            table.AddRow(Markup.Escape(label), value.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            AddRows(table, value.Children, depth + 1);
        }
    }
}
