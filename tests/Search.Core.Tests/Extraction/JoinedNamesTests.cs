using Search.Core.Extraction;
using Search.Core.Text;

namespace Search.Core.Tests.Extraction;

/// <summary>Names that hold "and" or "&amp;", which the recognizer joins only on the article's own evidence.</summary>
public sealed class JoinedNamesTests
{
    private static readonly EntityRecognizer Recognizer = new(Gazetteer.Load(null, new List<string>()));

    private static List<EntityMention> Mentions(string text) => Recognizer.Recognize(text, SentenceSplitter.Split(text)).ToList();

    private static List<string> Labels(string text) => Mentions(text).Select(m => m.Label).Distinct().ToList();

    [Fact]
    public void A_defined_acronym_joins_its_long_name_over_and_and_then_stands_for_it()
    {
        const string text = "The Party of Action and Solidarity (PAS) won. Later PAS leader Igor Brancu said PAS would govern.";
        var mentions = Mentions(text);
        Assert.Equal(["other/Party of Action and Solidarity", "person/Igor Brancu"], mentions.Select(m => m.Label).Distinct().Order().ToList());
        // The acronym's mentions keep their own place in the text, for highlighting.
        Assert.Equal(["Party of Action and Solidarity", "PAS", "PAS", "PAS"],
            mentions.Where(m => m.Name == "Party of Action and Solidarity").Select(m => text[m.Span.Start..m.Span.End]).ToList());
    }

    [Fact]
    public void The_long_name_starts_where_the_run_holding_its_first_initial_starts()
    {
        // "Department of" has no letter in "HHS", but it is the name's start.
        Assert.Equal(["other/Department of Health and Human Services"],
            Labels("The Department of Health and Human Services (HHS) said 12 people were sick. HHS said more would follow."));
        Assert.Equal(["other/Committee to Protect Journalists"], Labels("Reporters asked the Committee to Protect Journalists (CPJ) for help."));
    }

    [Theory]
    [InlineData("The Nigeria Centre for Disease Control and Prevention (NCDC) said 40 died. The NCDC said more.", "Nigeria Centre for Disease Control and Prevention")]
    [InlineData("The Ondo Centre for Fever Research and Prevention (OCFR) said 40 died. OCFR said more.", "Ondo Centre for Fever Research and Prevention")]
    public void An_acronym_may_leave_out_the_last_and_of_its_name(string text, string name)
    {
        var mentions = Mentions(text).Where(m => m.Type != "country").ToList();

        Assert.Equal([name], mentions.Select(m => m.Name).Distinct().ToList());
        Assert.Equal(3, mentions.Count);
    }

    [Fact]
    public void A_name_before_and_that_does_not_spell_the_acronym_stays_apart()
    {
        Assert.Contains("person/John Smith", Labels("John Smith and Prevention Agency (PA) spoke."));
    }

