using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Benchmarks;

/// <summary>One row of the peers' query file, turned into the request the API would make for it.</summary>
/// <param name="Kind">term_high, term_med, term_low, and2 or phrase2.</param>
/// <param name="Text">The query text (phrase2 queries are quoted).</param>
/// <param name="FilterDimension">outlet or year, or empty.</param>
/// <param name="FilterValue">The filter's value.</param>
internal sealed record BenchmarkQuery(string Kind, string Text, string FilterDimension, string FilterValue)
{
    /// <summary>The facets every request counts: outlets, dates (years, months, top days) and the top entities.</summary>
    public static readonly string[] Facets = ["outlet:100", "date:12", "entity:10"];

    public static List<BenchmarkQuery> Read(string path) =>
        File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'))
            .Select(c => new BenchmarkQuery(c[0], c[1], c.Length > 2 ? c[2] : "", c.Length > 3 ? c[3] : "")).ToList();

    /// <summary>The product request: top 10, two passages per hit, the facets above, the filter as a selection.</summary>
    public SearchRequest ToRequest() => SearchRequestParser.TryParse(ToParameters(), out var errors)
        ?? throw new InvalidOperationException($"query '{Text}' is invalid: {string.Join("; ", errors.SelectMany(e => e.Value))}");

    /// <summary>The same request as API query-string parameters.</summary>
    public string ToQueryString()
    {
        var parts = new List<string> { "q=" + Uri.EscapeDataString(Text), "size=10", "passages=2", "facets=" + Uri.EscapeDataString(string.Join(',', Facets)) };
        if (Filter is { } filter)
        {
            parts.Add($"{filter.Dimension}={Uri.EscapeDataString(filter.Value)}");
        }
        return string.Join('&', parts);
    }

    private SearchParameters ToParameters() => new()
    {
        Query = Text,
        Size = 10,
        Passages = 2,
        Facets = Facets,
        Filters = Filter is { } filter
            ? new Dictionary<string, IReadOnlyList<string>> { [filter.Dimension] = [filter.Value] }
            : new Dictionary<string, IReadOnlyList<string>>(),
    };

    /// <summary>The peers filter by outlet or by year; a year is a value of the hierarchical date dimension.</summary>
    private (string Dimension, string Value)? Filter => FilterDimension switch
    {
        "outlet" => (IndexSchema.Outlet.Name, FilterValue),
        "year" => (IndexSchema.Date.Name, FilterValue),
        _ => null,
    };
}
