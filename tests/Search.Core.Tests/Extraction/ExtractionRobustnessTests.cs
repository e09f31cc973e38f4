using System.Text;
using Search.Core.Extraction;
using Search.Core.Ingestion;
using Search.Core.Text;

namespace Search.Core.Tests.Extraction;

/// <summary>
/// Extraction runs on every article, and a rule that throws costs that article its entities and claims. For random
/// texts built from the words the rules look at — reporting verbs, speaker nouns and descriptions, names, pronouns,
/// figures, shares, money, dates, quotes — at the start, middle and end of sentences, it must never throw, and every
/// entity, claim and date must point at text that is there.
/// </summary>
public sealed class ExtractionRobustnessTests
{
    private static readonly ArticleExtractor Extractor = new(Gazetteer.Load(null, new List<string>()));

    private static readonly string[] Words =
    [
        "said", "Said", "told", "States", "reports", "according", "to", "per", "the", "The", "a", "A", "an", "of", "for", "For",
        "in", "into", "While", "spokesman", "governor", "commission", "election", "police", "regional", "officials", "court",
        "John", "Smith", "Oleh", "Syniehubov", "Kharkiv", "Zelensky", "Putin", "he", "He", "she", "they", "Mr", "Gov.", "45",
        "3,000", "40%", "40", "percent", "per cent", "$3", "million", "€200", "euros", "nearly", "more than", "killed",
        "wounded", "troops", "soldiers", "December 26", "on Friday", "last week", "reportedly", "that", "not", "no",
        "saying", "warning", "with", "who", "which", "however", "speaking", "Sen.", "R-Alaska", "KYIV", "(AP)", "CEO",
        "Manchester", "United", "ten", "Hag", "I", "I'm", "can't", "believe", "allege", "at", "analysts", "report", "by",
        "published", "his", "lawyer", "air", "force", "Ukraine's", "Now", "During", "categorically", "South", "China", "Sea",
        "killing", "injuring", "Secretary", "Majority", "Leader", "Chair", "Chief", "Operating", "Officer", "reporters", "CNN",
        "lead", "researcher", "chief", "strategist", "Oklahoma", "Chad", "Israel", "Katz", "Northern", "Ireland", "Republicans",
        "TOKYO, March 3", "Residents", "juror", "teacher", "accused", "states", "other", "member", "Madigan's", "attorney",
        "remaining", "partner", "Michael", "Jordan", "Georgia", "Tbilisi", "Atlanta", "Texas", "Montana", "Joe", "Maria", "von",
        "Southern", "California", "found", "showed", "poll", "put", "support", "continued", "added", "writing", "on X",
        "save", "lives", "toll", "0.4%", "$12.50", "Washington state", "New York Times",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", " ", ", ", ". ", "; ", ": ", " \"", "\" ", " “", "” ", " (", ") ", " — ", "\n\n", "! ", "? "];

    [Fact]
    public void Random_texts_of_the_rules_own_words_never_make_extraction_throw_and_every_span_is_in_the_text()
    {
        var random = new Random(2026);
        var (claims, attributed, dates) = (0, 0, 0);
        for (var i = 0; i < 800; i++)
        {
            var text = RandomText(random);

            var extraction = Extractor.Extract(text, PartialDate.Parse("2024-11-20"));
            claims += extraction.Claims.Count;
            attributed += extraction.Claims.Count(c => c.Claimant.IsAttributed);
            dates += extraction.Dates.Count;

            Assert.All(extraction.Sentences, s => Assert.True(Inside(s, text), $"sentence {s} outside: {text}"));
            Assert.All(extraction.Mentions, m => Assert.True(Inside(m.Span, text), $"entity {m.Label} outside: {text}"));
            Assert.All(extraction.Claims, c =>
            {
                Assert.True(Inside(c.Span, text) && c.Text == text.Substring(c.Span.Start, c.Span.Length), $"claim '{c.Text}' not at {c.Span}: {text}");
                Assert.False(string.IsNullOrWhiteSpace(c.Claimant.Name), $"claim without a claimant name: {text}");
            });
            Assert.All(extraction.Dates, d => Assert.True(Inside(d.Span, text), $"date outside: {text}"));
        }
        // The texts reach the rules: otherwise the checks above would hold for want of anything to check.
        Assert.True(claims > 100 && attributed > 50 && dates > 50, $"{claims} claims, {attributed} attributed, {dates} dates");
    }

    private static bool Inside(TextSpan span, string text) => span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(1, 40);
        for (var i = 0; i < length; i++)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(Gaps[random.Next(Gaps.Length)]);
        }
        return TextNormalizer.Normalize(text.ToString());
    }
}
