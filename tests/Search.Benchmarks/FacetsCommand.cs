using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core;
using Search.Core.Facets;
using Search.Core.Indexing;

namespace Search.Benchmarks;

/// <summary>
/// <c>facets --index DIR</c>: the cost of counting three dimensions (outlet, date, entity) for a match-all query and for a
/// selective one, measured as collection with counting minus collection without, medians over many runs.
/// </summary>
internal static class FacetsCommand
{
    public static Command Create(TextWriter output, TextWriter progress)
    {
        var index = new Option<string>("--index") { Description = "Index folder.", Required = true };
        var runs = new Option<int>("--runs") { Description = "Timed runs per case (after 3 untimed).", DefaultValueFactory = _ => 21 };
        var json = new Option<bool>("--json") { Description = "End with one JSON line." };
        var command = new Command("facets", "Measure facet counting for 3 dimensions on a match-all and a selective query.") { index, runs, json };
        command.SetAction(parse => Execute(output, parse.GetValue(index)!, parse.GetValue(runs), parse.GetValue(json)));
        return command;
    }

    internal static int Execute(TextWriter output, string indexPath, int runs, bool json)
    {
        using var searchIndex = new SearchIndex(new IndexLayout(indexPath));
        using var lease = searchIndex.Acquire();
        var searcher = lease.Searcher;
        var buildClock = Stopwatch.StartNew();
        var state = FacetReaderState.Of(lease);
        FacetRequest[] requests = [new(IndexSchema.Outlet, 10), new(IndexSchema.Date, 12), new(IndexSchema.Entity, 10)];
        foreach (var request in requests)
        {
            state.For(request.Dimension);
        }
        var stateMs = buildClock.Elapsed.TotalMilliseconds;
        var (word, frequency) = SelectiveTerm(searcher.IndexReader);
        var cases = new (string Name, Query Query)[]
        {
            ("match-all", new MatchAllDocsQuery()),
            ($"selective (body:{word}, {frequency:N0} docs)", new TermQuery(new Term(IndexSchema.Body.Name, word))),
        };
        var report = new JsonObject { ["docs"] = searcher.IndexReader.NumDocs, ["facet_state_ms"] = Report.Round(stateMs, 1) };
        var rows = new List<(string, string)> { ("documents", searcher.IndexReader.NumDocs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)), ("facet state build ms (once per reader)", Report.Format(stateMs)) };
        foreach (var (name, query) in cases)
        {
            var with = Median(runs, () => FacetedSearch.Run(searcher, state, query, FacetSelection.None, requests, new TotalHitCountCollector()));
            var without = Median(runs, () => FacetedSearch.Run(searcher, state, query, FacetSelection.None, [], new TotalHitCountCollector()));
            var hits = FacetedSearch.Run(searcher, state, query, FacetSelection.None, [], new TotalHitCountCollector()).TotalHits;
            rows.Add(($"{name}: matches", hits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
            rows.Add(($"{name}: collect with / without facets ms", $"{Report.Format(with, "N2")} / {Report.Format(without, "N2")}"));
            rows.Add(($"{name}: facet counting ms (difference)", Report.Format(with - without, "N2")));
            report[name.StartsWith("match", StringComparison.Ordinal) ? "match_all" : "selective"] = new JsonObject
            {
                ["query"] = query.ToString(), ["matches"] = hits, ["with_facets_ms"] = Report.Round(with), ["without_facets_ms"] = Report.Round(without),
                ["facet_counting_ms"] = Report.Round(with - without),
            };
        }
        Report.Table(output, "Facet counting: outlet, date, entity (medians)", rows);
        if (json)
        {
            Report.Json(output, new JsonObject { ["engine"] = Report.Engine, ["facets"] = report });
        }
        return 0;
    }

    private static double Median(int runs, Action action)
    {
        for (var i = 0; i < 3; i++)
        {
            action();
        }
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var began = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(began).TotalMilliseconds;
        }
        Array.Sort(times);
        return times[runs / 2];
    }

    /// <summary>The first body term, in term order, found in about 0.1% of the documents: a typical selective query.</summary>
    private static (string Word, int Frequency) SelectiveTerm(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Body.Name).GetEnumerator();
        var low = Math.Max(2, reader.NumDocs / 2000);
        var high = Math.Max(low + 1, reader.NumDocs / 500);
        while (terms.MoveNext())
        {
            if (terms.DocFreq >= low && terms.DocFreq <= high && terms.Term.Utf8ToString().All(char.IsLetter))
            {
                return (terms.Term.Utf8ToString(), terms.DocFreq);
            }
        }
        return ("kursk", 0);
    }
}
