using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>Outlet names typed as query words are offered as the outlet filter, with the rest of the query.</summary>
public sealed class OutletMentionTests : IDisposable
{
    private readonly TestSearch _search = TestSearch.FromRecords(
    [
        TestRecords.Article("a", "Kursk report from the front.") with { Outlet = "The Moscow Times" },
        TestRecords.Article("b", "Kursk again, time and again.") with { Outlet = "Moscow" },
        TestRecords.Article("c", "Kursk once more.") with { Outlet = "American Military News", OriginalOutlet = "Radio Free Asia" },
        TestRecords.Article("d", "A report on Le Monde's readers.") with { Outlet = "Le Monde" },
        TestRecords.Article("e", "Nothing about outlets.") with { Outlet = "The" },
    ]);

    public void Dispose() => _search.Dispose();

    private FilterSuggestion? Suggested(string query, Func<SearchParameters, SearchParameters>? configure = null) =>
        _search.Search(query, configure).Query.Filter;

    [Theory]
    [InlineData("moscow times", "The Moscow Times", "")]
    [InlineData("The Moscow Times", "The Moscow Times", "")]
    [InlineData("kursk moscow times", "The Moscow Times", "kursk")]
    [InlineData("kursk from the moscow times", "The Moscow Times", "kursk")]
    [InlineData("moscow times kursk casualties", "The Moscow Times", "kursk casualties")]
    [InlineData("\"moscow times\" kursk", "The Moscow Times", "kursk")]
    [InlineData("kursk \"the moscow times\"", "The Moscow Times", "kursk")]
    [InlineData("kursk LE MONDE", "Le Monde", "kursk")]
    [InlineData("kursk le mondé", "Le Monde", "kursk")]
    public void A_named_outlet_is_offered_with_the_query_left_without_it(string query, string outlet, string rest)
    {
        Assert.Equal(new FilterSuggestion("outlet", outlet, rest), Suggested(query));
    }

    [Fact]
    public void The_longest_name_wins_over_a_shorter_one_inside_it()
    {
        // "Moscow" is an outlet too, but "moscow times" names The Moscow Times.
        Assert.Equal("The Moscow Times", Suggested("moscow times")!.Value);
        Assert.Equal(new FilterSuggestion("outlet", "Moscow", "kursk"), Suggested("kursk moscow"));
    }

    [Fact]
    public void The_words_of_a_named_outlet_are_not_corrected_to_article_words()
    {
        // No article text holds "times"; the nearest indexed word is "time", but the reader named an outlet.
        Assert.Null(_search.Search("kursk moscow times").Query.Corrected);
        Assert.Equal("kursk time", _search.Search("kursk times").Query.Corrected);
    }

    [Fact]
    public void The_outlet_a_reprint_comes_from_is_offered_as_the_original_filter()
    {
        Assert.Equal(new FilterSuggestion("original", "Radio Free Asia", "soldier"), Suggested("soldier radio free asia"));
    }

    [Theory]
    [InlineData("times")]
    [InlineData("le")]
    [InlineData("the kursk report")]
    [InlineData("radio free")]
    [InlineData("layoffs at the moscow times")] // news of the outlet, not what it published
    [InlineData("lawsuit against le monde")]
    public void Words_that_are_no_whole_outlet_name_offer_nothing(string query)
    {
        Assert.Null(Suggested(query));
    }

    [Fact]
    public void Lucene_syntax_is_left_as_written()
    {
        // Cutting a name out of syntax could change what the rest means ("-moscow times").
        Assert.Null(Suggested("kursk AND moscow times"));
        Assert.Null(Suggested("title:kursk moscow times"));
    }

    [Fact]
    public void An_outlet_already_selected_is_not_offered_again()
    {
        Assert.Null(Suggested("moscow times", p => p with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = ["the moscow times"] } }));
        Assert.Equal("The Moscow Times", Suggested("moscow times", p => p with { Filters = new Dictionary<string, IReadOnlyList<string>> { ["outlet"] = ["Moscow"] } })?.Value);
    }
}
