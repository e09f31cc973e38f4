using Search.Core.Highlighting;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Highlighting;

public sealed class HighlightingTests
{
    private static List<string> Marked(HighlightedText text) => text.Marks.Select(m => text.Text.Substring(m.Start, m.Length)).ToList();

    private static SearchHit OnlyHit(string query, params Core.Indexing.IndexRecord[] records)
    {
        using var search = TestSearch.FromRecords(records);
        return Assert.Single(search.Search(query).Hits);
    }

    private static ArticleView Article(string id, string query, params Core.Indexing.IndexRecord[] records)
    {
        using var search = TestSearch.FromRecords(records);
        return search.Articles.Article(id, query)!;
    }

    [Fact]
    public void Stems_mark_the_inflected_word_that_matched()
    {
        var hit = OnlyHit("casualties", TestRecords.Article("a", "There was only one casualty in the raid."));

        Assert.Equal(["casualty"], Marked(hit.Snippets.Single()));
    }

    [Theory]
    [InlineData("3381", "The ministry counted 3,381 dead.", "3,381")]
    [InlineData("3,381", "The ministry counted 3381 dead.", "3381")]
    public void A_figure_is_found_and_marked_with_or_without_its_thousands_separator(string query, string body, string marked)
    {
        var hit = OnlyHit(query, TestRecords.Article("a", body));

        Assert.Equal([marked], Marked(hit.Snippets.Single()));
    }

