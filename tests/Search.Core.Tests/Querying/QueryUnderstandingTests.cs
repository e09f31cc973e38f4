using Search.Core.Highlighting;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public sealed class QueryUnderstandingTests
{
    private static List<string> Ids(SearchResults results) => results.Hits.Select(h => h.Id).ToList();

    [Fact]
    public void A_multi_word_synonym_matches_as_a_phrase_not_as_loose_words()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("phrase", "The National Intelligence Service briefed lawmakers."),
            TestRecords.Article("loose", "A spy met the travel agency owner."),
            TestRecords.Article("exact", "The spy agency said so."),
        ]);

        var results = search.Search("spy agency");

        Assert.Equal(["exact", "phrase"], Ids(results).Order());
        Assert.Contains(results.Query.Expansions, e => e.StartsWith("spy agency →", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("coast guard")]
    [InlineData("coastguard")]
    public void British_and_American_spellings_find_each_other(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("british", "The coastguard rescued the neighbours of the harbour."),
            TestRecords.Article("american", "The coast guard rescued the neighbors of the harbor."),
            TestRecords.Article("other", "The guard rescued the coast of the island."),
        ]);

        Assert.Equal(["american", "british"], Ids(search.Search(text)).Order());
        Assert.Equal(["american", "british"], Ids(search.Search("neighbours harbor")).Order());
    }

    [Theory]
    [InlineData("Moldova election results", new[] { "moldova-count", "moldova-results" })]
    [InlineData("election results Moldova", new[] { "moldova-count", "moldova-results" })]
    [InlineData("moldova election results", new[] { "french-results", "moldova-count", "moldova-results" })]
    public void A_name_typed_with_capitals_is_required_and_the_other_words_are_most_of_the_rest(string text, string[] expected)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("moldova-count", "Moldova's ruling party led the vote count on Sunday.") with { EntityNames = ["Moldova"], Entities = ["country/Moldova"] },
            TestRecords.Article("moldova-results", "Moldova published the election results.") with { EntityNames = ["Moldova"], Entities = ["country/Moldova"] },
            TestRecords.Article("french-results", "The French election results stunned Paris.") with { EntityNames = ["Paris"] },
        ]);

        Assert.Equal(expected, Ids(search.Search(text)).Order());
    }

    [Fact]
    public void An_article_about_a_name_of_several_words_outranks_one_that_names_it_in_passing()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("passing", "Staff of Veltrona Systems fled the fire.", title: "Fire spreads") with { EntityNames = ["Veltrona Systems"] },
            TestRecords.Article("about", "Veltrona Systems said revenue rose by a third in the quarter. Veltrona expects demand to hold, and Veltrona will hire.",
                title: "Veltrona revenue jumps") with { EntityNames = ["Veltrona Systems"] },
        ]);

        Assert.Equal(["about", "passing"], Ids(search.Search("Veltrona Systems")));
    }

    [Fact]
    public void A_capitalised_word_opening_the_query_is_a_name_only_when_an_entity_is_called_just_that()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("results", "Moldova published the results.") with { EntityNames = ["Moldova"], Entities = ["country/Moldova"] },
            TestRecords.Article("commission", "The commission in Moldova met.") with { EntityNames = ["Moldova"], Entities = ["country/Moldova"] },
            TestRecords.Article("france", "The Central Electoral Commission of France published results.")
                with { EntityNames = ["Central Electoral Commission"], Entities = ["organisation/Central Electoral Commission"] },
        ]);

        Assert.Equal(["commission", "results"], Ids(search.Search("Commission results Moldova")).Order());
    }

    [Fact]
    public void Beside_names_at_least_one_other_word_is_required()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("casualties", "Zelensky visited Kursk and counted the casualties.") with { EntityNames = ["Zelensky", "Kursk"], Entities = ["person/Zelensky", "place/Kursk"] },
            TestRecords.Article("visit", "Zelensky visited Kursk.") with { EntityNames = ["Zelensky", "Kursk"], Entities = ["person/Zelensky", "place/Kursk"] },
        ]);

        Assert.Equal(["casualties"], Ids(search.Search("Zelensky Kursk casualties")));
    }

    [Theory]
    [InlineData("\"death toll rose\"")]
    [InlineData("“death toll rose”")]
    [InlineData("„death toll rose“")]
    [InlineData("«death toll rose»")]
    public void Typographic_quotation_marks_make_a_phrase_as_straight_ones_do(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("phrase", "Officials said the death toll rose overnight."),
            TestRecords.Article("loose", "The toll rose as death came to the valley."),
        ]);

        var results = search.Search(text);

        Assert.Equal(["phrase"], Ids(results));
        Assert.Null(results.Query.Notice);
    }

    [Theory]
    [InlineData("\"spy agency\"")]
    [InlineData("\"spy agency\" AND Kursk")]
    public void Words_in_quotation_marks_are_searched_as_written_without_synonyms(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("phrase", "The National Intelligence Service spoke about Kursk."),
            TestRecords.Article("exact", "The spy agency spoke about Kursk."),
        ]);

        var results = search.Search(text);

        Assert.Equal(["exact"], Ids(results));
        Assert.Empty(results.Query.Expansions);
    }

    [Theory]
    [InlineData("\"casualties\" Kursk")]
    [InlineData("\"casualties\" AND Kursk")]
    public void A_single_word_in_quotation_marks_keeps_no_synonyms(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("synonym", "Many were killed near Kursk."),
            TestRecords.Article("exact", "Casualties mounted near Kursk."),
        ]);

        Assert.Equal(["exact"], Ids(search.Search(text)));
    }

    [Theory]
    [InlineData("Kursk -\"spy agency\"")]
    [InlineData("Kursk NOT \"spy agency\"")]
    public void Excluding_words_in_quotation_marks_excludes_only_those_words(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("phrase", "The National Intelligence Service spoke about Kursk."),
            TestRecords.Article("exact", "The spy agency spoke about Kursk."),
        ]);

        Assert.Equal(["phrase"], Ids(search.Search(text)));
    }

    [Theory]
    [InlineData("Kursk,troops")]
    [InlineData("troops;Kursk")]
    public void A_comma_or_semicolon_between_words_separates_them(string text)
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("apart", "Troops massed near the border. Kursk was quiet."),
            TestRecords.Article("figure", "Some 3,000 troops crossed."),
        ]);

        Assert.Equal(["apart"], Ids(search.Search(text)));
        Assert.Equal(["figure"], Ids(search.Search("\"3,000 troops\"")));
    }

    [Fact]
    public void Synonyms_are_weighted_below_the_words_typed()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("synonym", "Many were killed near the river."),
            TestRecords.Article("typed", "Many casualties near the river."),
        ]);

        Assert.Equal(["typed", "synonym"], Ids(search.Search("casualties")));
    }

    [Fact]
    public void Related_words_find_their_hub_but_not_each_other()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("killed", "Ten were killed."),
            TestRecords.Article("wounded", "Ten were wounded."),
            TestRecords.Article("casualties", "Ten casualties."),
        ]);

        Assert.Equal(["casualties", "killed"], Ids(search.Search("killed")).Order());
    }

    [Theory]
    [InlineData("floods death toll", "Floods: 83 people were killed, officials said.")]
    [InlineData("Kharkov strike", "A drone strike on Kharkiv overnight.")]
    [InlineData("layoffs", "Globex will lay off 1,200 staff.")]
    [InlineData("earthquake Turkey", "A powerful quake hit Turkey.")]
    [InlineData("blaze Monchique", "The fire in Monchique burned on.")]
    [InlineData("wildfire Monchique", "The fire in Monchique burned on.")]
    [InlineData("stampede Alexandria", "The crush at the stadium in Alexandria.")]
    [InlineData("ferry sunk", "The ferry began sinking off Romblon.")]
    [InlineData("ferry capsized", "The ferry sank off Romblon.")]
    [InlineData("ferry sank", "The ferry sunk off Romblon was raised.")]
    [InlineData("morgue Banda", "The mortuary in Banda was full.")]
    public void Common_news_wordings_of_one_thing_find_each_other(string query, string body)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", body), TestRecords.Article("b", "Nothing to see here.")]);

        Assert.Equal(["a"], Ids(search.Search(query)));
    }

    [Fact]
    public void Two_words_the_articles_write_as_one_find_it()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("closed", "The heatwave in Banda killed 40."),
            TestRecords.Article("open", "The heat wave in Banda killed 40."),
            TestRecords.Article("apart", "Heat rose in Banda as a wave of illness spread."),
            TestRecords.Article("other", "Nothing to see here."),
        ]);

        Assert.Equal(["closed", "open"], Ids(search.Search("heat wave")).Order());
        Assert.Equal(["closed", "open"], Ids(search.Search("heat waves Banda")).Order());
        Assert.Equal(["closed", "open"], Ids(search.Search("heat-wave")).Order());
        Assert.Equal(["apart", "open"], Ids(search.Search("heat, wave")).Order()); // two words apart, as typed
        Assert.Equal(["apart"], Ids(search.Search("illness spread")).Order()); // "illnessspread" is no word of the index
        using var openOnly = TestSearch.FromRecords([
            TestRecords.Article("open", "The heat wave in Banda killed 40."),
            TestRecords.Article("apart", "Heat rose in Banda as a wave of illness spread."),
        ]);
        var closedTyped = openOnly.Search("heatwave");
        Assert.Equal(["open"], Ids(closedTyped));
        Assert.Contains("heatwave → heat wave", closedTyped.Query.Expansions);
    }

    [Fact]
    public void A_name_typed_with_capitals_is_one_thing_asked_for_so_the_other_words_are_required()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("city", "Porto Alegre is flooded.") with { EntityNames = ["Porto Alegre"] },
            TestRecords.Article("airport", "The airport in Porto Alegre closed.") with { EntityNames = ["Porto Alegre"] },
            TestRecords.Article("state", "Rio Grande do Sul airport reopened.") with { EntityNames = ["Rio Grande do Sul"] },
            TestRecords.Article("other", "Rio airport and Sul grande.") with { EntityNames = ["Rio"] },
            TestRecords.Article("river", "The Rio Grande airport closed near Sul.") with { EntityNames = ["Rio Grande"] },
        ]);

        Assert.Equal(["airport"], Ids(search.Search("Porto Alegre airport")));
        Assert.Equal(["airport", "city"], Ids(search.Search("porto alegre airport")).Order()); // typed without capitals: most words
        Assert.Equal(["state"], Ids(search.Search("Rio Grande do Sul airport")));
        Assert.Equal(["airport", "city"], Ids(search.Search("Porto Alegre Flooded Airport")).Order()); // "Flooded" is no entity's word
    }

    [Fact]
    public void Two_names_typed_side_by_side_are_two_things_asked_for_not_one_phrase()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("both", "Zelensky visited troops near Kursk.") with { EntityNames = ["Volodymyr Zelensky", "Kursk"] },
        ]);

        Assert.Equal(["both"], Ids(search.Search("Zelensky Kursk")));
    }

    [Fact]
    public void When_nothing_matches_the_words_no_article_holds_are_named()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Globex will cut 1,200 staff.")]);

        var none = search.Search("Globex zqxwvy");
        var some = search.Search("Globex staff");

        Assert.Equal((0, "No article contains “zqxwvy”."), (none.Total, none.Query.Notice));
        Assert.Null(some.Query.Notice);
    }

    [Fact]
    public void An_abbreviation_s_synonyms_are_reported_under_the_abbreviation_as_typed()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "The United States sent aid.")]);

        var results = search.Search("U.S. aid");

        Assert.Contains(results.Query.Expansions, e => e.StartsWith("U.S. → ", StringComparison.Ordinal));
        Assert.Equal(["a"], Ids(results));
    }

    [Fact]
    public void Two_words_are_all_required_and_longer_queries_need_most_words()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("both", "Artillery shelled the bridge."),
            TestRecords.Article("one", "Artillery moved north."),
            TestRecords.Article("three", "Artillery shelled the bridge at dawn near the river."),
        ]);

        Assert.Equal(["both", "three"], Ids(search.Search("artillery bridge")).Order());
        Assert.Equal(["both", "three"], Ids(search.Search("artillery bridge dawn")).Order());
        Assert.Equal(["three"], Ids(search.Search("artillery bridge dawn shelled river")).Order());
    }

    [Fact]
    public void Words_standing_close_together_rank_higher()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("far", "Drone units arrived. Weeks later, after much debate and delay, officials began the strike."),
            TestRecords.Article("near", "Drone strike units arrived. Weeks later, after much debate and delay, officials began."),
        ]);

        Assert.Equal("near", Ids(search.Search("drone strike"))[0]);
    }

    [Fact]
    public void A_word_the_index_lacks_is_corrected_from_its_terms_and_reported()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Casualties mounted near Kursk and Pyongyang denied it.")]);

        var corrected = search.Search("Kursk casulaties");
        var oneEdit = search.Search("Pyongyan");

        Assert.Equal(["a"], Ids(corrected));
        Assert.Equal("Kursk casualties", corrected.Query.Corrected);
        Assert.Equal("No article contains “casulaties”. Showing results for \"Kursk casualties\".", corrected.Query.Notice);
        Assert.Equal(["casulaties"], corrected.Query.Replaced);
        Assert.Equal("Pyongyang", oneEdit.Query.Corrected);
    }

    [Fact]
    public void A_correction_is_shown_as_the_articles_write_the_word_not_in_a_dateline_s_capitals()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "RIEDLINGEN — Two trains collided."),
            TestRecords.Article("b", "The trains collided near Riedlingen on Tuesday."),
        ]);
        using var datelineOnly = TestSearch.FromRecords([TestRecords.Article("a", "RIEDLINGEN — Two trains collided.")]);

        Assert.Equal("Riedlingen", search.Search("Riedlingn").Query.Corrected);
        Assert.Equal("Riedlingen", datelineOnly.Search("Riedlingn").Query.Corrected);
        Assert.Equal("RIEDLINGEN", datelineOnly.Search("RIEDLINGN").Query.Corrected); // typed in capitals
        using var innerCapital = TestSearch.FromRecords([
            TestRecords.Article("a", "MCALLISTER — Two trains collided."),
            TestRecords.Article("b", "The trains collided near McAllister on Tuesday."),
        ]);
        Assert.Equal("McAllister", innerCapital.Search("McAlister").Query.Corrected);
    }

    [Theory]
    [InlineData("16,300")]
    [InlineData("16300")]
    [InlineData("4,301")]
    [InlineData("16,300 hectares")]
    public void A_figure_the_index_lacks_is_never_corrected_to_a_neighbouring_one(string query)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "The satellite service put the burned area at 16,200 hectares, 4,300 more than 11,900.")]);

        var results = search.Search(query);

        Assert.Empty(Ids(results));
        Assert.Null(results.Query.Corrected);
        Assert.Contains(query.Split(' ')[0], results.Query.Unknown);
    }

    [Fact]
    public void A_fuzzy_word_with_a_hyphen_is_searched_as_its_parts_and_says_so()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("a", "Governor Maria Teresa Fajardo-Lacson said 25 people died."),
            TestRecords.Article("b", "Governor Fajardo spoke on Monday."),
        ]);

        var results = search.Search("Fajardo-Lakson~2");

        Assert.Equal(["a"], Ids(results));
        Assert.Equal("'Fajardo-Lakson~2' is searched as 'Fajardo~2 Lakson~2': the index holds its words apart.", results.Query.Notice);
        Assert.Contains("<mark>Fajardo</mark>-<mark>Lacson</mark>", Search.Core.Highlighting.HtmlMarkup.Render(results.Hits.Single().Snippets[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fuzzy_word_asking_more_edits_than_lucene_searches_is_searched_at_two_and_says_so()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Casualties mounted near Kursk.")]);

        var wide = search.Search("kurzk~5 OR kurzk~7");
        var allowed = search.Search("kurzk~2");

        Assert.Equal(["a"], Ids(wide));
        Assert.Equal("'kurzk~5' is searched as 'kurzk~2': a fuzzy word allows at most 2 edits; " +
            "'kurzk~7' is searched as 'kurzk~2': a fuzzy word allows at most 2 edits.", wide.Query.Notice);
        Assert.Equal(["a"], Ids(allowed));
        Assert.Null(allowed.Query.Notice);
    }

    [Fact]
    public void A_correction_that_still_finds_nothing_says_so_instead_of_showing_results()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Casualties mounted near Kursk.")]);

        var results = search.Search("Kurks xyzzy");

        Assert.Equal(0, results.Total);
        Assert.Equal("Kursk xyzzy", results.Query.Corrected);
        Assert.Equal("Nothing matches \"Kursk xyzzy\" either, the query with its spelling corrected. No article contains “xyzzy”.", results.Query.Notice);
        Assert.Equal(["xyzzy"], results.Query.Unknown);
    }

    [Theory]
    [InlineData("Kusr")]          // under five letters: never corrected
    [InlineData("Pyngyan")]       // eight letters, two edits away: only one allowed
    [InlineData("Zaporizhzhia")]  // nothing close in the index
    public void Words_are_corrected_only_within_the_edit_budget_for_their_length(string word)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Kursk and Pyongyang.")]);

        var results = search.Search(word);

        Assert.Null(results.Query.Corrected);
        Assert.Equal(0, results.Total);
    }

    [Fact]
    public void Known_words_are_never_corrected()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "The bridge and the ridge.")]);

        Assert.Null(search.Search("ridge").Query.Corrected);
    }

    [Fact]
    public void Lucene_syntax_gets_synonyms_too_and_multi_word_entries_stay_phrases()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("nis", "The National Intelligence Service spoke about Kursk."),
            TestRecords.Article("loose", "A spy and an agency in Kursk."),
        ]);

        var results = search.Search("spy agency AND Kursk");

        Assert.Equal(QueryInterpretation.Syntax, results.Query.Interpretation);
        Assert.Equal(["nis"], Ids(results));
    }

    [Fact]
    public void Excluding_a_word_excludes_its_synonyms()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("variant", "Zelenskyy spoke in Kyiv."),
            TestRecords.Article("other", "Officials spoke in Kyiv."),
        ]);

        Assert.Equal(["other"], Ids(search.Search("Kyiv -Zelensky")));
    }

    [Fact]
    public void A_question_mark_ending_a_question_is_punctuation_but_alone_it_is_a_wildcard()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "The soldier was captured in Kursk.")]);

        Assert.Equal(["a"], Ids(search.Search("where was the soldier captured?")));
        Assert.Equal(["a"], Ids(search.Search("Kurs?")));
    }

    [Fact]
    public void A_question_word_in_capitals_is_an_acronym_and_is_searched()
    {
        using var search = TestSearch.FromRecords([
            TestRecords.Article("who", "The WHO warned of measles."),
            TestRecords.Article("other", "Measles cases rose."),
        ]);

        Assert.Equal(["who"], Ids(search.Search("WHO measles")));
        Assert.Equal(["who"], Ids(search.Search("what did WHO say about measles?")));
        Assert.Equal(["other", "who"], Ids(search.Search("who had measles")).Order());
    }

    [Fact]
    public void A_synonym_match_is_marked_like_the_words_typed()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Thousands were killed or wounded near Kursk.")]);

        var hit = search.Search("Kursk casualties").Hits.Single();

        Assert.Contains("<mark>killed or wounded</mark>", HtmlMarkup.Render(hit.Snippets.Single()), StringComparison.Ordinal);
    }
}
