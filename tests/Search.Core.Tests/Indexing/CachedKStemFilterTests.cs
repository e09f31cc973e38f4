using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Search.Core.Indexing;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class CachedKStemFilterTests
{
    /// <summary>Inflections, irregular forms, numbers, long and accented words: what KStem changes and what it leaves.</summary>
    private const string Words =
        "casualties troops running ran happily nations children mice studies americans british killed wounded fallen " +
        "deployed captured said says reporting reports 2019 3,000 o'clock internationalization counterrevolutionaries " +
        "café naïve aged ageing going goes dying lives leaves feet geese media data criteria analyses crises";

    [Fact]
    public void Stems_exactly_as_lucene_s_kstem_filter_the_first_time_and_from_its_table_after()
    {
        // Twice over: the second time every short word comes from the table.
        var seedText = string.Join(' ', Seeds.AllIds.Select(id => File.ReadAllText(Path.Combine(Seeds.Folder, id + ".txt")))).ToLowerInvariant();
        var text = $"{Words} {seedText} {Words} {seedText}";

        Assert.Equal(Terms(text, stream => new KStemFilter(stream)), Terms(text, stream => new CachedKStemFilter(stream)));
    }

    [Fact]
    public void A_full_table_takes_no_more_words_and_still_stems_them()
    {
        // More distinct words than the table takes: "ba", "bb", … "zzzz" in lower case, each with an -s some stemming changes.
        var many = Enumerable.Range(0, CachedKStemFilter.Slots).Select(Word).ToList();
        var text = string.Join(' ', many) + " " + Words + " " + string.Join(' ', many.Take(1000));
        CachedKStemFilter? cached = null;

        var expected = Terms(text, stream => new KStemFilter(stream));
        var actual = Terms(text, stream => cached = new CachedKStemFilter(stream));

        Assert.Equal(expected, actual);
        Assert.Equal(CachedKStemFilter.Slots / 2, cached!.CachedWords);
    }

    private static string Word(int n)
    {
        var letters = new System.Text.StringBuilder("q");
        for (var k = n; k > 0; k /= 26)
        {
            letters.Append((char)('a' + k % 26));
        }
        return letters.Append("ings").ToString();
    }

    private static List<string> Terms(string text, Func<TokenStream, TokenStream> filter)
    {
        using var stream = filter(new WhitespaceTokenizer(NewsAnalyzer.Version, new StringReader(text)));
        return TokenStreams.Terms(stream);
    }
}
