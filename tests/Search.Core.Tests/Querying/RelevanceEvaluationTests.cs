using Search.Core.Indexing;
using Search.Core.Tests.Support;
using Xunit.Abstractions;

namespace Search.Core.Tests.Querying;

/// <summary>
/// Ranks the judged queries and scores the rankings: nDCG@5 (gain 2^grade − 1, log2 discount) and MRR (first article
/// graded 2 or more). The figures for both stemmers are printed; the default stemmer must reach nDCG@5 ≥ 0.9.
/// </summary>
public sealed class RelevanceEvaluationTests(ITestOutputHelper output)
{
    private const int Depth = 5;

    [Fact]
    public void The_judged_queries_reach_nDCG_at_5_of_at_least_0_9()
    {
        var kstem = Evaluate(Stemmer.KStem, out var perQuery);
        var porter = Evaluate(Stemmer.Porter, out _);

        output.WriteLine($"{"kind",-12} {"query",-45} {"nDCG@5",7} {"RR",5}");
        foreach (var (judged, ndcg, rr) in perQuery)
        {
            output.WriteLine($"{judged.Kind,-12} {judged.Query,-45} {ndcg,7:0.000} {rr,5:0.00}");
        }
        output.WriteLine($"KStem:  nDCG@5 {kstem.Ndcg:0.0000}  MRR {kstem.Mrr:0.000}  over {JudgedQueries.All.Count} queries");
        output.WriteLine($"Porter: nDCG@5 {porter.Ndcg:0.0000}  MRR {porter.Mrr:0.000}");
        Assert.True(kstem.Ndcg >= 0.9, $"nDCG@5 is {kstem.Ndcg:0.000}");
        Assert.True(kstem.Ndcg >= porter.Ndcg, $"KStem ({kstem.Ndcg:0.0000}), the default stemmer, ranks below Porter ({porter.Ndcg:0.0000}) on the judged set");
    }

    [Fact]
    public void The_metrics_score_a_perfect_and_a_reversed_ranking_as_expected()
    {
        var grades = new Dictionary<string, int> { ["a"] = 3, ["b"] = 2, ["c"] = 0 };

        Assert.Equal(1.0, Ndcg(["a", "b", "c"], grades), 6);
        Assert.True(Ndcg(["c", "b", "a"], grades) < 0.7);
        Assert.Equal(0.5, ReciprocalRank(["c", "a"], grades));
        Assert.Equal(0.0, ReciprocalRank(["c"], grades));
    }

    private static (double Ndcg, double Mrr) Evaluate(Stemmer stemmer, out List<(JudgedQueries.Judged Judged, double Ndcg, double Rr)> perQuery)
    {
        using var search = TestSearch.FromSeeds(stemmer: stemmer);
        perQuery = [];
        foreach (var judged in JudgedQueries.All)
        {
            var ranking = search.Search(judged.Query, p => p with { Size = Depth }).Hits.Select(h => h.Id).ToList();
            perQuery.Add((judged, Ndcg(ranking, judged.Grades), ReciprocalRank(ranking, judged.Grades)));
        }
        return (perQuery.Average(q => q.Ndcg), perQuery.Average(q => q.Rr));
    }

    private static double Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades)
    {
        var ideal = Dcg(grades.Values.OrderDescending().ToList());
        return ideal == 0 ? 0 : Dcg(ranking.Select(id => grades.GetValueOrDefault(id)).ToList()) / ideal;
    }

    private static double Dcg(IReadOnlyList<int> gains) =>
        gains.Take(Depth).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();

    private static double ReciprocalRank(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades)
    {
        var first = ranking.ToList().FindIndex(id => grades.GetValueOrDefault(id) >= 2);
        return first < 0 ? 0 : 1.0 / (first + 1);
    }
}
