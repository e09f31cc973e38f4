using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Facets;

/// <summary>
/// The values of one dimension that spell one name across the index — "other/Tesla" in one article and "org/Tesla" in
/// another, "Marcia Goncalves" and "Márcia Gonçalves" — mapped to the one value they are counted and filtered as. Each
/// article already gives a name one label (<see cref="ArticleRecords"/>); this joins the articles.
/// </summary>
internal static class SpellingMerge
{
    /// <summary>The ordinal each ordinal is counted as, or <c>null</c> when every value stands alone.</summary>
    /// <param name="valueCount">Number of values.</param>
    /// <param name="label">The value of an ordinal.</param>
    /// <param name="spellings">What the values are.</param>
    public static int[]? Canonical(int valueCount, Func<int, string> label, ValueSpellings spellings)
    {
        if (spellings == ValueSpellings.Exact || valueCount < 2)
        {
            return null;
        }
        // (hash of the name, ordinal), sorted: the spellings of one name are adjacent, and only those few runs need their
        // labels read again. Eight bytes a value, where grouping the labels themselves would hold every one of them.
        var byName = new long[valueCount];
        for (var ord = 0; ord < valueCount; ord++)
        {
            byName[ord] = ((long)NameSpellings.Hash(NameOf(label(ord), spellings)) << 32) | (uint)ord;
        }
        Array.Sort(byName);
        int[]? canonical = null;
        for (var start = 0; start < valueCount;)
        {
            var end = start + 1;
            while (end < valueCount && byName[end] >> 32 == byName[start] >> 32)
            {
                end++;
            }
            if (end - start > 1)
            {
                MergeRun(byName.AsSpan(start, end - start), label, spellings, ref canonical, valueCount);
            }
            start = end;
        }
        return canonical;
    }

    private static void MergeRun(ReadOnlySpan<long> run, Func<int, string> label, ValueSpellings spellings, ref int[]? canonical, int valueCount)
    {
        var members = new List<(int Ord, string Label)>(run.Length);
        foreach (var entry in run)
        {
            var ord = (int)(entry & 0xFFFFFFFFL);
            members.Add((ord, label(ord)));
        }
        // Equal hashes are nearly always one name; a collision splits the run into its names.
        foreach (var name in members.GroupBy(m => Text.AccentFolding.Fold(NameOf(m.Label, spellings)), StringComparer.OrdinalIgnoreCase))
        {
            var group = name.ToList();
            if (group.Count < 2)
            {
                continue;
            }
            var labels = group.Select(m => m.Label).ToList();
            var chosen = spellings == ValueSpellings.EntityLabels
                ? NameSpellings.PreferredLabels(labels, otherJoinsFirstType: false)
                : Enumerable.Repeat(NameSpellings.Preferred(labels), labels.Count).ToArray();
            for (var i = 0; i < group.Count; i++)
            {
                var target = group.FindIndex(m => m.Label == chosen[i]);
                if (target >= 0 && group[target].Ord != group[i].Ord)
                {
                    canonical ??= Enumerable.Range(0, valueCount).ToArray();
                    canonical[group[i].Ord] = group[target].Ord;
                }
            }
        }
    }

    /// <summary>
    /// The name a value's spellings are grouped by. A word of four capitals or fewer is an acronym, not a dateline's way
    /// of writing a word: "NICE" (the health body) is not "Nice", nor "ACT" "Act", and stays apart from them. Longer
    /// ones are datelines' ("CANOAS"); the gazetteer types the short capitals of datelines ("ROME", "KYIV") anyway.
    /// </summary>
    private static string NameOf(string value, ValueSpellings spellings)
    {
        var name = spellings == ValueSpellings.EntityLabels ? EntityLabel.Split(value).Name : value;
        return IsAcronym(name) ? AcronymMark + name : name;
    }

    private const char AcronymMark = '\u0001';

    private static bool IsAcronym(string name) =>
        name.Length <= MaxAcronymLength && name.Any(char.IsLetter) && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '.' or '-');

    private const int MaxAcronymLength = 4;
}
