using System.CommandLine;
using System.Globalization;
using Search.Core;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Querying;
using Spectre.Console;

namespace Search.Cli.Commands;

/// <summary><c>stats</c>: what the index holds — documents, fields, outlets, size.</summary>
internal static class StatsCommand
{
    public static Command Create(IAnsiConsole console, CliSettings settings)
    {
        var index = CommonOptions.Index(settings);
        var command = new Command("stats", "Show what the index holds.") { index };
        command.SetAction(parse => Execute(console, settings.Options(index: parse.GetValue(index))));
        return command;
    }

    internal static int Execute(IAnsiConsole console, SearchOptions options)
    {
        var index = options.IndexPath;
        using var engine = new SearchEngine(options);
        if (engine.Index.Metadata is not { } metadata)
        {
            return MissingIndex.Report(console, engine, index);
        }
        // Facets count articles; the type dimension is counted sideways, so it still shows the claims. Dimensions only
        // claims have (claimant) are counted over the claims.
        var articles = CountFacets(engine, RecordKinds.Article);
        var claims = CountFacets(engine, RecordKinds.Claim);
        var summary = new Grid().AddColumn().AddColumn()
            .AddRow("Generation", Markup.Escape(metadata.Generation))
            .AddRow("Built", metadata.BuiltAt.ToString("u", CultureInfo.InvariantCulture))
            .AddRow("Documents", metadata.Documents.ToString("N0", CultureInfo.InvariantCulture))
            .AddRow("Articles", metadata.Articles.ToString("N0", CultureInfo.InvariantCulture))
            .AddRow("Size on disk", $"{engine.Layout.SizeOnDisk(metadata.Generation) / 1024.0:N1} KiB")
            .AddRow("Location", Markup.Escape(engine.Layout.PathOf(metadata.Generation)));
        console.Write(summary);

        var fields = new Table().Title("[bold]Fields[/]").AddColumn("Field").AddColumn("Kind");
        foreach (var field in IndexSchema.Fields)
        {
            fields.AddRow(field.Name, field.GetType().Name);
        }
        console.Write(fields);

        var dimensions = new Table().Title("[bold]Facet values[/]").AddColumn("Dimension").AddColumn("Distinct").AddColumn("Top values");
        foreach (var ofArticles in articles.Facets)
        {
            var ofClaims = claims.Facets.FirstOrDefault(f => f.Dimension == ofArticles.Dimension);
            var (facet, label) = ofArticles.DistinctValues == 0 && ofClaims is { DistinctValues: > 0 }
                ? (ofClaims, $"{ofClaims.Dimension} (of claims)")
                : (ofArticles, ofArticles.Dimension);
            var top = string.Join(", ", facet.Values.Take(8).Select(v => $"{v.Value} ({v.Count})"));
            dimensions.AddRow(Markup.Escape(label), facet.DistinctValues.ToString(CultureInfo.InvariantCulture), Markup.Escape(top));
        }
        console.Write(dimensions);
        return ExitCodes.Success;
    }

    private static SearchResults CountFacets(SearchEngine engine, string kind) => engine.Pipeline.Search(new SearchRequest
    {
        Size = 1,
        Passages = 0,
        Selection = new FacetSelection([new DimensionSelection(IndexSchema.Type, [kind])], null),
        Facets = IndexSchema.Dimensions.Select(d => new FacetRequest(d, SearchLimits.MaxFacetTop)).ToList(),
    });
}