    [Fact]
    public void A_name_with_an_ampersand_is_found_and_marked_whole_and_its_letters_alone_are_not()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("att", "AT&T cut 2,000 jobs."), TestRecords.Article("tmobile", "T-Mobile hired at last.")]);

        var hit = Assert.Single(search.Search("AT&T").Hits);

        Assert.Equal("att", hit.Id);
        Assert.Equal(["AT&T"], Marked(hit.Snippets.Single()));
    }

    [Theory]
    [InlineData("40%", "Revenue rose 40% in the quarter.", "The strike killed 40 people; turnout was 5%.")]
    [InlineData("40%", "Revenue rose 40 per cent in the quarter.", "The strike killed 40 people; turnout was 5 per cent.")]
    [InlineData("40 percent", "Revenue rose 40% in the quarter.", "The strike killed 40 people.")]
    [InlineData("40 percent", "Revenue rose 40 per cent in the quarter.", "The strike killed 40 people; turnout was 5 percent.")]
    [InlineData("40 per cent", "Revenue rose 40% in the quarter.", "The strike killed 40 people; turnout was 5 per cent.")]
    public void A_share_is_found_however_it_is_written_and_a_bare_count_is_not(string query, string share, string count)
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("share", share), TestRecords.Article("count", count)]);

        var results = search.Search(query);

        Assert.Equal("share", Assert.Single(results.Hits).Id);
    }

    [Fact]
    public void A_phrase_is_marked_where_it_occurs_as_one_mark_and_its_lone_words_are_not()
    {
        var article = Article("a", "\"North Korean soldier\"", TestRecords.Article("a",
            "The North Korean unit retreated. A soldier stayed. Later a North Korean soldier was captured."));

        Assert.Equal(["North Korean soldier"], Marked(article.Body));
    }

    [Fact]
    public void Terms_under_NOT_are_never_marked()
    {
        var article = Article("a", "Zelensky -Putin", TestRecords.Article("a", "Zelensky spoke. Putin did not."));
        var withNot = Article("a", "Zelensky AND NOT Kremlin", TestRecords.Article("a", "Zelensky spoke. Putin did not."));

        Assert.Equal(["Zelensky"], Marked(article.Body));
        Assert.Equal(["Zelensky"], Marked(withNot.Body));
    }

    [Fact]
    public void Prefix_queries_mark_every_expansion()
    {
        var article = Article("a", "capt*", TestRecords.Article("a", "He was captured; his captors kept him captive. The captain left."));

        Assert.Equal(["captured", "captors", "captive", "captain"], Marked(article.Body));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_phrase_with_a_huge_slop_marks_its_words_however_far_apart_and_costs_no_more_than_a_small_one()
    {
        // The slop is typed by users; "~99999999999" parses to int.MaxValue. Highlighting once looked at every distance up
        // to the slop, which never ended when the second word was missing.
        var body = "Kursk was quiet. " + string.Concat(Enumerable.Repeat("Nothing happened that day. ", 200)) + "Casualties were reported later. Kursk again.";
        await Task.Run(() =>
        {
            var far = Article("a", "\"kursk casualties\"~99999999999", TestRecords.Article("a", body));
            var missing = Article("a", "\"kursk zzqx\"~2147483647", TestRecords.Article("a", body));

            Assert.Equal(["Kursk", "Casualties", "Kursk"], Marked(far.Body));
            Assert.Empty(Marked(missing.Body));
        });
    }

    [Fact]
    public void A_sloppy_phrase_marks_the_nearest_occurrence_within_the_slop()
    {
        const string text = "The strike: a drone and strike.";
        var article = Article("a", "\"drone strike\"~3", TestRecords.Article("a", text));

        Assert.Equal(["drone", "strike"], Marked(article.Body));
        Assert.Equal(text.LastIndexOf("strike", StringComparison.Ordinal), article.Body.Marks[^1].Start);
    }

    [Fact]
    public void Fuzzy_queries_mark_the_near_spellings_that_matched()
    {
        var article = Article("a", "Zelenksy~1", TestRecords.Article("a", "Zelensky said it. Zelenskyy wrote it. Zelenska smiled."));

        Assert.Equal(["Zelensky"], Marked(article.Body));
    }

    [Fact]
    public void The_best_passages_come_back_in_document_order()
    {
        var body = "Troops moved. Weather was mild. Lunch was served. The drone strike hit the depot. Drone strike drone strike, officials said.";
        var hit = OnlyHit("drone strike", TestRecords.Article("a", body));

        Assert.Equal(2, hit.Snippets.Count);
        Assert.True(body.IndexOf(hit.Snippets[0].Text, StringComparison.Ordinal) < body.IndexOf(hit.Snippets[1].Text, StringComparison.Ordinal));
        Assert.StartsWith("The drone strike", hit.Snippets[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_passage_count_and_length_follow_the_request()
    {
        using var search = TestSearch.FromRecords([TestRecords.Article("a", "Kursk one. Kursk two. Kursk three. Kursk four.", title: "Kursk report")]);

        var results = search.Search("Kursk", p => p with { Passages = 3 });
        var none = search.Search("Kursk", p => p with { Passages = 0 });

        Assert.Equal(3, results.Hits.Single().Snippets.Count);
        Assert.Empty(none.Hits.Single().Snippets); // not the lede: no passage was asked for
        Assert.Contains("<mark>Kursk</mark>", Search.Core.Highlighting.HtmlMarkup.Render(none.Hits.Single().Title), StringComparison.Ordinal);
    }

    [Fact]
    public void Long_sentences_are_cut_at_word_boundaries_around_the_match()
    {
        var words = string.Join(' ', Enumerable.Range(0, 80).Select(i => $"word{i}"));
        var body = words + " the shelling of Kursk continued " + words + ".";
        var hit = OnlyHit("Kursk", TestRecords.Article("a", body));

        var snippet = hit.Snippets.Single();
        Assert.StartsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet.Text, StringComparison.Ordinal);
        var inner = snippet.Text.Trim('…');
        Assert.InRange(inner.Length, 40, 160);
        Assert.Contains(" " + inner.Split(' ')[0] + " ", " " + body + " ", StringComparison.Ordinal);
        Assert.Contains(" " + inner.Split(' ')[^1] + " ", " " + body.Replace(".", " ", StringComparison.Ordinal) + " ", StringComparison.Ordinal);
        Assert.Equal(["Kursk"], Marked(snippet));
    }

    [Fact]
    public void Every_match_inside_a_passage_of_a_long_sentence_is_marked_wherever_the_windows_fall()
    {
        // The gap between the two soldiers moves the second across the first window's end, one word at a time.
        for (var gap = 10; gap <= 40; gap++)
        {
            string Words(int n, int from) => string.Join(' ', Enumerable.Range(from, n).Select(i => $"w{i}"));
            var body = $"{Words(20, 0)} a soldier {Words(gap, 100)} the soldier in Kursk {Words(30, 200)}.";
            var hit = OnlyHit("soldier Kursk", TestRecords.Article("a", body));

            foreach (var snippet in hit.Snippets)
            {
                var shown = System.Text.RegularExpressions.Regex.Count(snippet.Text, @"\b(soldier|Kursk)\b");
                Assert.True(shown == Marked(snippet).Count, $"gap {gap}: {shown} matches, {Marked(snippet).Count} marked in \"{snippet.Text}\"");
            }
        }
    }

    [Fact]
    public void A_title_only_match_marks_the_title_and_shows_the_lede()
    {
        var hit = OnlyHit("Pyongyang", TestRecords.Article("a", "Troops crossed the border at dawn. More followed.", title: "Pyongyang sends troops"));

        Assert.Equal(["Pyongyang"], Marked(hit.Title));
        var lede = hit.Snippets.Single();
        Assert.Equal("Troops crossed the border at dawn.", lede.Text);
        Assert.Empty(lede.Marks);
    }

    [Fact]
    public void Offsets_stay_right_around_accents_CJK_and_emoji()
    {
        var body = "🇰🇵 Zelenskyy visited Kyïv. 北朝鮮の兵士 were seen 🙂 near Kyiv.";
        var kyiv = Article("a", "Kyiv", TestRecords.Article("a", body));
        var soldiers = Article("a", "兵士", TestRecords.Article("a", body));

        Assert.Equal(["Kyïv", "Kyiv"], Marked(kyiv.Body));
        Assert.Equal(["兵士"], Marked(soldiers.Body));
    }

    [Fact]
    public void Hostile_text_is_escaped_and_only_mark_elements_are_added()
    {
        var body = "Officials said <script>alert('x')</script> & <img src=x onerror=alert(1)> and 5 < 6 with &lt;b&gt; \"quotes\" in Kursk.";
        var hit = OnlyHit("Kursk", TestRecords.Article("a", body, title: "<b>Kursk</b> & co"));

        var html = HtmlMarkup.Render(hit.Snippets.Single());
        var title = HtmlMarkup.Render(hit.Title);

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&amp;lt;b&amp;gt;", html, StringComparison.Ordinal);
        Assert.Contains("5 &lt; 6", html, StringComparison.Ordinal);
        Assert.Equal("&lt;b&gt;<mark>Kursk</mark>&lt;/b&gt; &amp; co", title);
        Assert.Equal(["mark", "/mark"], System.Text.RegularExpressions.Regex.Matches(html, "<(/?[a-z]+)").Select(m => m.Groups[1].Value).Distinct());
    }

    [Fact]
    public void Every_match_of_a_whole_article_is_marked_and_numbered_in_order()
    {
        var article = Article("a", "Kursk", TestRecords.Article("a", "Kursk. Then Kursk again. And Kursk."));

        Assert.Equal(3, article.Body.Marks.Count);
        Assert.Equal("<mark data-match=\"0\">Kursk</mark>. Then <mark data-match=\"1\">Kursk</mark> again. And <mark data-match=\"2\">Kursk</mark>.", HtmlMarkup.Render(article.Body, numbered: true));
    }
}
