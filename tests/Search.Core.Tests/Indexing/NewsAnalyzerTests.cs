using Search.Core.Indexing;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class NewsAnalyzerTests
{
    private static List<string> Terms(string text, Stemmer stemmer = Stemmer.KStem)
    {
        using var analyzer = new NewsAnalyzer(stemmer);
        using var stream = analyzer.GetTokenStream("body", text);
        return TokenStreams.Terms(stream);
    }

    [Fact]
    public void Possessives_case_and_stop_words_are_removed()
    {
        Assert.Equal(["korea", "spy", "agency"], Terms("South Korea’s spy agency", Stemmer.KStem).Skip(1));
        Assert.Equal(["soldier", "kursk"], Terms("The soldier in Kursk"));
    }

    [Fact]
    public void Diacritics_are_folded_so_spellings_meet()
    {
        Assert.Equal(Terms("Zelenskyy"), Terms("Zelenskÿy"));
        Assert.Equal(Terms("Kyiv"), Terms("Kyïv"));
    }

    [Fact]
    public void A_dotted_capital_I_folds_to_the_same_term_as_i()
    {
        Assert.Equal(["istanbul"], Terms("İstanbul"));
        Assert.Equal(["istanbul"], Terms("ISTANBUL"));
        Assert.Equal(["diyarbakir"], Terms("DİYARBAKIR"));
    }

    [Fact]
    public void Plurals_and_inflections_share_a_stem()
    {
        Assert.Equal(Terms("casualty"), Terms("casualties"));
        Assert.Equal(Terms("soldier"), Terms("soldiers"));
        Assert.Equal(Terms("casualty", Stemmer.Porter), Terms("casualties", Stemmer.Porter));
    }

    [Fact]
    public void Numbers_stay_whole_without_their_thousands_separators()
    {
        Assert.Equal(["3000", "11000", "1000000", "3381.5"], Terms("3,000 and 11,000 and 1,000,000 and 3,381.5"));
        Assert.Equal(Terms("3381"), Terms("3,381"));
    }

    [Theory]
    [InlineData("1,2")]
    [InlineData("12,34")]
    [InlineData("1234,567")]
    [InlineData("3,3815")]
    [InlineData("1,000,50")]
    [InlineData("3.5")]
    public void Digits_not_in_groups_of_three_keep_their_form(string number)
    {
        Assert.Equal([number], Terms(number));
    }

    /// <summary>Each term with the text its offsets mark.</summary>
    private static List<(string Term, string Written)> TermsAndWhatTheyMark(string text)
    {
        using var analyzer = new NewsAnalyzer();
        using var stream = analyzer.GetTokenStream("body", text);
        var terms = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        var offsets = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
        stream.Reset();
        var tokens = new List<(string Term, string Written)>();
        while (stream.IncrementToken())
        {
            tokens.Add((terms.ToString(), text[offsets.StartOffset..offsets.EndOffset]));
        }
        stream.End();
        return tokens;
    }

    [Fact]
    public void A_percent_sign_is_the_word_percent_and_its_offsets_are_the_sign_s()
    {
        const string Text = "Sales rose 40% to 3,381 units, 100%.";
        var tokens = TermsAndWhatTheyMark(Text);

        Assert.Equal([("sales", "Sales"), ("rose", "rose"), ("40", "40"), ("percent", "%"), ("3381", "3,381"), ("unit", "units"), ("100", "100"), ("percent", "%")], tokens);
        Assert.Equal(Terms("40 percent"), Terms("40%"));
    }

    [Fact]
    public void An_ampersand_inside_a_name_joins_it_into_one_word_whose_offsets_span_it()
    {
        const string Text = "AT&T and Smith & Sons rose 5%, M&S fell.";
        var tokens = TermsAndWhatTheyMark(Text);

        Assert.Equal([("att", "AT&T"), ("smith", "Smith"), ("son", "Sons"), ("rose", "rose"), ("5", "5"), ("percent", "%"), ("ms", "M&S"), ("fell", "fell")], tokens);
    }

    [Fact]
    public void Percent_signs_are_read_whatever_reads_the_tokenizer_asks_for()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => i % 7 == 0 ? "%%" : $"w{i}% "));
        var expected = text.Count(c => c == '%');

        Assert.Equal(expected, Terms(text).Count(t => t == "percent"));
    }
}
