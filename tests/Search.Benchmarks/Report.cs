using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Search.Benchmarks;

/// <summary>Figures for people (a table) and for scripts (one JSON line), in the peers' shape.</summary>
internal static class Report
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    public const string Engine = "search-dotnet";

    public static void Table(TextWriter output, string title, IEnumerable<(string Name, string Value)> rows)
    {
        var list = rows.ToList();
        var width = list.Max(r => r.Name.Length);
        output.WriteLine(title);
        output.WriteLine(new string('-', title.Length));
        foreach (var (name, value) in list)
        {
            output.WriteLine($"{name.PadRight(width)}  {value}");
        }
    }

    public static void Json(TextWriter output, JsonObject report) => output.WriteLine(report.ToJsonString(Compact));

    /// <summary>Nearest-rank percentiles, mean and max, as the peers compute them.</summary>
    public static JsonObject Percentiles(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return new JsonObject
        {
            ["p50"] = Round(Percentile(sorted, 50)),
            ["p95"] = Round(Percentile(sorted, 95)),
            ["p99"] = Round(Percentile(sorted, 99)),
            ["mean"] = Round(sorted.Length == 0 ? 0 : sorted.Average()),
            ["max"] = Round(sorted.Length == 0 ? 0 : sorted[^1]),
            ["samples"] = sorted.Length,
        };
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Max(1, (int)Math.Ceiling(p / 100 * sorted.Length)) - 1];

    public static double Round(double value, int digits = 3) => Math.Round(value, digits);

    public static string Format(double value, string format = "N1") => value.ToString(format, CultureInfo.InvariantCulture);

    public static long DirectoryBytes(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;
}
