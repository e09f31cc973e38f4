using Search.Core.Extraction;
using Search.Core.Text;

namespace Search.Core.Tests.Extraction;

public sealed class EntityRecognizerTests
{
    private static readonly EntityRecognizer Recognizer = new(Gazetteer.Load(null, new List<string>()));

    private static List<string> Labels(string text) =>
        Recognizer.Recognize(text, SentenceSplitter.Split(text)).Select(m => m.Label).Distinct().ToList();

    /// <summary>Each mention in order: its label and the words it was found in ("person/Maria Lopez:Lopez").</summary>
    private static string LabelsAsWritten(string text) =>
        string.Join(", ", Recognizer.Recognize(text, SentenceSplitter.Split(text)).Select(m => m.Label + ":" + text[m.Span.Start..m.Span.End]));

    /// <summary>Each mention in order: its label, or its bare name when it is of no known type.</summary>
    private static string MentionNames(string text) =>
        string.Join(", ", Recognizer.Recognize(text, SentenceSplitter.Split(text)).Select(m => m.Type == "other" ? m.Name : m.Label));

    [Fact]
    public void Aliases_and_spelling_variants_map_to_one_canonical_entity()
    {
        Assert.Equal(["person/Volodymyr Zelensky"], Labels("Zelensky met Zelenskyy's aides; Zelenksy left. Volodymyr Zelenskyy spoke."));
        Assert.Equal(["person/Kim Jong Un"], Labels("Kim Jong-un and Kim Jong Un are one man."));
        Assert.Equal(["group/Storm Corps"], Labels("The \"Storm\" Corps, also called the 11th Corps, fought."));
    }

