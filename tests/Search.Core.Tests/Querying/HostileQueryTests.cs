using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

/// <summary>Generated hostile query strings never make the query builder or the pipeline throw anything unexpected.</summary>
public sealed class HostileQueryTests
{
    [Fact]
    public void Every_hostile_string_builds_a_query_and_runs()
    {
        using var search = TestSearch.FromSeeds();
        var unexpected = new List<string>();
        foreach (var text in HostileQueries.Strings.Where(s => s.Length <= SearchLimits.MaxQueryLength))
        {
            try
            {
                search.Search(text);
            }
            catch (QueryNotSearchableException)
            {
                // A clear 400 in the API.
            }
            catch (Exception ex)
            {
                unexpected.Add($"{Escape(text)}: {ex.GetType().Name}: {ex.Message}");
            }
        }
        Assert.True(unexpected.Count == 0, string.Join("\n", unexpected));
    }

    [Theory]
    [InlineData("/[ab]*a[ab]{12}/")]
    [InlineData("/kursk/")]
    [InlineData("kursk*a?????")]
    [InlineData("k*")]
    [InlineData("k?rsk")]
    [InlineData("body:{kursk TO troops}")]
    [InlineData("title:[a TO z]")]
    public void Patterns_whose_automata_or_term_walks_can_explode_are_searched_as_words_and_the_reply_says_so(string text)
    {
        // The real bombs ("/[ab]*a[ab]{24}/", "a*a????????????????????????", "/a{99999999}/") would take minutes and
        // gigabytes if they were ever built; these small relatives are rejected by the same rules, and cost nothing if not.
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk and a bakery.")]);

        var query = search.Search(text).Query;

        Assert.Equal(QueryInterpretation.SyntaxErrorAsWords, query.Interpretation);
        Assert.Contains("searched for the words instead", query.Notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90 km/h", QueryInterpretation.Words)]
    [InlineData("km/h AND Kursk", QueryInterpretation.Syntax)]
    [InlineData("\"90 km/h\"", QueryInterpretation.Words)]
    public void A_slash_between_two_words_is_no_syntax(string text, QueryInterpretation interpretation)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk drove at 90 km/h."), TestRecords.Article("b", "Troops in Kursk walked.")]);

        var results = search.Search(text);

        Assert.Equal((interpretation, null), (results.Query.Interpretation, results.Query.Notice));
        Assert.Equal(["a"], results.Hits.Select(h => h.ArticleId));
    }

    [Theory]
    [InlineData("(Kursk AND troops", "a bracket is not closed")]
    [InlineData("Kursk AND troops)", "a closing bracket has no opening one")]
    [InlineData("title:(Kursk AND \"troops)", "a quotation mark is not closed")]
    [InlineData("Kursk AND AND troops", "it is not valid query syntax")]
    [InlineData("k*", "'k*': a wildcard needs at least 2 letters before it")]
    [InlineData("kursk~-1", "a fuzzy word takes ~, ~1 or ~2")]
    [InlineData("a1~ a2~ a3~ a4~ a5~ a6~ a7~ a8~ a9~ a10~ a11~", "at most 10 fuzzy or wildcard words in a query")]
    [InlineData("ab* ac* ad* ae* af* ag* ah* ai* aj* ak?k al*", "at most 10 fuzzy or wildcard words in a query")]
    public void Why_the_syntax_could_not_be_used_is_said_in_plain_words(string text, string reason)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk and a bakery.")]);

        var notice = search.Search(text).Query.Notice;

        // When the words match nothing either, a sentence naming the words no article holds follows.
        Assert.StartsWith($"The query syntax could not be used ({reason}); searched for the words instead.", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kursk~-1")]
    [InlineData("kursk^-1")]
    [InlineData("kursk~2~2")]
    [InlineData("kursk^.5^2")]
    public void A_broken_operator_s_number_is_no_word_asked_for(string text)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk."), TestRecords.Article("b", "1 2 5 troops elsewhere.")]);

        var results = search.Search(text);

        Assert.Equal(["a"], results.Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void Broken_syntax_that_leaves_no_words_says_why_the_syntax_failed()
    {
        using var analyzer = new Core.Indexing.NewsAnalyzer();

        var query = new QueryBuilder(analyzer).Build("body:{* TO *}");

        Assert.Equal(QueryInterpretation.Nothing, query.Interpretation);
        Assert.Equal("The query syntax could not be used (ranges are not supported in text; filter dates with from and to), and no searchable words are left.", query.Notice);
    }

    [Theory]
    [InlineData("\u0000", QueryInterpretation.Nothing)]
    [InlineData("\u0000\u0001\u001f", QueryInterpretation.Nothing)]
    [InlineData("", QueryInterpretation.All)]
    [InlineData(" \t\n", QueryInterpretation.All)]
    public void Only_control_characters_ask_for_nothing_while_an_empty_box_asks_for_everything(string text, QueryInterpretation expected)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk.")]);

        var results = search.Search(text);

        Assert.Equal(expected, results.Query.Interpretation);
        Assert.Equal(expected == QueryInterpretation.All ? 1 : 0, results.Total);
    }

    [Theory]
    [InlineData("title:(kursk")]
    [InlineData("title:\"kursk")]
    [InlineData("entities:(Kursk")]
    [InlineData("body:kursk)")]
    public void Broken_syntax_after_a_field_name_searches_the_words_without_the_name(string text)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk.")]);

        var results = search.Search(text);

        Assert.Equal(QueryInterpretation.SyntaxErrorAsWords, results.Query.Interpretation);
        Assert.Equal(["a"], results.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("TITLE:Kursk")]
    [InlineData("Title:Kursk")]
    [InlineData("headline:Kursk")]
    [InlineData("entity:Kursk")]
    [InlineData("ENTITIES:Kursk")]
    public void Field_names_are_read_in_any_case_and_by_their_usual_names(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "Troops advanced.", title: "Kursk offensive") with { Entities = ["place/Kursk"], EntityNames = ["Kursk"] },
            TestRecords.Article("b", "Nothing about Kursk here.", title: "Weather")]);

        var results = search.Search(text);

        Assert.Equal(QueryInterpretation.Syntax, results.Query.Interpretation);
        Assert.Equal(["a"], results.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("place:Kursk", "'place' is not a field; searchable fields are title, body, entities")]
    [InlineData("outlet:WION", "'outlet' is a filter, not a text field: filter with outlet=")]
    public void An_unknown_field_is_dropped_and_its_value_searched_as_a_word(string text, string reason)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk for WION and a bakery.")]);

        var results = search.Search(text);

        Assert.Equal(["a"], results.Hits.Select(h => h.Id)); // the field's name is no required word
        Assert.Equal($"The query syntax could not be used ({reason}); searched for the words instead.", results.Query.Notice);
    }

    [Theory]
    [InlineData("kurs*", "a")]
    [InlineData("k?rsk", null)]
    [InlineData("ku?sk", "a")]
    [InlineData("bak*y", "a")]
    public void Wildcards_after_two_letters_still_work(string text, string? expected)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Troops in Kursk and a bakery.")]);

        var results = search.Search(text);

        if (expected is null)
        {
            Assert.Equal(QueryInterpretation.SyntaxErrorAsWords, results.Query.Interpretation);
        }
        else
        {
            Assert.Equal(QueryInterpretation.Syntax, results.Query.Interpretation);
            Assert.Equal([expected], results.Hits.Select(h => h.Id));
        }
    }

    private static string Escape(string text) => string.Concat(text.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
