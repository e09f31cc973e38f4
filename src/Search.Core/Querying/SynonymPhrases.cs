using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Search.Core.Querying.Synonyms;

namespace Search.Core.Querying;

/// <summary>
/// The classic parser splits on white space before analysis, so "spy agency" would become two unrelated terms.
/// Before parsing, runs of plain words that form a multi-word synonym entry are put in quotes, which makes them one
/// phrase that the synonym expander can then widen.
/// </summary>
internal static partial class SynonymPhrases
{
    public static string Quote(string text, SynonymSet synonyms, Analyzer analyzer)
    {
        if (synonyms.LongestEntry < 2)
        {
            return text;
        }
        var result = new StringBuilder();
        var position = 0;
        foreach (Match run in PlainWordRun().Matches(text))
        {
            if (InsideQuotes(text, run.Index))
            {
                continue;
            }
            result.Append(text, position, run.Index - position);
            result.Append(QuoteEntries(run.Value, synonyms, analyzer));
            position = run.Index + run.Length;
        }
        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    private static string QuoteEntries(string run, SynonymSet synonyms, Analyzer analyzer)
    {
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var output = new List<string>();
        var i = 0;
        while (i < words.Length)
        {
            var quoted = false;
            for (var length = Math.Min(synonyms.LongestEntry + 2, words.Length - i); length >= 2 && !quoted; length--)
            {
                var candidate = string.Join(' ', words, i, length);
                if (SynonymSet.Analyze(analyzer, candidate) is { Terms.Count: >= 2 } phrase && synonyms.Contains(phrase.Key))
                {
                    output.Add($"\"{candidate}\"");
                    i += length;
                    quoted = true;
                }
            }
            if (!quoted)
            {
                output.Add(words[i++]);
            }
        }
        return string.Join(' ', output);
    }

    private static bool InsideQuotes(string text, int index) => text[..index].Count(c => c == '"') % 2 == 1;

    // Two or more words made only of letters, digits, apostrophes, periods and inner hyphens, not operators.
    [GeneratedRegex(@"(?<![\w:""'+\-])(?:(?!(?:AND|OR|NOT)\b)[\p{L}\p{N}][\p{L}\p{N}'’.\-]*)(?:\s+(?!(?:AND|OR|NOT)\b)[\p{L}\p{N}][\p{L}\p{N}'’.\-]*)+(?![\w:*~^""(])")]
    private static partial Regex PlainWordRun();
}