    [Theory]
    [InlineData("Analysts at Fernwick Trust and Dalby Group (FT) disagreed.")] // the initials before the bracket are not the acronym's
    [InlineData("Analysts at Fernwick Trust and Dalby Group (FDX) disagreed.")] // one capital too many
    [InlineData("Analysts at Fernwick Trust and dalby Group (FTG) disagreed.")] // a lower-case word other than a minor one
    [InlineData("Analysts at Fernwick Trust, and Dalby Group (TDG) disagreed.")] // punctuation between
    public void Runs_the_acronym_does_not_spell_stay_apart(string text)
    {
        var labels = Labels(text);
        Assert.Contains("other/Fernwick Trust", labels);
        Assert.DoesNotContain(labels, l => l.Contains("Fernwick Trust and", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Officials at the National Institute of Civil Defence (INDECI) said 63 died. INDECI said 28 were missing.", "National Institute of Civil Defence")]
    [InlineData("The Federal Security Service (FSB) said it detained two men. The FSB said they were spies.", "Federal Security Service")]
    [InlineData("The Disaster and Emergency Management Authority (AFAD) said 12 died. AFAD said 30 were hurt.", "Disaster and Emergency Management Authority")]
    public void A_body_s_acronym_in_another_language_still_stands_for_the_body(string text, string body)
    {
        var mentions = Mentions(text);

        Assert.Equal([body], mentions.Select(m => m.Name).Distinct().ToList());
        Assert.Equal(3, mentions.Count);
    }

    [Theory]
    [InlineData("KYIV, Ukraine (AP) - Officials said 12 people died. AP said the roads were closed.")] // a place, then a credit
    [InlineData("Shares of Fernwick Dalby (XYZ) rose. XYZ said sales grew.")] // two words naming no body
    public void An_acronym_after_a_name_that_is_no_body_and_that_it_does_not_spell_stays_apart(string text)
    {
        var mentions = Mentions(text);

        Assert.Contains(mentions, m => m.Name is "XYZ" or "Associated Press");
    }

    [Theory]
    [InlineData("The South African Reserve Bank (SARB) cut its rate. The SARB said inflation would ease.", "South African Reserve Bank")]
    [InlineData("Students of Los Angeles Valley College (LAVC) marched. LAVC said classes would resume.", "Los Angeles Valley College")]
    public void An_acronym_that_a_name_opening_with_a_known_name_spells_stands_for_that_name(string text, string body)
    {
        var mentions = Mentions(text);

        Assert.Equal(3, mentions.Count(m => m.Name == body));
    }

    [Fact]
    public void An_acronym_before_and_is_not_part_of_the_body_the_next_acronym_defines()
    {
        var mentions = Mentions("Voters backed the Christian-Democratic Union (CDU) and Christian-Social Union (CSU), who focus on balance.");

        Assert.DoesNotContain(mentions, m => m.Name.Contains(" and ", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Name == "Christian-Social Union");
    }

    [Theory]
    [InlineData("Scientists at the Norwegian Institute for Air Research (Lillestrom) said 12 sites failed. Lillestrom is near Oslo.")]
    [InlineData("Police said the Indonesian Search and Rescue Agency (Basarnas) had left. Basarnas said 30 were missing.")]
    public void A_word_of_one_capital_in_brackets_after_a_body_stays_apart(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Name.Contains("Agency", StringComparison.Ordinal) && m.Name.Contains("Search and", StringComparison.Ordinal)
            || m.Name == "Norwegian Institute for Air Research" && text[m.Span.Start..m.Span.End] == "Lillestrom");
    }

    [Fact]
    public void An_acronym_written_before_its_definition_is_left_as_written()
    {
        var labels = Labels("Officials said PAS had won. The Party of Action and Solidarity (PAS) later said so.");
        Assert.Contains("other/PAS", labels);
        Assert.Contains("other/Party of Action and Solidarity", labels);
    }

    [Theory]
    [InlineData("In Poland, the Law and Justice party said it would appeal.", "other/Law and Justice")]
    [InlineData("Voters backed Turkey's ruling Justice and Development Party on Sunday.", "other/Justice and Development Party")]
    [InlineData("Voters in Morocco backed the Party of Progress and Socialism on Sunday.", "other/Party of Progress and Socialism")]
    public void A_party_s_name_holds_its_and(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Theory]
    [InlineData("Voters left the Tessaly and Morvane parties on Sunday.")] // plural: two parties
    [InlineData("Voters left the Tessaly and Morvane party on Sunday. Morvane said nothing.")] // each named alone too
    [InlineData("Voters cheered Marta Tessaly and Morvane party leaders on Sunday.")] // a person's name
    [InlineData("Ships left the Port of Dunmore and Tessaly on Sunday.")] // "of" after a word that names no party
    public void Two_names_either_side_of_and_stay_two(string text)
    {
        Assert.DoesNotContain(Labels(text), l => l.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void Gazetteer_names_match_across_their_ampersand()
    {
        Assert.Equal(["company/Marks & Spencer"], Labels("Shoppers left as Marks & Spencer said sales fell."));
        Assert.Equal(["company/AT&T"], Labels("Shares of AT&T fell after AT&T cut jobs."));
        Assert.Equal(["company/S&P Global"], Labels("Analysts at S&P Global cut the rating."));
    }

    [Fact]
    public void A_lone_portfolio_before_minister_is_part_of_the_title()
    {
        var labels = Labels("Oil prices rose, Norwegian Energy Minister Terje Aasland said on Friday.");
        Assert.DoesNotContain(labels, l => l.Contains("Energy", StringComparison.Ordinal));
        Assert.Contains("person/Terje Aasland", labels);
        // A longer name before the title is a body's, whose minister the person is.
        Assert.Contains("other/Ostland Energy", Labels("Crowds cheered Ostland Energy Minister Lynn Good on Friday."));
    }

    [Theory]
    [InlineData("\"This is a victory,\" said Jonah van der Berg, a lawyer for the plaintiffs.", "person/Jonah van der Berg")]
    [InlineData("The ruling by Gov. Marta de la Cruz was read on Friday.", "person/Marta de la Cruz")]
    [InlineData("Crowds filled the Place de la Concorde on Friday.", "other/Place de la Concorde")] // "de la" joins places too
    [InlineData("Critics met Hendrik van den Broek in Utrecht.", "person/Hendrik van den Broek")]
    public void A_surname_of_two_particles_stays_whole(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }
}
