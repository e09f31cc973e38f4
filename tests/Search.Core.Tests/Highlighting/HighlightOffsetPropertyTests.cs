using System.Text;
using Lucene.Net.Analysis.TokenAttributes;
using Search.Core.Indexing;
using Search.Core.Tests.Support;
using Search.Core.Text;

namespace Search.Core.Tests.Highlighting;

/// <summary>
/// For random texts mixing accents, emoji, CJK, punctuation and markup, the marks of a whole-article highlight are
/// exactly the spans where the analyzer finds the query's term: nothing missed, nothing extra, offsets exact.
/// </summary>
public sealed class HighlightOffsetPropertyTests
{
    private static readonly string[] Words = ["Kursk", "kursk's", "KURSK", "Kúrsk", "troops", "troop", "drone", "drones", "Zelensky", "Zelenskyy", "north", "korean", "soldier", "soldiers"];
    private static readonly string[] Noise = [" ", " ", " ", ", ", ". ", "; ", " — ", " 🙂 ", " 北朝鮮 ", " <b>", "</b> ", " & ", " \"", "\" ", " (", ") ", "\n\n", " 3,000 ", " 🇰🇵 ", " 40% ", "%"];

    [Fact]
    public void Marks_are_exactly_the_analyzer_token_spans_of_the_query_term()
    {
        var random = new Random(4242);
        var records = Enumerable.Range(0, 60).Select(i => TestRecords.Article($"doc{i}", RandomText(random))).ToList();
        using var search = TestSearch.FromRecords(records, withSynonyms: false);
        using var analyzer = new NewsAnalyzer();
        foreach (var record in records)
        {
            var word = Words[random.Next(Words.Length)];
            var term = Tokens(analyzer, word).Single().Term;
            var expected = Tokens(analyzer, record.Body).Where(t => t.Term == term).Select(t => new TextSpan(t.Start, t.End - t.Start)).ToList();

            var article = search.Articles.Article(record.Id, word)!;

            Assert.True(expected.SequenceEqual(article.Body.Marks),
                $"{record.Id}, query '{word}': expected [{string.Join(", ", expected)}] got [{string.Join(", ", article.Body.Marks)}] in: {record.Body}");
            Assert.All(article.Body.Marks, m => Assert.Equal(term, Tokens(analyzer, article.Body.Text.Substring(m.Start, m.Length)).Single().Term));
        }
    }

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(5, 60);
        for (var i = 0; i < length; i++)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(Noise[random.Next(Noise.Length)]);
        }
        return TextNormalizer.Normalize(text.ToString());
    }

    private static List<(string Term, int Start, int End)> Tokens(NewsAnalyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var tokens = new List<(string, int, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