    [Theory]
    [InlineData("Crowds greeted Mr Abernathy in the square.", "person/Abernathy")]
    [InlineData("Residents met Gov. Marisol Quintero on Friday.", "person/Marisol Quintero")]
    [InlineData("The report by Jane Okafor, a spokeswoman for the regional army, was brief.", "person/Jane Okafor")]
    [InlineData("The account of Tomas Brandt, 45, was confirmed.", "person/Tomas Brandt")]
    [InlineData("\"The water came in so fast,\" said Lee Soo-jin, a 34-year-old tourist from Busan.", "person/Lee Soo-jin")]
    [InlineData("\"I have never seen anything like it,\" said the club's Greek coach, Giorgos Papadakis-Christodoulou.", "person/Giorgos Papadakis-Christodoulou")]
    [InlineData("The fire killed one firefighter, Joaquim Brito Marques, on Tuesday.", "person/Joaquim Brito Marques")]
    [InlineData("Its president, Hisham Fawzy Abdel-Meguid, offered his resignation.", "person/Hisham Fawzy Abdel-Meguid")]
    [InlineData("\"We have counted them,\" said Kambale Muhindo Vagheni, the platform's co-ordinator.", "person/Kambale Muhindo Vagheni")]
    [InlineData("The club's South Korean striker, Hwang Min-jae, wrote on Instagram that he was heartbroken.", "person/Hwang Min-jae")]
    [InlineData("They found the victim, Until 1999 the snow fell.", "other/Until")] // no full name after the noun
    [InlineData("She was born in the District of Columbia, the daughter of an architect.", "other/District of Columbia")]
    [InlineData("Workers walked out of Acme Dynamics, a chemicals company, on Monday.", "other/Acme Dynamics")]
    [InlineData("A statement from Jane Okafor, a spokeswoman for the army, followed.", "person/Jane Okafor")]
    [InlineData("Missiles hit Kupiansk, the governor said.", "other/Kupiansk")]
    [InlineData("Shelling hit Kupiansk, a town whose mayor fled.", "other/Kupiansk")]
    [InlineData("Rebels advanced in eastern DR Kivu on Sunday.", "other/Kivu")]
    [InlineData("Deaths were counted in Lozova, 5, Balakliia, 3, and Kupiansk, 2.", "other/Balakliia")]
    [InlineData("Workers at General Dynamics went on strike.", "other/General Dynamics")]
    [InlineData("Ukraine's General Staff said the attack was repelled.", "other/General Staff")]
    [InlineData("The vote in the UN General Assembly was close.", "other/UN General Assembly")]
    [InlineData("Troops saluted General Valery Gerasimov in Moscow.", "person/Valery Gerasimov")]
    [InlineData("Crowds gathered in Dover on Friday.", "other/Dover")]
    [InlineData("In Izium, the mayor said the shelling went on.", "other/Izium")]
    [InlineData("A letter reached the Prime Minister's Residence on Friday.", "other/Residence")]
    [InlineData("John Smith, a spokesman for the ministry, said the bridge was hit.", "person/John Smith")]
    [InlineData("Rates will fall, said Sarah Hunt, chief market strategist at Alpine Saxon Partners.", "person/Sarah Hunt")]
    [InlineData("Shelling hit Kupiansk, said the spokesman.", "other/Kupiansk")]
    [InlineData("Missiles hit Kupiansk, regional governor Oleh Syniehubov said.", "other/Kupiansk")]
    [InlineData("The ship was led by Commander Jane Okafor in 2001.", "person/Jane Okafor")]
    [InlineData("The court convicted Colonel Tomas Brandt in 2003.", "person/Tomas Brandt")]
    [InlineData("Residents cheered police chief Mark Jones on Friday.", "person/Mark Jones")]
    [InlineData("Troops saluted Army Chief Asim Munir in Rawalpindi.", "person/Asim Munir")]
    [InlineData("The company's chief Mark Jones resigned on Friday.", "other/Mark Jones")]
    [InlineData("The plan was read by Chief Executive Amara Obi on Friday.", "person/Amara Obi")]
    [InlineData("Investors cheered CEO Tim Cook on Friday.", "person/Tim Cook")]
    [InlineData("The plan was read by Chief Executive C.S. Venkatakrishnan on Friday.", "person/C.S. Venkatakrishnan")]
    [InlineData("The plan was read by Chief Executive ACME Jones on Friday.", "other/Executive ACME Jones")] // capitals are no initials
    [InlineData("Reporters met House Speaker Mike Johnson on Friday.", "person/Mike Johnson")]
    [InlineData("Reporters met Senate Majority Leader Chuck Schumer on Friday.", "person/Chuck Schumer")]
    [InlineData("The ruling was read by Chief Justice Amara Obi on Friday.", "person/Amara Obi")]
    [InlineData("Historian Mark Mazower said the book was timely.", "person/Mark Mazower")]
    [InlineData("President-elect Nicholas Sarkozy promised reform.", "person/Nicholas Sarkozy")]
    [InlineData("Reporter Kimberly Wells filed the story.", "person/Kimberly Wells")]
    [InlineData("The Father of Texas was honoured.", "other/Father of Texas")]
    [InlineData("Crowds cheered Bashar al-Assad in Damascus.", "person/Bashar al-Assad")] // the Arabic article joined to the surname
    [InlineData("Crowds cheered Abdel Fattah el-Sisi in Cairo.", "person/Abdel Fattah el-Sisi")]
    [InlineData("A report by the Committee to Protect Journalists was published.", "other/Committee to Protect Journalists")]
    [InlineData("A report by the Office for Budget Responsibility was published.", "other/Office for Budget Responsibility")]
    [InlineData("A report by the Council on Foreign Relations was published.", "other/Council on Foreign Relations")]
    [InlineData("A report by the Forum for Democratic Change was published.", "other/Forum for Democratic Change")]
    [InlineData("A report by the National Board for Professional Teaching Standards was published.", "other/National Board for Professional Teaching Standards")]
    [InlineData("A report by the Indigenous Initiative for Peace was published.", "other/Indigenous Initiative for Peace")]
    public void An_unknown_name_is_a_person_only_with_a_title_or_a_describing_appositive(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Theory]
    [InlineData("Reporters met Senate Majority Leader Chuck Schumer on Friday.", "person/Chuck Schumer", "Majority")]
    [InlineData("The talks were confirmed by Chief Cabinet Secretary Yoshimasa Hayashi on Friday.", "person/Yoshimasa Hayashi", "Cabinet")]
    [InlineData("Labour's shadow home secretary Yvette Cooper accused ministers of waste.", "person/Yvette Cooper", "Labour's")]
    [InlineData("Shares fell after Tesla CEO Elon Musk spoke.", "person/Elon Musk", "CEO")]
    [InlineData("\"We are still hoping,\" said Rear Admiral Teodoro Dimaculangan on Friday.", "person/Teodoro Dimaculangan", "Rear")]
    [InlineData("NDRRMC executive director Undersecretary Ricardo Macapagal Ilagan said 26 people had died.", "person/Ricardo Macapagal Ilagan", "Undersecretary")]
    [InlineData("Atty. Maria Santos, the company's lawyer, said the ferry was seaworthy.", "person/Maria Santos", "Atty")]
    [InlineData("Shares fell after Fed Chair Jerome Powell spoke.", "person/Jerome Powell", "Chair")]
    [InlineData("The memo was sent by Chief Operating Officer Greg Whalley on Friday.", "person/Greg Whalley", "Operating")]
    [InlineData("Reporters met Defence Minister Israel Katz on Friday.", "person/Israel Katz", "country/")]
    [InlineData("Reporters met Secretary of State Marco Rubio on Friday.", "person/Marco Rubio", "State")]
    [InlineData("Reporters met the Minister of Foreign Affairs Jane Okafor on Friday.", "person/Jane Okafor", "Affairs")]
    [InlineData("Reporters met the Minister of Foreign Affairs of Belize on Friday.", "country/Belize", "person/")]
    [InlineData("The Commissioner for Health, Dr. Kemi Ogunyemi, confirmed 40 cases.", "person/Kemi Ogunyemi", "Commissioner")]
    [InlineData("Lagos State Commissioner for Health Akin Abayomi confirmed 40 cases.", "person/Akin Abayomi", "Health")]
    [InlineData("The Secretary for Security, Chris Tang, confirmed the arrests.", "person/Chris Tang", "Security")]
    [InlineData("The Commissioner of Police, Abiodun Alabi, confirmed the arrests.", "other/Abiodun Alabi", "Police")]
    [InlineData("Reporters met the CSCE High Commissioner for National Minorities on Friday.", "other/CSCE", "High")]
    [InlineData("Reporters met the Acting High Commissioner, Jane Okafor, on Friday.", "person/Jane Okafor", "Acting")]
    [InlineData("Reporters met European Commissioner Louis Michel on Friday.", "person/Louis Michel", "European")]
    [InlineData("Reporters met Senior Commissioner Dirga Pratama on Friday.", "person/Dirga Pratama", "Senior")]
    [InlineData("Reporters met Minister of Mines Jeanne Mbuyi Tshilombo on Friday.", "person/Jeanne Mbuyi Tshilombo", "Mines")]
    [InlineData("Reporters met police chief Inspector General Agus Widjaja on Friday.", "other/Agus Widjaja", "Inspector")]
    [InlineData("Reporters met the UN High Commissioner for Refugees on Friday.", "organisation/UNHCR", "United Nations")]
    [InlineData("Reporters met the U.N. High Commissioner for Refugees on Friday.", "organisation/UNHCR", "United Nations")]
    public void Words_of_a_title_belong_to_neither_the_body_nor_the_person_after_it(string text, string person, string nowhere)
    {
        var labels = Labels(text);

        Assert.Contains(person, labels);
        Assert.DoesNotContain(labels, l => l.Contains(nowhere, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("President George W. Bush said the war would end.", "person/George W. Bush")]
    [InlineData("Crowds cheered Michael J. Fox on Friday.", "person/Michael J. Fox")]
    [InlineData("The plan was read by Chief Executive J. Kendrick Noble on Friday.", "person/J. Kendrick Noble")]
    [InlineData("The memo from J. Kendrick Noble arrived on Friday.", "person/J. Kendrick Noble")]
    [InlineData("The ruling cited J. K. Rowling twice.", "person/J. K. Rowling")]
    [InlineData("The Green Party picked J. Matthew de Heus, an instructor.", "person/J. Matthew de Heus")]
    [InlineData("The novel by C.S. Lewis sold well.", "person/C.S. Lewis")]
    [InlineData("Crowds gathered at the Michael J. Fox Foundation on Friday.", "other/Michael J. Fox Foundation")]
    [InlineData("Investors bought J.P. Morgan Chase shares on Friday.", "other/J.P. Morgan Chase")] // joined initials: a surname alone
    [InlineData("Crowds cheered the U.S. Marines on Friday.", "other/U.S. Marines")]
    [InlineData("He chose Plan B. Officials agreed.", "other/Plan")]
    [InlineData("The case was 505 U. Rip Torn starred in the film.", "other/Rip Torn")] // a citation's "U." is no initial
    [InlineData("The shop is on 1381 W. Hubbard Street in Chicago.", "other/Hubbard Street")]
    [InlineData("The architect I. M. Pei designed it.", "person/I. M. Pei")]
    [InlineData("J. Smith said the report was wrong.", "person/J. Smith")] // a lone initial before a surname that speaks
    [InlineData("The letter was signed by J. Smith and two others.", "person/J. Smith")] // after "by": whoever did it
    [InlineData("The town was held by N. Koreans for a week.", "other/Koreans")] // an abbreviated people, no initial
    [InlineData("Harry C. Thomson signed clause (c) on Friday.", "person/Harry C. Thomson")] // "c" in lower case is no word the name shares
    public void Initials_belong_to_the_name_they_open_or_stand_in(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Theory]
    [InlineData("He chose option B. Officials agreed.", "B.")] // a lone initial before a lone word ends a sentence
    [InlineData("He chose option B. Officials said it was fine.", "B.")] // a word for speakers is no surname
    [InlineData("The lab is called T.O.E. Though small, it hired staff though.", "person/")] // a word also written in lower case is no surname
    public void A_capital_and_a_period_ending_a_sentence_start_no_name(string text, string nowhere)
    {
        Assert.DoesNotContain(Labels(text), l => l.Contains(nowhere, StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_before_a_written_title_is_a_name_of_its_own()
    {
        Assert.Contains("other/Initech", Labels("Shares fell after Initech CEO Elon Musk spoke."));
    }

    [Fact]
    public void A_titled_person_s_name_ends_before_where_they_are_from()
    {
        var labels = Labels("The deal was praised by Sen. James Lankford of Oklahoma, the lead negotiator, on Friday.");

        Assert.Contains("person/James Lankford", labels);
        Assert.Contains("place/Oklahoma", labels);
        Assert.Contains("other/Bank of Scotland", Labels("The deal was praised by the Bank of Scotland on Friday."));
    }

    [Fact]
    public void A_generic_body_or_an_interjection_alone_is_no_entity_but_a_longer_name_keeps_them()
    {
        var labels = Labels("Ministers met on Friday, and the Government said the Committee would report. Fans chanted Yeah and Oh Well as the Security Council met.");

        Assert.Equal(["other/Security Council"], labels);
    }

    [Fact]
    public void Party_members_are_no_one_s_surname()
    {
        var labels = Labels("The bill was blocked by Senate Republicans on Wednesday. Republicans said it was flawed.");

        Assert.DoesNotContain(labels, l => l.StartsWith("person/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Lozova, 5, and Kupiansk, 2, reported deaths.")]
    [InlineData("Brovary, 5, Irpin, 3, and Bucha, 2, reported deaths.")]
    [InlineData("Deaths were counted in Lozova, 5, and Kupiansk, 2, on Friday.")]
    public void A_place_in_a_list_of_counts_has_no_age_and_is_no_person(string text)
    {
        Assert.DoesNotContain(Labels(text), l => l.StartsWith("person/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A letter sent by the Justice Department to Congress was read.", "Justice Department to Congress")]
    [InlineData("The view of the Conservative Party on Brexit was clear.", "Conservative Party on Brexit")]
    public void A_body_s_name_does_not_run_on_into_where_or_what(string text, string nowhere)
    {
        Assert.DoesNotContain(Labels(text), l => l.Contains(nowhere, StringComparison.Ordinal));
    }

    [Fact]
    public void A_legislator_s_party_and_state_is_not_a_name()
    {
        Assert.Equal(["person/Lisa Murkowski"], Labels("The vote was close, said Sen. Lisa Murkowski, R-Alaska, on Friday."));
    }

    [Theory]
    [InlineData("The student was treated at the Dr Soetomo hospital in Surabaya.", false)]
    [InlineData("Dr Soetomo said the ward in Surabaya was full.", true)]
    [InlineData("The work was done by the mathematician Dr Peter Neumann. University staff were pleased.", true)] // another sentence
    public void A_name_before_a_hospital_or_a_stadium_names_the_place_not_a_person(string text, bool person)
    {
        Assert.Equal(person, Labels(text).Any(l => l.StartsWith("person/", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("SURABAYA, Indonesia — A student died in hospital on Wednesday.", "place/SURABAYA")]
    [InlineData("SURABAYA — A student died in hospital on Wednesday.", "place/SURABAYA")]
    [InlineData("KOLWEZI, Democratic Republic of Congo, May 20 (Global Wire) — At least 12 miners were killed.", "place/KOLWEZI")]
    [InlineData("KOLWEZI, 23 May 2027 — The search for miners was called off.", "place/KOLWEZI")]
    [InlineData("BREAKING — A student died in hospital on Wednesday.", "")]
    public void The_place_a_dateline_names_is_a_place_the_story_is_about(string text, string place)
    {
        var places = Labels(text).Where(l => !l.StartsWith("country/", StringComparison.Ordinal)).ToList();

        Assert.Equal(place.Length == 0 ? [] : [place], places);
    }

    [Fact]
    public void A_dateline_place_belongs_to_the_country_the_dateline_names_with_it()
    {
        const string Text = "SURABAYA, Indonesia — A student died.";
        var mention = Recognizer.Recognize(Text, SentenceSplitter.Split(Text)).Single(m => m.Type == "place");

        Assert.Equal("Indonesia", mention.Country);
    }

    [Theory]
    [InlineData("ZURICH, Feb 12 (Global Wire) — Veltrona Systems said revenue rose.", "Global Wire")]
    [InlineData("LONDON (Reuters) — The Bank of England held rates.", "Reuters")]
    [InlineData("LOS ANGELES — Thirteen people have been confirmed dead.", "Thirteen")]
    [InlineData("Delphine made landfall as a Category 3 storm near Miami.", "Category")]
    public void A_dateline_s_agency_a_number_word_after_it_and_a_storm_s_category_are_no_names(string text, string nowhere)
    {
        Assert.DoesNotContain(Labels(text), l => l.EndsWith("/" + nowhere, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Crews fought the Sierra Alta fire for a week, and the Sierra Alta fire grew.", "other/Sierra Alta")]
    [InlineData("An analyst at Morgan Stanley expects cuts.", "company/Morgan Stanley")]
    [InlineData("Tourists flocked to the Big Apple.", "other/Big Apple")]
    [InlineData("Walt Disney drew Mickey Mouse, and Walt Disney founded a studio.", "person/Walt Disney")]
    [InlineData("The Disney board met. Analysts at Disney agreed.", "company/Disney")]
    [InlineData("Chipmaker Nvidia said sales rose.", "company/Nvidia")]
    [InlineData("Today Apple said sales rose.", "company/Apple")]
    [InlineData("Sheriff Robert Luna spoke to reporters.", "person/Robert Luna")]
    public void Names_of_events_companies_and_sheriffs_get_their_types(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Fact]
    public void A_storm_named_as_people_are_is_no_person_even_where_its_name_alone_is_a_given_name()
    {
        var labels = Labels("Hurricane Delphine killed three people. The National Hurricane Center said Delphine was a Category 3 storm.");

        Assert.Contains("other/Hurricane Delphine", labels);
        Assert.DoesNotContain(labels, l => l.StartsWith("person/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surname_after_a_title_is_the_person_named_in_full_before()
    {
        var labels = Labels("Renée Castellanos was sentenced on Tuesday. \"Ms. Castellanos betrayed the trust of shareholders,\" the judge said.");

        Assert.Equal(["person/Renée Castellanos"], labels);
        // An office is no courtesy: the president is not the son named before.
        Assert.Contains("person/Smithson", Labels("Hunter Smithson met reporters. The talks with President Smithson went well."));
    }

    [Theory]
    [InlineData("The Hamas-run health ministry said 27 people died.")]
    [InlineData("A UN-backed report said aid was blocked.")]
    [InlineData("The Kremlin-friendly outlet reported it on Friday.")]
    public void A_name_made_an_adjective_is_no_name(string text)
    {
        Assert.DoesNotContain(Labels(text), l => l.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_ending_the_sentence_before_does_not_make_a_person()
    {
        var labels = Labels("Crowds waited for the mayor. Harlow Square stayed quiet, and later Harlow Square emptied.");

        Assert.Contains("other/Harlow Square", labels);
        Assert.DoesNotContain("person/Harlow Square", labels);
    }

    [Fact]
    public void Demonyms_name_their_country()
    {
        Assert.Equal(["country/North Korea", "country/Ukraine"], Labels("North Korean troops met Ukrainian forces."));
    }

    [Fact]
    public void A_country_inside_a_longer_name_is_named_too()
    {
        Assert.Equal(["country/South Korea", "organisation/National Intelligence Service"], Labels("South Korea's spy agency said so.").Order());
    }

    [Fact]
    public void Acronyms_must_be_written_in_capitals()
    {
        Assert.Equal(["organisation/National Intelligence Service"], Labels("The NIS said so."));
        Assert.Empty(Labels("Tell us about the nis."));
    }

    [Fact]
    public void Capitalised_names_outside_the_gazetteer_become_other_entities()
    {
        var mentions = Recognizer.Recognize("Troops entered Nizhny Novgorod at dawn.", SentenceSplitter.Split("Troops entered Nizhny Novgorod at dawn."));

        var other = Assert.Single(mentions);
        Assert.Equal(("other/Nizhny Novgorod", EntityRecognizer.CapitalisedRule), (other.Label, other.Rule));
    }

    [Theory]
    [InlineData("The talks ended on Friday in December.")]
    [InlineData("Read the original story here.")]
    [InlineData("President said little. Photos surfaced later.")]
    [InlineData("Now I'm sure, a resident said, the street flooded.")]
    [InlineData("Yeah Don't worry, a resident said.")]
    public void Weekdays_months_titles_and_sentence_openers_are_not_entities(string text)
    {
        Assert.Empty(Labels(text));
    }

    [Theory]
    [InlineData("Novavax said on Tuesday that its vaccine worked.", "other/Novavax")]
    [InlineData("Markets rallied. Broadcom reported record revenue.", "other/Broadcom")]
    [InlineData("Bosch says orders rose.", "other/Bosch")]
    [InlineData("Moody's said the outlook was negative.", "other/Moody")]
    [InlineData("Moody's cut the rating. Moody's said the outlook was negative.", "other/Moody")] // one spelling throughout
    [InlineData("William said he would resign.", "person/William")]
    [InlineData("Macy's said sales fell.", "other/Macy")] // a given name with its 's is a shop's
    public void A_lone_word_opening_a_sentence_is_a_name_when_it_speaks(string text, string label)
    {
        Assert.Equal([label], Labels(text));
    }

    [Theory]
    [InlineData("Officials said the road would reopen.")]
    [InlineData("Protesters said they would stay. Economists said growth would slow.")]
    [InlineData("Gunmen said nothing. Residents told reporters little.")]
    [InlineData("Republicans said the bill would fail. Many said the vote was unfair.")]
    [InlineData("Having said that, the deal holds. Simply stated, it failed.")]
    [InlineData("Legend says the monks built it. Seven said no.")]
    [InlineData("Researchers found clues. Analysis said little about prices, and analysis is hard.")]
    [InlineData("Nation's alleged breach was costly.")]
    [InlineData("Children say the park is unsafe.")] // a verb in the plural has a plural subject
    [InlineData("Troops said the town had fallen. Nurses said beds were short.")] // a plural in the past tense
    [InlineData("Shares added 2% in early trade. Protests continued overnight.")] // deeds, not speech
    [InlineData("Inflation continued to rise. Gold added 2% on Friday.")]
    [InlineData("Shares said to be worth $2 billion changed hands.")] // hearsay of a thing
    [InlineData("Gold said to be worth $2 million was seized.")]
    public void A_plural_noun_pronoun_or_ordinary_word_opening_a_sentence_before_a_verb_of_speech_is_no_name(string text)
    {
        Assert.Empty(Labels(text));
    }

    [Theory]
    [InlineData("Shares of Broadcom fell 5% on Monday.", "other/Broadcom")]
    [InlineData("Residents of Nizhny Novgorod fled.", "other/Nizhny Novgorod")]
    [InlineData("Some said the Bank of Montreal would pay.", "other/Bank of Montreal")] // a name's own "of" stays
    public void A_plural_noun_opening_a_sentence_before_of_is_no_part_of_the_name_after_it(string text, string label)
    {
        Assert.Contains(label, Labels(text));
        Assert.DoesNotContain(Labels(text), l => l.StartsWith("other/Shares", StringComparison.Ordinal) || l.StartsWith("other/Residents", StringComparison.Ordinal));
    }

    [Fact]
    public void Qaboos_bin_Said_keeps_his_whole_name()
    {
        Assert.Equal(["other/Qaboos bin Said al Said"], Labels("Qaboos bin Said al Said died in 2020.")); // "bin" is no "of"
    }

    [Fact]
    public void An_ampersand_joins_a_firm_s_word_to_its_name_but_not_two_names()
    {
        Assert.Equal(["other/Brown Harriman & Co"], Labels("Investors bought Brown Harriman & Co shares."));
        Assert.Equal(["other/Smith & Sons"], Labels("The bakery Smith & Sons closed."));
        Assert.DoesNotContain(Labels("Reporters Woodward & Bernstein broke the story."), l => l.Contains('&', StringComparison.Ordinal));
        // Written without spaces, the ampersand is inside one name; not in the common nouns written so.
        Assert.Equal(["other/D&F Holdings"], Labels("Shares of D&F Holdings fell after D&F Holdings cut jobs."));
        Assert.Equal(["other/K&T Global"], Labels("Analysts at K&T Global cut the rating."));
        Assert.Empty(Labels("The firm raised its R&D budget after a Q&A with investors."));
    }

    [Fact]
    public void A_possessive_before_a_word_that_is_no_verb_is_still_stripped()
    {
        Assert.Equal(["other/Acme"], Labels("Profits rose at Acme. The rise was Acme's continued success."));
    }

    [Theory]
    [InlineData("Real Madrid said the player would miss three weeks.", "other/Real Madrid")]
    [InlineData("Fans of Real Madrid cheered.", "other/Real Madrid")]
    [InlineData("The striker joined Bayern Munich in June.", "other/Bayern Munich")]
    [InlineData("Inter Milan signed the striker.", "other/Inter Milan")]
    [InlineData("AC Milan confirmed the sale.", "other/AC Milan")]
    public void A_club_named_for_its_city_is_a_name_of_its_own_and_names_no_place(string text, string label)
    {
        Assert.Equal([label], Labels(text));
    }

    [Fact]
    public void A_city_after_another_capitalised_word_stays_the_city()
    {
        Assert.Equal(["place/Madrid"], Labels("Tourists love it. Visit Madrid in May."));
        Assert.Equal(["place/Madrid"], Labels("Officials said Greater Madrid was flooded."));
        Assert.Contains("place/Madrid", Labels("The real Madrid is quieter than the one on postcards."));
    }

    [Theory]
    [InlineData("Manchester United sacked its manager on Monday.", "other/Manchester United")]
    [InlineData("During World War II the town was bombed.", "other/World War II")]
    [InlineData("Manager Erik ten Hag left on Monday.", "person/Erik ten Hag")]
    public void A_name_of_several_words_opening_a_sentence_is_a_name(string text, string label)
    {
        Assert.Equal([label], Labels(text));
    }

    [Theory]
    [InlineData("On Monday, President Biden spoke.", "person/Joe Biden")]
    [InlineData("On Monday, Mr Trump spoke.", "person/Donald Trump")]
    [InlineData("Biden spoke on Monday.", "person/Joe Biden")]
    [InlineData("Former Trump aides spoke on Monday.", "person/Donald Trump")]
    [InlineData("Embattled Netanyahu spoke on Monday.", "person/Benjamin Netanyahu")]
    [InlineData("Chicago's Trump Hotel is for sale.", "person/Donald Trump")]
    [InlineData("Pinch-hitter Modi sets a scorching pace.", "person/Narendra Modi")]
    [InlineData("Ordinary Putin voters gathered on a day that was otherwise ordinary.", "person/Vladimir Putin")]
    public void A_known_person_s_surname_alone_or_after_a_title_is_that_person(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Theory]
    [InlineData("On Monday, Ivanka Trump spoke.", "person/Ivanka Trump", "person/Donald Trump")]
    [InlineData("The court heard Sara Netanyahu on Monday.", "person/Sara Netanyahu", "person/Benjamin Netanyahu")]
    [InlineData("Sara Netanyahu smiled at the crowd.", "person/Sara Netanyahu", "person/Benjamin Netanyahu")]
    [InlineData("Hunter Biden told reporters he was innocent.", "person/Hunter Biden", "person/Joe Biden")]
    public void A_known_person_s_surname_after_another_name_word_is_someone_else(string text, string label, string notLabel)
    {
        var labels = Labels(text);

        Assert.Contains(label, labels);
        Assert.DoesNotContain(notLabel, labels);
    }

    [Fact]
    public void A_surname_that_speaks_after_the_full_name_is_that_person()
    {
        const string Text = "Maria Lopez opened the plant in 2019. Lopez said it would close.";

        var mentions = Recognizer.Recognize(Text, SentenceSplitter.Split(Text));

        Assert.Equal(["person/Maria Lopez", "person/Maria Lopez"], mentions.Select(m => m.Label));
    }

    [Theory]
    [InlineData("Judge Jackson ruled on Friday.", "person/Jackson")]
    [InlineData("On Friday Justice Scalia wrote the opinion.", "person/Scalia")]
    [InlineData("Judge Maria De La Cruz Whitfield ruled on Friday.", "person/Maria De La Cruz Whitfield")]
    [InlineData("The Justice Department ruled on Friday.", "organisation/Justice Department")] // a body, no name
    [InlineData("On Friday Justice League made millions.", "other/Justice League")]
    [InlineData("On Friday Judge Maria Anna De La Cruz Whitfield ruled.", "other/Judge Maria Anna De La Cruz Whitfield")] // too long for a name
    public void A_judges_title_before_a_name_of_any_length_names_a_person(string text, string expected)
    {
        var mentions = Recognizer.Recognize(text, SentenceSplitter.Split(text));

        Assert.Equal(expected, Assert.Single(mentions).Label);
    }

    [Theory]
    [InlineData("Javier Quispe Mamani visited the town. Quispe said 40 houses collapsed.", "person/Javier Quispe Mamani:Javier Quispe Mamani, person/Javier Quispe Mamani:Quispe")]
    [InlineData("Oscar Huaman Villanueva toured the site. According to Huaman, 12,000 people were left homeless.", "person/Oscar Huaman Villanueva:Oscar Huaman Villanueva, person/Oscar Huaman Villanueva:Huaman")]
    [InlineData("Maria Lopez spoke on Monday. According to Lopez, the vote was fair.", "person/Maria Lopez:Maria Lopez, person/Maria Lopez:Lopez")]
    [InlineData("Mary Ann Smith spoke on Monday. Ann said the vote was fair.", "person/Mary Ann Smith:Mary Ann Smith, person/Ann:Ann")] // a second given name
    [InlineData("Grand Bahama Shipyard opened on Monday. Bahama said the dock was full.", "other/Grand Bahama Shipyard:Grand Bahama Shipyard, other/Bahama:Bahama")] // no given name first
    public void The_first_of_two_surnames_alone_is_the_person_too(string text, string expected)
    {
        Assert.Equal(expected, LabelsAsWritten(text));
    }

    [Theory]
    [InlineData("Zhang Wei, a local official, spoke on Monday. Mr Zhang said the fire was out.", "person/Zhang Wei:Zhang Wei, person/Zhang Wei:Zhang")]
    [InlineData("Dr Nguyễn Thị Thu Hà arrived on Monday. Dr Nguyễn said the fire was out.", "person/Nguyễn Thị Thu Hà:Nguyễn Thị Thu Hà, person/Nguyễn Thị Thu Hà:Nguyễn")]
    [InlineData("Li Shuo works for Greenpeace. Li said coal use was at a record.", "person/Li Shuo:Li Shuo, other/Greenpeace:Greenpeace, person/Li Shuo:Li")]
    [InlineData("Lee Jae-myung spoke on Monday. Lee said talks would resume.", "person/Lee Jae-myung:Lee Jae-myung, person/Lee Jae-myung:Lee")]
    [InlineData("Zhang Wei and Zhang Min spoke on Monday. Zhang said talks would resume.", "other/Zhang Wei:Zhang Wei, other/Zhang Min:Zhang Min, other/Zhang:Zhang")] // either of two
    [InlineData("Harlow Brackett won the bid on Monday. Harlow said work would start.", "other/Harlow Brackett:Harlow Brackett, other/Harlow:Harlow")] // a first word alone is no surname elsewhere
    public void A_family_name_that_comes_first_alone_is_the_person(string text, string expected)
    {
        Assert.Equal(expected, LabelsAsWritten(text));
    }

    [Theory]
    [InlineData("Kipchumba Murkomen spoke on Monday. Murkomen, the interior minister, said 400 people were held.", "person/Kipchumba Murkomen:Kipchumba Murkomen, person/Kipchumba Murkomen:Murkomen")]
    [InlineData("Kipchumba Murkomen spoke on Monday. Murkomen, 52, said 400 people were held.", "person/Kipchumba Murkomen:Kipchumba Murkomen, person/Kipchumba Murkomen:Murkomen")]
    [InlineData("Kipchumba Murkomen spoke on Monday. Murkomen, the county, said 400 people were held.", "other/Kipchumba Murkomen:Kipchumba Murkomen")] // a place, no person
    public void A_surname_described_as_a_person_stands_for_the_full_name(string text, string expected)
    {
        Assert.Equal(expected, LabelsAsWritten(text));
    }

    [Theory]
    [InlineData("Gunmen attacked a prison in Niger state on Monday.", "other/Niger")]
    [InlineData("Gunmen attacked a prison in Niger state.", "other/Niger")]
    [InlineData("Gunmen attacked a prison in Niger state, police said.", "other/Niger")]
    [InlineData("Troops took Niger, town by town.", "country/Niger")]
    [InlineData("Troops raided a Palestinian town.", "country/Palestine")] // a demonym: the country's own
    [InlineData("Voters in Italy and Spain states agreed.", "country/Italy, other/Spain")]
    [InlineData("Voters in Spain states agreed.", "country/Spain")] // not after another place
    [InlineData("Voters in US states agreed.", "country/United States")]
    [InlineData("Voters in a U.S. town agreed.", "country/United States")]
    [InlineData("Voters in a US town agreed.", "country/United States")]
    [InlineData("Floods hit Pakistan's province of Punjab.", "country/Pakistan, other/Punjab")]
    [InlineData("The forests of Kogi and Niger states are vast.", "other/Kogi, other/Niger")]
    [InlineData("His house in Bahrain town was washed away.", "other/Bahrain")]
    [InlineData("China state media reported the visit.", "country/China")] // the state's media
    [InlineData("Troops entered Niger on Monday.", "country/Niger")]
    [InlineData("Niger's state television reported the visit.", "country/Niger")]
    public void A_country_s_name_before_a_word_for_a_region_is_a_place_within_another(string text, string labels)
    {
        Assert.Equal(labels, string.Join(", ", Labels(text)));
    }

    [Theory]
    [InlineData("Africa CDC said the risk was high.", "organisation/Africa Centres for Disease Control and Prevention")]
    [InlineData("The CDC said the risk was high.", "organisation/Centers for Disease Control and Prevention")]
    [InlineData("The ECDC said the risk was high.", "organisation/European Centre for Disease Prevention and Control")]
    public void Africa_s_and_Europe_s_disease_agencies_are_not_america_s(string text, string labels)
    {
        Assert.Equal(labels, string.Join(", ", Labels(text)));
    }

    [Theory]
    [InlineData("The North fired two missiles on Monday.", "country/North Korea")]
    [InlineData("Talks between the North and Seoul stalled.", "country/North Korea, place/Seoul")]
    [InlineData("Missiles from the North, Seoul said, fell into the sea.", "country/North Korea, place/Seoul")]
    [InlineData("A spokeswoman for the North Chungcheong provincial government spoke.", "other/North Chungcheong")]
    [InlineData("Fighting in the North Caucasus killed 12 people.", "other/North Caucasus")]
    [InlineData("Voters in the North West went to the polls.", "other/North West")]
    public void The_north_alone_is_north_korea_but_not_before_a_region_s_name(string text, string labels)
    {
        Assert.Equal(labels, string.Join(", ", Labels(text)));
    }

    [Theory]
    [InlineData("Jan Peeters said the port would reopen.", "person/Jan Peeters")]
    [InlineData("Jan de Vries said the port would reopen.", "person/Jan de Vries")]
    [InlineData("The strike ended, said Jan van den Broek, the negotiator.", "person/Jan van den Broek")]
    [InlineData("On Jan 5 the port reopened.", "")]
    [InlineData("The port reopened on Jan. 5 and ships sailed.", "")]
    [InlineData("The port reopens in Jan. Officials expect ships to return.", "")] // a sentence ends after the month
    public void Jan_before_a_name_is_a_given_name_and_before_a_day_a_month(string text, string labels)
    {
        Assert.Equal(labels, string.Join(", ", Labels(text)));
    }

    [Theory]
    [InlineData("Judge Advocate General Mark Smith said the trial would proceed.", "Mark Smith")]
    [InlineData("The Judge Advocate told the court martial that the rules were clear.", "")]
    [InlineData("Judge Advocate Jane Whitlock told the court martial that the rules were clear.", "person/Jane Whitlock")]
    [InlineData("On Friday Judge Advocate Whitlock told the court martial that the rules were clear.", "person/Whitlock")]
    public void A_judge_advocate_is_a_title_not_a_judge_named_advocate(string text, string names)
    {
        Assert.Equal(names, MentionNames(text));
    }

    [Theory]
    [InlineData("Army spokesman Brig. Gen. Gokul Bhandari said 61 people died.", "person/Gokul Bhandari")]
    [InlineData("Basarnas chief Air Marshal Kusworo said the search would continue.", "person/Kusworo")]
    [InlineData("Field Marshal Barclay lured Napoleon deep into Russia.", "person/Barclay, Napoleon, country/Russia")]
    [InlineData("\"They knew the risk,\" said Fr. Joseph Mwamba.", "person/Joseph Mwamba")]
    [InlineData("\"It is unacceptable,\" said KNCHR chairperson Roseline Odede.", "KNCHR, person/Roseline Odede")]
    public void Military_and_clerical_titles_and_chairperson_name_no_one_and_type_the_name_after_them(string text, string names)
    {
        Assert.Equal(names, MentionNames(text));
    }

    [Theory]
    [InlineData("Minnie Driver said the film was fun.", "person/Minnie Driver")]
    [InlineData("Dylan Miner said the film was fun.", "person/Dylan Miner")]
    public void A_surname_that_is_also_a_word_for_a_speaker_leaves_the_name_a_person(string text, string names)
    {
        Assert.Equal(names, string.Join(", ", Labels(text)));
    }

    [Theory]
    [InlineData("The currents carried debris south towards the Indian Ocean.", "place/Indian Ocean")]
    [InlineData("Chinese ships patrolled the South China Sea on Monday.", "country/China, place/South China Sea")]
    [InlineData("Tankers crossed the Gulf of Mexico.", "place/Gulf of Mexico")]
    public void An_ocean_or_a_sea_is_a_place_of_no_country(string text, string names)
    {
        Assert.Equal(names, string.Join(", ", Labels(text)));
    }

    [Fact]
    public void A_surname_whose_particle_takes_a_capital_at_the_start_of_a_sentence_is_still_that_person()
    {
        const string Text = "Ahmed al-Sharaa met the envoy on Monday. Al-Sharaa told reporters the talks went well.";

        var mentions = Recognizer.Recognize(Text, SentenceSplitter.Split(Text));

        Assert.Equal(["person/Ahmed al-Sharaa", "person/Ahmed al-Sharaa"], mentions.Select(m => m.Label));
    }

    [Theory]
    [InlineData("Jonah van der Berg spoke on Monday. Van der Berg said the dikes would hold.", "person/Jonah van der Berg:Jonah van der Berg, person/Jonah van der Berg:Van der Berg")]
    [InlineData("Jonah van der Berg spoke on Monday. The dikes will hold, van der Berg said.", "person/Jonah van der Berg:Jonah van der Berg, person/Jonah van der Berg:van der Berg")]
    [InlineData("Maria de la Cruz spoke on Monday. De la Cruz said the roads were shut.", "person/Maria de la Cruz:Maria de la Cruz, person/Maria de la Cruz:De la Cruz")]
    [InlineData("Charles de Gaulle spoke on Monday. De Gaulle, 54, told the crowd to wait.", "person/Charles de Gaulle:Charles de Gaulle, person/Charles de Gaulle:De Gaulle")]
    // "van" and "von" are a surname's, whatever the first name: "Wernher" is in no list of given names.
    [InlineData("Wernher von Braun spoke on Monday. Von Braun said the rocket would fly.", "person/Wernher von Braun:Wernher von Braun, person/Wernher von Braun:Von Braun")]
    // Two of that family: "Van der Berg" could be either, and stays as written.
    [InlineData("Jonah van der Berg met Anna van der Berg on Monday. Van der Berg said the dikes would hold.",
        "person/Jonah van der Berg:Jonah van der Berg, person/Anna van der Berg:Anna van der Berg, other/Van der Berg:Van der Berg")]
    // "de la" joins places' names too: without a given name first, no person is named.
    [InlineData("Crowds filled Place de la Concorde on Monday. Concorde said the flights would resume.", "other/Place de la Concorde:Place de la Concorde")]
    public void A_surname_with_particles_after_the_full_name_is_that_person(string text, string expected)
    {
        Assert.Equal(expected, LabelsAsWritten(text));
    }

    [Theory]
    [InlineData("Erling Haaland scored twice. Haaland, 24, has scored 30 goals this season.", "person/Erling Haaland, person/Erling Haaland")]
    [InlineData("Jordan Bardella spoke on Friday. Bardella, 29, leads the party.", "person/Jordan Bardella, person/Jordan Bardella")] // Jordan is his
    [InlineData("Virginia Giuffre spoke on Friday. Giuffre, 41, lived in Australia.", "person/Virginia Giuffre, person/Virginia Giuffre, country/Australia")]
    [InlineData("Erling Haaland scored twice. Haaland has scored 30 goals this season.", "other/Erling Haaland")] // no evidence
    public void A_lone_surname_given_an_age_after_the_full_name_is_that_person(string text, string expected)
    {
        var mentions = Recognizer.Recognize(text, SentenceSplitter.Split(text));

        Assert.Equal(expected.Split(", "), mentions.Select(m => m.Label));
    }

    [Theory]
    [InlineData("Maria Lopez and Carlos Lopez opened the plant. Lopez said it would close.", "person/Maria Lopez, person/Carlos Lopez")] // either of them
    [InlineData("Lopez said it would close. Maria Lopez opened the plant.", "person/Maria Lopez")] // the surname comes first
    public void A_lone_surname_is_not_linked_to_a_full_name_written_after_it_or_shared(string text, string expected)
    {
        var mentions = Recognizer.Recognize(text, SentenceSplitter.Split(text));

        Assert.Equal(expected.Split(", "), mentions.Select(m => m.Label));
    }

    [Theory]
    [InlineData("Shares fell after Sarah Hunt spoke on Friday.", "person/Sarah Hunt")]
    [InlineData("The song was written by Chad Smith in 1999.", "person/Chad Smith")]
    [InlineData("The shoes were made for Michael Jordan in 1985.", "person/Michael Jordan")]
    [InlineData("The hearing was chaired by Jim Jordan on Friday.", "person/Jim Jordan")]
    [InlineData("The pact was signed by Giorgia Meloni on Friday.", "person/Giorgia Meloni")] // given names of other languages
    [InlineData("The pact was signed by Radosław Sikorski on Friday.", "person/Radosław Sikorski")]
    [InlineData("The pact was signed by Yuliia Marchenko on Friday.", "person/Yuliia Marchenko")]
    [InlineData("Tourists flock to Beverly Hills every summer.", "other/Beverly Hills")] // a place's last word
    [InlineData("Tourists flock to Madison Square Garden every summer.", "other/Madison Square Garden")]
    [InlineData("Climbers reached Gideon Peak at dawn.", "other/Gideon Peak")]
    [InlineData("The talk was given by Kevin James Without notes to the students, without slides.", "other/Kevin James Without")] // "without" is a word of the article
    [InlineData("Refugees crossed from Syria into Jordan on Friday.", "country/Jordan")] // no given name before it
    [InlineData("Officials in Southern Jordan said the border was shut.", "country/Jordan")]
    public void A_name_opening_with_a_given_name_is_a_persons_and_a_country_after_one_is_a_surname(string text, string label)
    {
        var labels = Labels(text);

        Assert.Contains(label, labels);
        if (label.StartsWith("person/", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(labels, l => l.StartsWith("country/", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("Voters in Texas and New Jersey went to the polls.", "place/Texas", "place/New Jersey")]
    [InlineData("Officials in Washington state and New York City agreed.", "place/Washington State", "place/New York")]
    [InlineData("The story was first reported by The New York Times on Friday.", "organisation/The New York Times", null)]
    [InlineData("Wildfires spread across Southern California and Eastern Ukraine saw heavy shelling.", "place/California", "country/Ukraine")]
    [InlineData("Maria Lopez of Texas told the hearing she was worried.", "person/Maria Lopez", "place/Texas")]
    [InlineData("The bill was signed by Gov. Okonkwo Adebayo of Texas on Friday.", "person/Okonkwo Adebayo", "place/Texas")]
    [InlineData("Joe Montana threw three touchdowns. Montana later said he was tired.", "person/Joe Montana", null)]
    public void Us_states_are_places_in_the_united_states_and_name_no_one_and_nothing_else(string text, string label, string? other)
    {
        var labels = Labels(text);

        Assert.Equal(other is null ? [label] : [label, other], labels.Where(l => !l.StartsWith("country/United States", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .OrderBy(l => l == label ? 0 : 1));
    }

    [Theory]
    [InlineData("Talks moved from London to The Hague on Friday.", "place/London, place/The Hague")]
    [InlineData("Ships left Odessa for Istanbul on Friday.", "place/Odesa, place/Istanbul")]
    [InlineData("The film was directed by Sofia Coppola in Tokyo.", "person/Sofia Coppola, place/Tokyo")] // a city's name as a given name
    public void Capitals_and_large_cities_are_places_under_their_usual_spellings(string text, string expected)
    {
        Assert.Equal(expected.Split(", "), Labels(text));
    }

    [Theory]
    [InlineData("ATLANTA — Georgia's governor said the state would appeal. Voters in Georgia and Arizona will decide the Senate.", "place/Georgia (US state)")]
    [InlineData("TBILISI — Georgia's ruling party said it had won. Georgian observers said the vote was rigged.", "country/Georgia")]
    [InlineData("The United States condemned Russia's 2008 war in Georgia.", "country/Georgia")] // no place or demonym of either: the first listed
    [InlineData("Georgian officials said Georgia would hold talks with Arizona's governor.", "country/Georgia")] // a demonym against a place: even, the first listed
    [InlineData("Georgia Gov. Brian Kemp signed the bill. Georgia will appeal.", "place/Georgia (US state)")] // a state's office after the name
    [InlineData("Georgia state senators passed the bill.", "place/Georgia (US state)")]
    [InlineData("Georgia Sen. Raphael Warnock voted against it.", "country/Georgia")] // countries have senators too
    [InlineData("Officials in Tbilisi met Georgia Gov. Brian Kemp.", "place/Georgia (US state)")] // the office outweighs a place elsewhere
    public void A_name_of_several_entries_is_the_one_the_articles_places_point_to_throughout(string text, string label)
    {
        var georgia = Recognizer.Recognize(text, SentenceSplitter.Split(text)).Where(m => m.Name.StartsWith("Georgia", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(georgia);
        Assert.All(georgia, m => Assert.Equal(label, m.Label));
    }

    [Fact]
    public void A_place_inside_a_persons_name_is_no_mention_of_its_own()
    {
        const string Text = "Joe Montana threw three touchdowns.";

        var mentions = Recognizer.Recognize(Text, SentenceSplitter.Split(Text));

        Assert.Equal(["person/Joe Montana"], mentions.Select(m => m.Label));
    }

    [Fact]
    public void Senses_of_a_shared_name_work_for_any_gazetteer()
    {
        var recognizer = new EntityRecognizer(Gazetteer.Of(
        [
            new GazetteerEntry("Birmingham", "place", "United Kingdom", ["Birmingham"], []),
            new GazetteerEntry("Birmingham (Alabama)", "place", "United States", ["Birmingham"], []),
            new GazetteerEntry("Montgomery", "place", "United States", ["Montgomery"], []),
        ]));
        const string Text = "Buses ran from Birmingham to Montgomery. In Birmingham, crowds gathered.";

        var labels = recognizer.Recognize(Text, SentenceSplitter.Split(Text)).Select(m => m.Label);
        var alone = recognizer.Recognize("Crowds gathered in Birmingham.", SentenceSplitter.Split("Crowds gathered in Birmingham.")).Select(m => m.Label);

        Assert.Equal(["place/Birmingham (Alabama)", "place/Montgomery", "place/Birmingham (Alabama)"], labels);
        Assert.Equal(["place/Birmingham"], alone);
    }

    [Fact]
    public void A_country_alone_after_a_persons_full_name_ending_in_it_is_that_person()
    {
        const string Text = "Michael Jordan said the team would not be sold. Jordan, who owns a stake, declined to give a price.";

        var mentions = Recognizer.Recognize(Text, SentenceSplitter.Split(Text));

        Assert.Equal(["person/Michael Jordan", "person/Michael Jordan"], mentions.Select(m => m.Label));
    }

    [Fact]
    public void A_country_alone_stays_the_country_before_a_persons_name_ending_in_it_and_when_two_peoples_names_do()
    {
        const string Before = "Jordan closed its border. Michael Jordan said the team would not be sold.";
        const string Two = "Michael Jordan met Jim Jordan. Michael Jordan left. Jordan said the border was closed.";

        var before = Recognizer.Recognize(Before, SentenceSplitter.Split(Before)).Select(m => m.Label);
        var two = Recognizer.Recognize(Two, SentenceSplitter.Split(Two)).Select(m => m.Label);

        Assert.Equal(["country/Jordan", "person/Michael Jordan"], before);
        Assert.Equal(["person/Michael Jordan", "person/Jim Jordan", "person/Michael Jordan", "country/Jordan"], two);
    }

    [Theory]
    [InlineData("Golden Dawn marched on a golden day. Dawn said it would march again.")] // "golden" is an ordinary word
    [InlineData("The Kharkiv Oblast was shelled again. Oblast said nothing.")] // a place, not a person
    [InlineData("Fans cheered Manchester United on Monday. United said the match was sold out.")] // a club, not a person
    public void A_lone_surname_is_not_linked_to_a_full_name_that_could_be_someone_else_or_is_no_person(string text)
    {
        var labels = Labels(text);

        Assert.DoesNotContain(labels, l => l.StartsWith("person/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The leak of the Pentagon Papers shook the country.", "other/Pentagon Papers", "organisation/Pentagon", "other/Papers")]
    [InlineData("Delegates of the Chinese Communist Party met on Friday.", "other/Chinese Communist Party", "country/China", "other/Communist Party")]
    [InlineData("The story was picked up by China Daily on Friday.", "other/China Daily", "country/China", "other/Daily")]
    [InlineData("A statement came from Russia's Defence Ministry on Friday.", "other/Defence Ministry", "country/Russia", "other/Russia's Defence Ministry")]
    [InlineData("The story ran in the South China Morning Post on Friday.", "other/South China Morning Post", "country/China", "other/China Morning Post")]
    [InlineData("Delegates of the Government of Ukraine met on Friday.", "other/Government of Ukraine", "country/Ukraine", "other/Government")]
    [InlineData("Troops of the Republic of Turkey crossed on Friday.", "other/Republic of Turkey", "country/Turkey", "other/Republic")]
    public void A_name_continuing_a_known_one_is_a_name_of_its_own_and_the_known_one_stays(string text, string longer, string known, string notLabel)
    {
        var labels = Labels(text);

        Assert.Contains(longer, labels);
        Assert.Contains(known, labels);
        Assert.DoesNotContain(notLabel, labels);
    }

    [Fact]
    public void A_capitalised_word_opening_the_sentence_does_not_join_the_name_after_it()
    {
        var labels = Labels("Exclusive China Daily interviews ran on Friday.");

        Assert.Contains("other/China Daily", labels);
        Assert.DoesNotContain(labels, l => l.Contains("Exclusive", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Critics praised Eva Had a long run in the charts.", "other/Eva")] // a full stop went missing
    [InlineData("Critics praised Have Gun on Friday.", "other/Gun")]
    [InlineData("Critics praised The Hills Have Eyes on Friday.", "other/Hills Have Eyes")]
    [InlineData("Critics praised Kiss Me Deadly on Friday.", "other/Kiss Me Deadly")]
    public void An_auxiliary_or_an_object_pronoun_is_inside_a_name_only(string text, string label)
    {
        var labels = Labels(text);

        Assert.Contains(label, labels);
        Assert.DoesNotContain(labels, l => l.EndsWith(" Had", StringComparison.Ordinal) || l.Contains("/Have", StringComparison.Ordinal));
    }

    [Fact]
    public void A_possessive_name_does_not_join_the_name_after_it()
    {
        var labels = Labels("Officials read Harold's China Daily on Friday.");

        Assert.Contains("other/China Daily", labels);
        Assert.DoesNotContain(labels, l => l.Contains("Harold", StringComparison.Ordinal) && l.Contains("Daily", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Philippine coast guard sent two ships.", "country/Philippines")]
    [InlineData("Kuwaiti officials met Palestinian leaders in Myanmar.", "country/Kuwait")]
    [InlineData("Kuwaiti officials met Palestinian leaders in Myanmar.", "country/Palestine")]
    [InlineData("Kuwaiti officials met Palestinian leaders in Burma.", "country/Myanmar")]
    [InlineData("Zambia said nearly 400 people had died.", "country/Zambia")]
    [InlineData("Malawian health officials reported 620 deaths.", "country/Malawi")]
    [InlineData("Rebels advanced in eastern DR Congo on Sunday.", "country/Democratic Republic of the Congo")]
    [InlineData("Talks opened in Côte d'Ivoire on Monday.", "country/Ivory Coast")]
    [InlineData("Troops from Chad and Niger arrived in Mali.", "country/Niger")]
    public void Countries_are_named_by_their_names_and_adjectives(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Fact]
    public void A_place_s_name_holds_no_country_and_a_word_opening_the_sentence_does_not_join_it()
    {
        Assert.Equal(["place/American Samoa", "place/New Guinea"], Labels("Residents of American Samoa flew to New Guinea."));
        Assert.Equal(["country/Papua New Guinea"], Labels("Voters in Papua New Guinea went to the polls."));
        Assert.Equal(["place/New Mexico", "place/Northern Ireland"], Labels("Voters in New Mexico and Northern Ireland went to the polls."));
    }

    [Fact]
    public void A_region_after_a_known_place_is_that_place()
    {
        Assert.Equal(["place/Kursk"], Labels("Shelling hit the Kursk Region overnight."));
    }

    [Fact]
    public void A_name_repeated_at_sentence_starts_is_an_entity()
    {
        Assert.Contains("other/Tokmak", Labels("Tokmak was shelled. Tokmak is a town in the south."));
    }

    [Fact]
    public void A_user_gazetteer_adds_entities_and_replaces_same_named_ones()
    {
        using var folder = new Support.TempDirectory();
        File.WriteAllText(Path.Combine(folder.Path, Gazetteer.FileName),
            """{"entities": [{"name": "Tokmak", "type": "place", "country": "Ukraine", "aliases": ["Tokmak"]}, {"name": "Kursk", "type": "region", "aliases": ["Kursk"]}]}""");

        var gazetteer = Gazetteer.Load(folder.Path, new List<string>());
        var labels = new EntityRecognizer(gazetteer).Recognize("Tokmak and Kursk.", SentenceSplitter.Split("Tokmak and Kursk.")).Select(m => m.Label);

        Assert.Equal(["place/Tokmak", "region/Kursk"], labels);
    }

    [Theory]
    [InlineData("The Organization of American States (OAS) said it would send a team to Bolivia.", "organisation/Organization of American States, organisation/Organization of American States, country/Bolivia")]
    [InlineData("The Pan American Health Organization said 40 people were treated.", "organisation/Pan American Health Organization")]
    [InlineData("Latin American and South American leaders met North American envoys.", "place/Latin America, place/South America, place/North America")]
    [InlineData("The American Red Cross sent aid.", "country/United States, American Red Cross")]
    [InlineData("Saudi Aramco raised output.", "company/Saudi Aramco, country/Saudi Arabia")] // a body's name that opens with its country
    public void American_in_a_name_of_the_Americas_is_no_United_States(string text, string mentions)
    {
        Assert.Equal(mentions, MentionNames(text));
    }

    [Theory]
    [InlineData("The Federation of Nigerian Industries said prices rose.", "Federation of Nigerian Industries, country/Nigeria")]
    [InlineData("The Union of Russian Writers met in May.", "Union of Russian Writers, country/Russia")]
    [InlineData("The Government of Ukraine said prices rose.", "Government of Ukraine, country/Ukraine")]
    [InlineData("Researchers at the University of Chicago Booth School said prices rose.", "University of Chicago, place/Chicago, Chicago Booth School")] // a place's name is whole
    [InlineData("The Union of Russian President Vladimir Putin met.", "Union of Russian, country/Russia, person/Vladimir Putin")] // a title ends the name
    public void A_name_going_on_with_of_and_a_demonym_takes_the_demonyms_noun(string text, string mentions)
    {
        Assert.Equal(mentions, MentionNames(text));
    }

    [Theory]
    [InlineData("A candidate Lassa vaccine is in trials.", "Lassa")]
    [InlineData("The opposition candidate Luis Arce said he won.", "person/Luis Arce")]
    [InlineData("Ombudsman Pedro Callisaya said nine people died.", "person/Pedro Callisaya")]
    [InlineData("The vote made a Senator Okonkwo of him.", "person/Okonkwo")] // a title as written
    public void A_title_after_a_is_a_noun_and_ombudsman_a_title(string text, string mentions)
    {
        Assert.Equal(mentions, MentionNames(text));
    }

    [Theory]
    [InlineData("Luis Fernando Arce Montaño won. Arce Montaño told supporters he would not concede.", "person/Luis Fernando Arce Montaño:Luis Fernando Arce Montaño, person/Luis Fernando Arce Montaño:Arce Montaño")]
    [InlineData("Luis Fernando Arce Montaño won. Arce said he would not concede.", "person/Luis Fernando Arce Montaño:Luis Fernando Arce Montaño, person/Luis Fernando Arce Montaño:Arce")]
    [InlineData("The candidate, Luis Fernando Arce Montaño, said he won.", "person/Luis Fernando Arce Montaño:Luis Fernando Arce Montaño")]
    [InlineData("Carl Friedrich von Weizsäcker said he won.", "person/Carl Friedrich von Weizsäcker:Carl Friedrich von Weizsäcker")]
    [InlineData("Jimmy Cody of Sweetwater said he won.", "other/Jimmy Cody of Sweetwater:Jimmy Cody of Sweetwater")] // where he is from, no fourth name
    public void Two_given_names_and_two_surnames_are_one_person_named_again_by_the_surnames(string text, string mentions)
    {
        Assert.Equal(mentions, LabelsAsWritten(text));
    }

    [Theory]
    [InlineData("Aid reached Dadu, Ghulam Rasool Jatoi wrote.", "person/Ghulam Rasool Jatoi")]
    [InlineData("The clinic in Owo was run by Folake Adeyemi until May.", "person/Folake Adeyemi")]
    [InlineData("Data from Priya Raghavan showed the trend.", "person/Priya Raghavan")]
    [InlineData("Rain fell on Nyeri, Wanjiru Mwangi wrote.", "person/Wanjiru Mwangi")]
    public void Given_names_of_many_countries_open_a_person_s_name(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Theory]
    [InlineData("The council gave a higher figure. NDRRMC executive director Ricardo Ilagan said 26 had died.", "NDRRMC, person/Ricardo Ilagan")]
    [InlineData("NDRRMC said 26 had died.", "NDRRMC")]
    [InlineData("The count rose. LOL that was fast.", "")] // chat, not a name
    [InlineData("The count rose. BREAKING: the dam burst.", "")] // shouted, set off by a colon
    [InlineData("The count rose. OMEGA said no. The omega point was near.", "")] // written in lower case too
    public void An_acronym_opening_a_sentence_is_a_name(string text, string mentions)
    {
        Assert.Equal(mentions, MentionNames(text));
    }

    [Theory]
    [InlineData("Two survived, and a flight attendant, Ni Luh Putu Ayu Lestari, was flown to Makassar.", "person/Ni Luh Putu Ayu Lestari")]
    [InlineData("The recorders were found, KNKT investigator Nurcahyo Utomo said.", "person/Nurcahyo Utomo")]
    public void Crew_and_investigators_are_people(string text, string label)
    {
        Assert.Contains(label, Labels(text));
    }

    [Theory]
    [InlineData("The opposition Lok Janata Party objected. Opposition Lok Janata Party leader Abdul Siddiqui spoke.", "other/Lok Janata Party", "other/Opposition Lok Janata Party")]
    [InlineData("The national disaster office met. National Disaster Management Authority staff spoke. The National Disaster Management Authority said so.", "other/National Disaster Management Authority", "other/Disaster Management Authority")]
    [InlineData("The opposition met. Opposition Lok Janata Party leader Abdul Siddiqui spoke. The Lok Janata Party agreed.", "other/Opposition Lok Janata Party", "none")] // never written "the opposition Lok Janata Party"
    [InlineData("The opposition Janata objected. Opposition Janata leader Abdul Siddiqui spoke.", "other/Opposition Janata", "none")] // one word would be left
    [InlineData("A. Thomas Smith spoke. Officials said a Thomas Smith was there.", "person/A. Thomas Smith", "none")] // an initial
    public void A_common_word_opening_a_sentence_is_no_part_of_the_name_after_it(string text, string label, string not)
    {
        Assert.Contains(label, Labels(text));
        Assert.DoesNotContain(not, Labels(text));
    }

    [Theory]
    [InlineData("Temperatures reached 49.1 degrees Celsius in Banda.", "Banda")]
    [InlineData("The plant makes 300 MW of power in Banda.", "Banda")]
    [InlineData("The scale of Celsius is used in Banda.", "Celsius, Banda")] // the man, not a unit after a figure
    public void A_unit_after_a_figure_is_no_name(string text, string mentions)
    {
        Assert.Equal(mentions, MentionNames(text));
    }
}
