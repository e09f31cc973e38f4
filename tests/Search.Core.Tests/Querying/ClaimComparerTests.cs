using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Querying;

public sealed class ClaimComparerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Load(null, new List<string>());

    private static IEnumerable<IndexRecord> Article(string id, string outlet, string body, string? original = null, int day = 27, int month = 12)
    {
        var article = new Article
        {
            Id = id, Path = id, ContentHash = id, Body = body, Title = new Sourced<string>(id, MetadataSource.Derived),
            Outlet = new Sourced<string>(outlet, MetadataSource.Manifest),
            OriginalOutlet = original is null ? Sourced<string>.Unknown : new Sourced<string>(original, MetadataSource.Signature),
            Published = new Sourced<PartialDate?>(new PartialDate(2024, month, day), MetadataSource.Manifest),
        };
        return ArticleRecords.From(article, new ArticleExtractor(Gazetteer).Extract(body, article.Published.Value), Gazetteer);
    }

    private static ClaimComparison Compare(string query, params IEnumerable<IndexRecord>[] articles)
    {
        using var search = TestSearch.FromRecords(articles.SelectMany(a => a));
        var comparer = new ClaimComparer(search.Pipeline, search.Index);
        var request = SearchRequestParser.TryParse(new SearchParameters { Query = query, DefaultKinds = [RecordKinds.Claim] }, out _)!;
        return comparer.Compare(request);
    }

    [Fact]
    public void Figures_of_one_source_are_grouped_and_intervals_that_cannot_both_hold_are_flagged()
    {
        var comparison = Compare("killed",
            Article("a", "Outlet A", "Zelensky said nearly 3,000 soldiers had been killed or wounded."),
            Article("b", "Outlet B", "Zelensky said more than 3,000 soldiers had been killed or wounded."),
            Article("c", "Outlet C", "Zelensky said about 3,000 soldiers had been killed or wounded."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("casualties", "Ukraine", 3), (group.Topic, group.Source, group.Outlets));
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal(["a-c01", "b-c01"], new[] { conflict.First, conflict.Second }.Order());
    }

    [Fact]
    public void A_source_that_puts_the_figure_elsewhere_is_compared_as_a_count_of_the_same_kind()
    {
        var comparison = Compare("floods",
            Article("a", "Outlet A", "The floods killed 80 people, the NDMA said. The provincial authority, however, put the figure at 95."),
            Article("b", "Outlet B", "The provincial authority said 95 people had died in the floods."));

        var group = Assert.Single(comparison.Groups, g => g.Source == "provincial authority");
        Assert.Equal(("casualties", 2), (group.Topic, group.Outlets));
    }

    [Theory]
    [InlineData("The disaster authority said 80 people had died in the floods in Dadu. The provincial government said 95 people had died in the floods in Dadu.", 1)]
    [InlineData("The disaster authority said 80 people had died in the floods in Dadu. The provincial mines division put the figure at 95.", 1)]
    [InlineData("The coast guard said 80 people had died in the floods in Dadu, while the national disaster council put the figure at 95.", 1)]
    [InlineData("The disaster authority said 80 people had died in the floods in Dadu. Later the disaster authority said 95 people had died in the floods in Dadu.", 0)] // an update
    [InlineData("The disaster authority said 80 people had died in the floods in Dadu. 95 people had died in the floods in Dadu.", 0)] // the article's own words
    [InlineData("The disaster authority said 80 people had died in the floods in Dadu. It said 95 people had died in the floods in Dadu.", 0)] // "it" is the authority
    [InlineData("The National Disaster Management Authority said 80 people had died in the floods in Dadu. The NDMA said 95 people had died in the floods in Dadu.", 0)]
    public void Two_named_sources_of_one_country_that_disagree_in_one_article_are_flagged(string body, int conflicts)
    {
        var comparison = Compare("floods", Article("a", "Outlet A", "In Pakistan, floods hit Sindh. " + body));

        Assert.Equal(conflicts, comparison.Groups.Sum(g => g.Conflicts.Count));
    }

    [Fact]
    public void A_state_s_body_in_an_article_naming_no_country_is_of_the_country_of_the_story()
    {
        var comparison = Compare("Banton",
            Article("a", "Outlet A", "In the Philippines, the coast guard said 17 people had died in the sinking off Banton."),
            Article("b", "Outlet B", "The National Disaster Risk Reduction and Management Council said 21 people had died in the sinking off Banton."),
            Article("c", "Outlet C", "Ramon Cruz said 30 people had died in the sinking off Banton."));
        var twoStories = Compare("Banton",
            Article("a", "Outlet A", "In the Philippines, the coast guard said 17 people had died in the sinking off Banton."),
            Article("d", "Outlet D", "In Indonesia, the navy said 9 people had died in the sinking off Banton."),
            Article("b", "Outlet B", "The National Disaster Risk Reduction and Management Council said 21 people had died in the sinking off Banton."));

        var philippines = Assert.Single(comparison.Groups, g => g.Source == "Philippines");
        Assert.Equal(2, philippines.Outlets);
        Assert.Single(philippines.Conflicts);
        Assert.Contains(comparison.Groups, g => g.Source == "Ramon Cruz"); // a person is no state's body
        Assert.Contains(twoStories.Groups, g => g.Source == "National Disaster Risk Reduction and Management Council"); // no country of two in three
    }

    [Fact]
    public void A_state_s_officer_in_an_article_naming_no_country_is_of_the_country_of_the_story()
    {
        var comparison = Compare("stadium",
            Article("a", "Outlet A", "In Egypt, the health ministry said 19 people had died in the crush at the stadium."),
            Article("b", "Outlet B", "The toll from the crush at the stadium was put at 21 by Alexandria Governor Ahmed Fathi El-Sharkawy."));

        var egypt = Assert.Single(comparison.Groups, g => g.Source == "Egypt");
        Assert.Equal(2, egypt.Outlets);
        Assert.Single(egypt.Conflicts);
    }

    [Fact]
    public void Sources_whose_figures_part_on_one_day_name_each_other()
    {
        var comparison = Compare("heat",
            Article("a", "Outlet A", "In India, the state health department said 41 people had died of heat.", day: 12),
            Article("b", "Outlet B", "The Lok Janata Party said more than 200 people had died of heat.", day: 12),
            Article("c", "Outlet C", "Doctor Anil Rao said 300 people had died of heat.", day: 14), // another day
            Article("d", "Outlet D", "The farmers' union said 41 people had died of heat.", day: 12), // agrees with the state
            Article("e", "Outlet E", "The Red Crescent said 2,500 people had died of heat in 2015.", day: 12), // an earlier count
            Article("f", "Outlet F", "Reportedly, 900 people had died of heat.", day: 12), // no source
            Article("g", "Outlet G", "Heat deaths: the Farmers Party said 700 people had died.", day: 12), // neither names what was asked
            Article("h", "Outlet H", "Heat deaths: the Teachers Union said 20 people had died.", day: 12));

        string[] Differing(string source) => [.. comparison.Groups.Single(g => g.Source == source).DifferingSources];
        Assert.Equal(["Farmers Party", "Lok Janata Party", "Teachers Union"], Differing("India"));
        Assert.Equal(["India", "Teachers Union", "union"], Differing("Lok Janata Party")); // "more than 200" holds beside 700
        Assert.DoesNotContain("Teachers Union", Differing("Farmers Party"));
        Assert.Empty(Assert.Single(comparison.Groups, g => g.Source.Contains("Rao", StringComparison.Ordinal)).DifferingSources);
    }

    [Fact]
    public void A_figure_rejected_in_the_passive_is_shown_with_who_rejected_it()
    {
        var comparison = Compare("dam",
            Article("a", "Outlet A", "A figure of 500 missing after the dam collapse that circulated on social media was rejected by the Civil Defense as without basis."),
            Article("b", "Outlet B", "Officials said 184 people were missing after the dam collapse, a figure that was rejected by nobody."));

        var rows = comparison.Groups.SelectMany(g => g.Rows).ToList();
        Assert.Equal("Civil Defense", rows.Single(r => r.Figure.Text == "500").DeniedBy);
        Assert.Null(rows.Single(r => r.Figure.Text == "184").DeniedBy);
    }

    [Fact]
    public void A_civil_defence_named_without_a_body_s_noun_is_the_state_s()
    {
        var comparison = Compare("dam",
            Article("a", "Outlet A", "In Brazil, the health ministry said 7 people had died after the dam collapse."),
            Article("b", "Outlet B", "The fire brigade said 22 bodies had been recovered after the dam collapse, while the state Civil Defense put the death toll at 19."));

        var brazil = Assert.Single(comparison.Groups);
        Assert.Equal("Brazil", brazil.Source);
        Assert.Contains(brazil.Conflicts, c => c.First.StartsWith('b') && c.Second.StartsWith('b')); // the brigade's 22 against the Civil Defense's 19
    }

    [Fact]
    public void A_body_s_officer_is_that_body_as_a_source()
    {
        var comparison = Compare("ferry",
            Article("a", "Outlet A", "The Philippine Coast Guard said 23 people had died in the ferry sinking."),
            Article("b", "Outlet B", "NDRRMC executive director Ricardo Ilagan said 26 people had died in the ferry sinking."),
            Article("c", "Outlet C", "The National Disaster Risk Reduction and Management Council (NDRRMC) said 21 people had died in the ferry sinking."));
        var oneArticle = Compare("ferry",
            Article("a", "Outlet A", "The NDRRMC said 21 people had died in the ferry sinking. NDRRMC executive director Ricardo Ilagan later said 26 people had died in the ferry sinking."));

        var philippines = Assert.Single(comparison.Groups);
        Assert.Equal(("Philippines", 3, 3), (philippines.Source, philippines.Outlets, philippines.ConflictCount));
        Assert.Equal(("Ricardo Ilagan", "NDRRMC"), philippines.Rows.Where(r => r.Figure.Text == "26").Select(r => (r.Claimant, r.SpeaksFor)).Single());
        var undefined = Compare("floods",
            Article("a", "Outlet A", "The National Disaster Management Authority said 40 people died in the floods."),
            Article("b", "Outlet B", "NDMA chairman Jane Doe said 52 people died in the floods."));
        var council = Assert.Single(oneArticle.Groups);
        Assert.Equal(1, Assert.Single(undefined.Groups).ConflictCount); // her acronym is the other's initials
        Assert.Equal(("NDRRMC", 2, 0), (council.Source, council.Rows.Count, council.ConflictCount)); // the body's count, then its officer's update
    }

    [Theory]
    [InlineData("National Disaster Risk Reduction and Management Council", true)]
    [InlineData("health ministry", true)]
    [InlineData("Nigeria's disease agency", true)]
    [InlineData("provincial civil protection service", true)]
    [InlineData("Minas Gerais Civil Defense", true)]
    [InlineData("Civil Protection", true)]
    [InlineData("civil society", false)]
    [InlineData("consumer protection group", false)]
    [InlineData("news service", false)]
    [InlineData("Special Commission", false)]
    [InlineData("Kenya National Commission on Human Rights", false)] // watches the state
    [InlineData("Ramon Cruz", false)]
    public void A_speaker_s_name_tells_whether_it_is_a_state_s_body(string name, bool state)
    {
        Assert.Equal(state, ClaimantResolver.NamesAStateBody(name));
    }

    [Fact]
    public void An_acronym_of_another_language_that_one_article_defines_is_that_body_in_every_article()
    {
        var comparison = Compare("Monchique",
            Article("a", "Outlet A", "The National Emergency and Civil Protection Authority (ANEPC) said 600 people were evacuated from Monchique."),
            Article("b", "Outlet B", "ANEPC said 900 people were evacuated from Monchique."));
        var spelledTwoWays = Compare("Huaraz",
            Article("a", "Outlet A", "The National Institute of Civil Defense (INDECI) said 600 people were evacuated from Huaraz."),
            Article("c", "Outlet C", "The National Institute of Civil Defence (INDECI) said 600 people were evacuated from Huaraz."),
            Article("b", "Outlet B", "INDECI said 900 people were evacuated from Huaraz."));
        var undefined = Compare("Monchique",
            Article("a", "Outlet A", "The National Emergency and Civil Protection Authority said 600 people were evacuated from Monchique."),
            Article("b", "Outlet B", "ANEPC said 900 people were evacuated from Monchique."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("National Emergency and Civil Protection Authority", 2), (group.Source, group.Outlets));
        Assert.Single(group.Conflicts);
        Assert.Equal(3, Assert.Single(spelledTwoWays.Groups).Outlets); // "Defense" and "Defence" define it alike
        Assert.Equal(2, undefined.Groups.Count);
        var twoMeanings = Compare("Monchique",
            Article("a", "Outlet A", "The National Drought Authority (NDA) said 600 people were evacuated from Monchique."),
            Article("c", "Outlet C", "The Northern Defence Alliance (NDA) said 700 people were evacuated from Monchique."),
            Article("b", "Outlet B", "NDA said 900 people were evacuated from Monchique."));
        Assert.Contains(twoMeanings.Groups, g => g.Source == "NDA"); // defined two ways: neither is known to be meant
    }

    [Theory]
    [InlineData("\"It is not true that three people have died,\" Interior Minister Inês Carvalho Moura said.", "Inês Carvalho Moura")]
    [InlineData("The interior minister denied that three people had died.", "interior minister")]
    [InlineData("\"It is not true that five people have died,\" Interior Minister Inês Carvalho Moura said.", null)] // another figure
    [InlineData("\"It is not true that twenty-three people have died,\" Interior Minister Inês Carvalho Moura said.", null)]
    [InlineData("Interior Minister Inês Carvalho Moura said the fire was under control.", null)]
    public void A_figure_denied_in_its_article_is_shown_with_its_denial(string denial, string? deniedBy)
    {
        var comparison = Compare("fire",
            Article("a", "Outlet A", "In Portugal, a fire burned in Monchique. Rádio Foia reported that three people had died in the fire. " + denial));

        Assert.Equal(deniedBy, Assert.Single(Assert.Single(comparison.Groups).Rows).DeniedBy);
    }

    [Fact]
    public void A_body_named_in_british_and_in_american_spelling_is_one_source()
    {
        var comparison = Compare("quake",
            Article("a", "Outlet A", "The National Institute of Civil Defense said 9 people were killed in the quake."),
            Article("b", "Outlet B", "The National Institute of Civil Defence said 30 people were killed in the quake."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(2, group.Outlets);
        Assert.Single(group.Conflicts);
    }

    [Theory]
    [InlineData("The disaster institute revised the death toll from the earthquake down to 41 from 44.", 0)]
    [InlineData("The disaster institute revised the death toll from the earthquake down to 41 from 440.", 1)] // not the 44 reported
    [InlineData("The disaster institute said 41 people were killed in the earthquake.", 1)]
    public void A_count_revised_down_from_a_figure_reported_before_does_not_disagree_with_it(string revision, int conflicts)
    {
        var comparison = Compare("earthquake",
            Article("a", "Outlet A", "The disaster institute said 44 people were killed in the earthquake.", day: 15),
            Article("b", "Outlet B", revision, day: 16));

        Assert.Equal(conflicts, comparison.Groups.Sum(g => g.Conflicts.Count));
    }

    [Theory]
    [InlineData("The disaster institute said the number of people killed in the earthquake in the province of Yungay alone rose to 17.", 0)]
    [InlineData("The disaster institute said 17 people were killed in Yungay alone.", 0)]
    [InlineData("The disaster institute said 17 people were killed in the earthquake.", 1)]
    [InlineData("The disaster institute said 17 people died in Yungay alone, while 40 people were killed in the earthquake.", 1)] // the 40 is of the whole
    public void A_count_of_one_place_alone_is_no_count_of_the_whole(string part, int conflicts)
    {
        var comparison = Compare("earthquake",
            Article("a", "Outlet A", "The disaster institute said 44 people were killed in the earthquake.", day: 16),
            Article("b", "Outlet B", part, day: 16));

        Assert.Equal(conflicts, comparison.Groups.Sum(g => g.Conflicts.Count));
    }

    [Fact]
    public void A_revision_listed_before_the_count_it_replaces_does_not_disagree_with_it()
    {
        var comparison = Compare("earthquake",
            Article("a", "Outlet A", "The disaster institute revised the death toll from the earthquake down to 41 from 44.", day: 16),
            Article("b", "Outlet B", "The disaster institute said 44 people were killed in the earthquake.", day: 16));

        Assert.Empty(comparison.Groups.SelectMany(g => g.Conflicts));
    }

    [Theory]
    [InlineData("Dadu floods", 1, 0)] // the first count names "floods", one of the words
    [InlineData("\"Dadu floods\"", 0, 0)] // a phrase's words do not stand alone (and it is in no article)
    [InlineData("Dadu -drought", 0, 1)] // nor an operator's: "-drought" alone would be every claim without the word
    public void A_count_that_names_one_of_the_query_s_words_is_about_what_was_asked(string query, int conflicts, int unasked)
    {
        var comparison = Compare(query,
            Article("a", "Outlet A", "Floods hit Dadu in Pakistan. The disaster authority said 80 people had died in the floods."),
            Article("b", "Outlet B", "Floods hit Dadu in Pakistan. The disaster authority said 95 people had died."));

        Assert.Equal(conflicts, comparison.Groups.Sum(g => g.Conflicts.Count));
        // Figures that cannot both hold, neither naming what was asked, are not flagged, nor is the group called agreeing.
        Assert.Equal(unasked, comparison.Groups.Sum(g => g.UnaskedDifferences));
    }

    [Fact]
    public void A_speaker_written_with_and_without_accents_is_one_source()
    {
        var comparison = Compare("killed",
            Article("a", "Outlet A", "Márcia Gonçalves said 45 people had been killed in the floods."),
            Article("b", "Outlet B", "Marcia Goncalves said 60 people had been killed in the floods."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("Márcia Gonçalves", 2), (group.Source, group.Outlets));
        Assert.Single(group.Conflicts);
    }

    [Fact]
    public void A_later_higher_count_updates_an_earlier_one_but_a_lower_or_same_day_one_disagrees()
    {
        var rising = Compare("killed",
            Article("a", "Outlet A", "The health ministry said 45 people had been killed.", day: 12),
            Article("b", "Outlet B", "The health ministry said 60 people had been killed.", day: 13));
        var falling = Compare("killed",
            Article("a", "Outlet A", "The health ministry said 60 people had been killed.", day: 12),
            Article("b", "Outlet B", "The health ministry said 45 people had been killed.", day: 13));
        var sameDay = Compare("killed",
            Article("a", "Outlet A", "The health ministry said 45 people had been killed."),
            Article("b", "Outlet B", "The health ministry said 60 people had been killed."));

        Assert.Empty(Assert.Single(rising.Groups).Conflicts);
        Assert.Single(Assert.Single(falling.Groups).Conflicts);
        Assert.Single(Assert.Single(sameDay.Groups).Conflicts);
    }

    [Fact]
    public void A_count_that_restates_a_revision_does_not_disagree_with_the_count_revised()
    {
        var comparison = Compare("injured",
            Article("a", "Outlet A", "The health ministry said 62 people were injured.", day: 12),
            Article("b", "Outlet B", "The health ministry revised the number of injured down to 58 from 62.", day: 13),
            Article("c", "Outlet C", "Of the 58 injured, seven remained in intensive care, the health ministry said.", day: 14));
        var unrevised = Compare("injured",
            Article("a", "Outlet A", "The health ministry said 62 people were injured.", day: 12),
            Article("b", "Outlet B", "The health ministry revised the number of injured down to 58 from 60.", day: 13),
            Article("c", "Outlet C", "Of the 58 injured, seven remained in intensive care, the health ministry said.", day: 14));

        var another = Compare("injured",
            Article("a", "Outlet A", "The health ministry said 62 people were injured.", day: 12),
            Article("b", "Outlet B", "The health ministry revised the number of injured down to 58 from 62.", day: 13),
            Article("c", "Outlet C", "Of the 50 injured, seven remained in intensive care, the health ministry said.", day: 14));

        Assert.Empty(Assert.Single(comparison.Groups).Conflicts);
        Assert.Equal(2, Assert.Single(unrevised.Groups).Conflicts.Count); // 62 against 58 twice: no revision from 62
        Assert.Equal(2, Assert.Single(another.Groups).Conflicts.Count); // 50 against the 62 and the 58: no restatement
    }

    [Fact]
    public void Counts_of_the_missing_on_different_days_update_each_other_either_way_but_disagree_on_one_day()
    {
        var falling = Compare("missing",
            Article("a", "Outlet A", "The coastguard said 45 passengers were missing.", day: 12),
            Article("b", "Outlet B", "The coastguard said 30 passengers were missing.", day: 13));
        var sameDay = Compare("missing",
            Article("a", "Outlet A", "The coastguard said 45 passengers were missing."),
            Article("b", "Outlet B", "The coastguard said 30 passengers were missing."));

        Assert.Equal("missing", Assert.Single(falling.Groups).Topic);
        Assert.Empty(Assert.Single(falling.Groups).Conflicts);
        Assert.Single(Assert.Single(sameDay.Groups).Conflicts);
    }

    [Fact]
    public void Deaths_dated_earlier_in_the_wording_are_no_earlier_count()
    {
        var comparison = Compare("killed",
            Article("a", "Outlet A", "The health ministry said 45 people were killed in an attack earlier this week."),
            Article("b", "Outlet B", "The health ministry said 60 people were killed in an attack this week."));

        var group = Assert.Single(comparison.Groups);
        Assert.Single(group.Conflicts);
        Assert.All(group.Rows, row => Assert.False(row.EarlierCount));
    }

    [Fact]
    public void A_figure_the_article_gives_as_an_earlier_count_is_held_against_no_other()
    {
        var comparison = Compare("killed",
            Article("a", "Outlet A", "The health ministry said at least 1,100 people had been killed."),
            Article("b", "Outlet B", "The health ministry had previously said 1,000 people had been killed."));

        var group = Assert.Single(comparison.Groups);
        Assert.Empty(group.Conflicts);
        Assert.Equal([false, true], group.Rows.OrderBy(r => r.ArticleId).Select(r => r.EarlierCount));
    }

    [Fact]
    public void An_addition_to_a_count_is_held_against_no_total()
    {
        var comparison = Compare("Belzor",
            Article("a", "Outlet A", "The health ministry said 14 cases were confirmed in Belzor and another 22 cases were suspected."),
            Article("b", "Outlet B", "The health ministry said 19 cases were confirmed in Belzor."),
            Article("c", "Outlet C", "In 3 districts of Belzor, 30 more cases were confirmed, the health ministry said."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(4, group.Rows.Count);
        Assert.Equal(["14", "19"], group.Rows.Where(r => r.Conflicting).Select(r => r.Figure.Text).Order());
        Assert.Equal(["30 more", "another 22"], group.Rows.Where(r => r.Addition).Select(r => r.Figure.Text).Order());
    }

    [Fact]
    public void More_after_a_count_of_another_kind_is_a_total_of_its_own()
    {
        var comparison = Compare("Belzor",
            Article("a", "Outlet A", "The health ministry said 100 people were killed in Belzor and 1,000 more injured."),
            Article("b", "Outlet B", "The health ministry said 600 people were injured in Belzor."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(["1,000 more", "600"], group.Rows.Where(r => r.Conflicting).Select(r => r.Figure.Text).Order());
    }

    [Fact]
    public void A_figure_its_clause_calls_earlier_is_held_against_no_other()
    {
        var comparison = Compare("Minya",
            Article("a", "Outlet A", "The health ministry revised the death toll in Minya to 24, after earlier giving a figure of 32 dead."),
            Article("b", "Outlet B", "The health ministry said the earlier fires were out, and 30 people were killed in Minya earlier on Sunday."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(["24:False", "30:False", "32:True"], group.Rows.Select(r => r.Figure.Text + ":" + r.EarlierCount).Order());
        Assert.Equal(["24", "30"], group.Rows.Where(r => r.Conflicting).Select(r => r.Figure.Text).Order());
    }

    [Fact]
    public void A_toll_of_an_earlier_year_is_held_against_no_count_of_this_one()
    {
        var comparison = Compare("explosion",
            Article("a", "Outlet A", "An explosion at a chemical plant in Zorvik killed 26 people on Thursday."),
            Article("b", "Outlet B", "In 2019 an explosion at another chemical plant in Zorvik killed 78 people."),
            Article("c", "Outlet C", "The explosion in Zorvik, at a plant due to close in 2026, killed 24 people, the worst since 2015."));

        var group = Assert.Single(comparison.Groups);
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal(["a-c01", "c-c01"], new[] { conflict.First, conflict.Second }.Order());
        Assert.Equal([false, true, false], group.Rows.OrderBy(r => r.ArticleId).Select(r => r.EarlierCount));
    }

    [Theory]
    [InlineData("Last year the disease killed 214 people across 28 states.", true)]
    [InlineData("A year ago the disease killed 214 people across 28 states.", true)]
    [InlineData("The disease killed 214 people, the most since last year.", false)] // compares with last year
    [InlineData("The disease killed 214 people in Ondo.", false)]
    [InlineData("Last month, an outbreak of the disease in Ondo killed 214 people.", true)]
    [InlineData("Last week another outbreak of the disease killed 214 people.", true)]
    [InlineData("Three weeks ago, a smaller outbreak of the disease killed 214 people.", true)]
    [InlineData("A 2019 outbreak of the disease killed 214 people.", true)]
    [InlineData("It is the deadliest outbreak of the disease since 2019, when it killed 214 people.", true)]
    [InlineData("It is the deadliest outbreak since the 2019 epidemic of the disease, which killed 214 people.", true)]
    [InlineData("It is the deadliest outbreak of the disease since the one in January 2019, which killed 214 people.", true)]
    [InlineData("It is the deadliest outbreak of the disease since the one in Jan. 2019, which killed 214 people.", true)]
    [InlineData("The outbreak of the disease of 2019 killed 214 people.", true)]
    [InlineData("The disease has killed 214 people since 2019.", false)] // a count of now, from then
    [InlineData("The disease has killed 214 people since January 2019.", false)]
    [InlineData("Last week's outbreak of the disease killed 214 people.", false)] // the story's own, a week on
    public void A_toll_of_last_year_or_of_another_recent_event_is_held_against_no_count_of_this_one(string wording, bool earlier)
    {
        var comparison = Compare("disease",
            Article("a", "Outlet A", "The disease killed 38 people in Ondo."),
            Article("b", "Outlet B", wording));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(earlier, group.Rows.Single(r => r.ArticleId == "b").EarlierCount);
        Assert.Equal(!earlier, group.Conflicts.Count > 0);
    }

    [Fact]
    public void A_body_named_by_its_acronym_in_one_article_and_in_full_in_another_is_one_source()
    {
        var comparison = Compare("Sindh",
            Article("a", "Outlet A", "The NDMA said on Tuesday that 41 people had died in the Sindh floods."),
            Article("b", "Outlet B", "The National Disaster Management Authority said on Tuesday that 45 people had died in the Sindh floods."),
            Article("c", "Outlet C", "The NDTA said on Tuesday that 50 people had died in the Sindh floods."));

        Assert.Equal(["NDTA", "National Disaster Management Authority"], comparison.Groups.Select(g => g.Source).Order(StringComparer.Ordinal));
        Assert.Single(comparison.Groups.Single(g => g.Source == "National Disaster Management Authority").Conflicts);
    }

    [Fact]
    public void An_acronym_two_full_names_could_spell_stays_itself()
    {
        var comparison = Compare("Sindh",
            Article("a", "Outlet A", "The NDMA said on Tuesday that 41 people had died in the Sindh floods."),
            Article("b", "Outlet B", "The National Disaster Management Authority said on Tuesday that 45 people had died in the Sindh floods."),
            Article("c", "Outlet C", "The National Drought Monitoring Agency said on Tuesday that 50 people had died in the Sindh floods."));

        Assert.Equal(3, comparison.Groups.Count);
    }

    [Fact]
    public void A_rights_commission_is_a_source_apart_from_its_government()
    {
        var comparison = Compare("Nairobi",
            Article("a", "Outlet A", "The Kenyan interior ministry said eight people had been killed in Nairobi."),
            Article("b", "Outlet B", "At least 19 people were killed in Nairobi, the Kenya National Commission on Human Rights said."));

        Assert.Equal(["Kenya", "Kenya National Commission on Human Rights"], comparison.Groups.Select(g => g.Source).Order());
        Assert.All(comparison.Groups, g => Assert.Empty(g.Conflicts));
    }

    [Fact]
    public void Bodies_recovered_are_compared_with_a_count_of_the_killed()
    {
        var comparison = Compare("DMMU",
            Article("a", "Outlet A", "Rescue teams have recovered 41 bodies from the collapsed dump, the DMMU said."),
            Article("b", "Outlet B", "The DMMU said 32 people were killed when the dump collapsed."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("casualties", 2), (group.Topic, group.Rows.Count));
        Assert.Single(group.Conflicts);
    }

    [Fact]
    public void A_copy_is_not_counted_as_independent_and_never_conflicts_with_its_original()
    {
        const string Original = "Zelensky said more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region since they arrived at the front in the autumn.";
        var comparison = Compare("killed",
            Article("orig", "Outlet A", Original),
            Article("copy", "Outlet B", Original.Replace("more than 3,000", "nearly 3,000", StringComparison.Ordinal), day: 28));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal((2, 1), (group.Outlets, group.IndependentSources));
        Assert.Empty(group.Conflicts);
        Assert.Equal("orig", group.Rows.Single(r => r.ArticleId == "copy").Syndication.CopyOf);
    }

    [Fact]
    public void Different_sources_and_topics_form_different_groups()
    {
        var comparison = Compare("killed OR deployed",
            Article("a", "Outlet A", "Zelensky said 3,000 soldiers had been killed. Officials in Seoul said 11,000 troops had been deployed."),
            Article("b", "Outlet B", "The NIS said 1,000 soldiers had been killed."));

        Assert.Equal(3, comparison.Groups.Count);
        Assert.Contains(comparison.Groups, g => (g.Topic, g.Source) == ("casualties", "Ukraine"));
        Assert.Contains(comparison.Groups, g => (g.Topic, g.Source) == ("casualties", "South Korea"));
        Assert.Contains(comparison.Groups, g => (g.Topic, g.Source) == ("deployed", "South Korea"));
    }

    [Theory]
    [InlineData("At least 84 people were killed in Dusta, INDECI said.", "The official death toll in Dusta stood at 79, according to INDECI.")]
    [InlineData("INDECI said 63 people were killed in the quake in Dusta.", "The number of people killed in Tuesday's earthquake in Dusta rose to 71, INDECI said.")]
    [InlineData("INDECI said 63 people were killed in the quake in Dusta.", "INDECI said the latest death toll in Dusta was 71.")]
    public void A_toll_is_held_against_a_count_of_the_killed_from_the_same_source(string first, string second)
    {
        var comparison = Compare("Dusta", Article("a", "Outlet A", first), Article("b", "Outlet B", second));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("casualties", "INDECI"), (group.Topic, group.Source));
        Assert.Single(group.Conflicts);
    }

    [Fact]
    public void Counts_of_an_outbreak_are_compared_however_their_cases_are_qualified()
    {
        var comparison = Compare("cholera",
            Article("a", "Outlet A", "Sudan's health ministry said there were 3,381 suspected cases of cholera in Khartoum."),
            Article("b", "Outlet B", "Sudan's health ministry said it had recorded 3,180 cholera cases in Khartoum."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("cases", "Sudan"), (group.Topic, group.Source));
        Assert.Single(group.Conflicts);
    }

    [Fact]
    public void Suspected_and_confirmed_cases_are_two_series_that_can_both_be_right()
    {
        var comparison = Compare("Lassa",
            Article("a", "Outlet A", "The NCDC said 186 suspected cases of Lassa fever had been recorded in Ondo."),
            Article("b", "Outlet B", "On Monday the NCDC said 52 confirmed cases of Lassa were reported in Ondo state."),
            Article("c", "Outlet C", "The NCDC said on its website that 61 Lassa cases were confirmed, with more suspected, in Ondo state."),
            Article("d", "Outlet D", "Health workers in Akure are overwhelmed. The NCDC said 70 cases of Lassa fever had been recorded in Ondo state by Tuesday."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(["a-c01:d-c01", "b-c01:c-c01", "b-c01:d-c01", "c-c01:d-c01"],
            group.Conflicts.Select(c => string.Join(':', new[] { c.First, c.Second }.Order())).Order());
    }

    [Fact]
    public void The_displaced_and_the_evacuated_are_one_topic_whose_same_figure_for_either_is_a_measure_difference()
    {
        var comparison = Compare("cyclone",
            Article("a", "Outlet A", "Bangladesh's disaster ministry said about 800,000 people had been displaced by the cyclone."),
            Article("b", "Outlet B", "Bangladesh's disaster ministry said about 800,000 people were evacuated before the cyclone."),
            Article("c", "Outlet C", "Bangladesh's disaster ministry said some 500,000 people had been displaced by the cyclone."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("displaced", "Bangladesh"), (group.Topic, group.Source));
        Assert.Equal(("displaced", "evacuated"), (Assert.Single(group.MeasureDifferences).FirstCounts, group.MeasureDifferences[0].SecondCounts));
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal(("a-c01", "c-c01"), (conflict.First, conflict.Second));
    }

    [Fact]
    public void Different_numbers_of_different_people_are_no_disagreement_but_troops_and_soldiers_are_the_same_people()
    {
        var people = Compare("killed",
            Article("a", "Outlet A", "Zelensky said 1,200 Russian soldiers had been killed."),
            Article("b", "Outlet B", "Zelensky said 3 civilians had been killed."));
        var soldiers = Compare("killed",
            Article("a", "Outlet A", "Zelensky said nearly 3,000 troops had been killed."),
            Article("b", "Outlet B", "Zelensky said more than 3,000 soldiers fighting had been killed."));

        Assert.Equal(2, Assert.Single(people.Groups).Rows.Count);
        Assert.Empty(people.Groups[0].Conflicts);
        Assert.Single(Assert.Single(soldiers.Groups).Conflicts);
    }

    [Fact]
    public void Every_word_for_what_befell_them_ends_the_people_counted()
    {
        // "migrants drowned" and "migrants died" count migrants; were "drowned" taken for whom they count, they would not be compared.
        var comparison = Compare("migrants",
            Article("a", "Outlet A", "The coast guard said 600 migrants drowned off Greece."),
            Article("b", "Outlet B", "The coast guard said 500 migrants died off Greece."));

        Assert.Single(Assert.Single(comparison.Groups).Conflicts);
    }

    [Fact]
    public void The_same_figure_for_a_different_count_is_a_measure_difference_not_a_conflict()
    {
        var comparison = Compare("Zelensky",
            Article("a", "Outlet A", "Zelensky said more than 3,000 soldiers had been killed or wounded."),
            Article("b", "Outlet B", "Zelensky said more than 3,000 soldiers had fallen."),
            Article("c", "Outlet C", "Zelensky said 100 soldiers had been killed."),
            Article("d", "Outlet D", "Zelensky said over 3,000 civilians had been killed."));

        var group = Assert.Single(comparison.Groups);
        var difference = Assert.Single(group.MeasureDifferences);
        Assert.Equal(("a-c01", "b-c01"), (difference.First, difference.Second));
        Assert.Equal(("killed-or-wounded", "killed", 0, 1), (difference.FirstCounts, difference.SecondCounts, difference.FirstRow, difference.SecondRow));
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal(("b-c01", "c-c01", 1, 2), (conflict.First, conflict.Second, conflict.FirstRow, conflict.SecondRow));
        Assert.Equal([(false, true), (true, true), (true, false), (false, false)], group.Rows.Select(r => (r.Conflicting, r.CountsDiffer)));
    }

    [Fact]
    public void A_group_lists_a_bounded_number_of_pairs_but_counts_them_all_and_marks_every_row_in_one()
    {
        var articles = Enumerable.Range(1, 16)
            .Select(n => Article($"a{n:00}", $"Outlet {n}", $"Zelensky said {n * 1000} soldiers had been killed."))
            .ToArray();

        var group = Assert.Single(Compare("killed", articles).Groups);

        Assert.Equal(16 * 15 / 2, group.ConflictCount);
        Assert.Equal(ClaimComparer.MaxPairs, group.Conflicts.Count);
        Assert.True(group.Disagreement);
        Assert.All(group.Rows, row => Assert.True(row.Conflicting));
    }

    [Fact]
    public void Speakers_known_only_as_a_pronoun_are_shown_side_by_side_but_never_said_to_disagree()
    {
        var comparison = Compare("killed",
            Article("a", "Outlet A", "He said 3,000 soldiers had been killed."),
            Article("b", "Outlet B", "He said 100 soldiers had been killed."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(2, group.Rows.Count);
        Assert.Empty(group.Conflicts);
    }

    [Fact]
    public void Reports_more_than_a_week_apart_are_about_different_events_and_do_not_disagree()
    {
        var monthsApart = Compare("killed",
            Article("a", "Outlet A", "The governor said 19 people had been killed.", day: 25, month: 5),
            Article("b", "Outlet B", "The governor said seven people had been killed.", day: 14, month: 12));
        var daysApart = Compare("killed",
            Article("a", "Outlet A", "The governor said 19 people had been killed.", day: 8),
            Article("b", "Outlet B", "The governor said seven people had been killed.", day: 14));

        Assert.Equal(2, Assert.Single(monthsApart.Groups).Rows.Count);
        Assert.Empty(monthsApart.Groups[0].Conflicts);
        Assert.Single(Assert.Single(daysApart.Groups).Conflicts);
    }

    [Fact]
    public void Figures_about_places_or_peoples_neither_of_which_names_the_others_do_not_disagree()
    {
        var places = Compare("killed",
            Article("a", "Outlet A", "The governor said seven people had been killed in Kharkiv."),
            Article("b", "Outlet B", "The governor said two people had been killed in Odesa."));
        var peoples = Compare("killed",
            Article("a", "Outlet A", "Zelensky said 1,250 Russian soldiers had been killed."),
            Article("b", "Outlet B", "Zelensky said more than 3,000 North Korean soldiers had been killed."));
        var samePlace = Compare("killed",
            Article("a", "Outlet A", "The governor said seven people had been killed in Kharkiv."),
            Article("b", "Outlet B", "The governor said two people had been killed in the city of Kharkiv."));

        var speakersOwn = Compare("killed",
            Article("a", "Outlet A", "Ukraine said 50 soldiers had been killed."),
            Article("b", "Outlet B", "Zelensky said 10 soldiers had been killed in Kursk."));

        Assert.Single(Assert.Single(speakersOwn.Groups).Conflicts); // the speaker's own country is no place the figure is about
        Assert.Empty(Assert.Single(places.Groups).Conflicts);
        Assert.Empty(Assert.Single(peoples.Groups).Conflicts);
        Assert.Single(Assert.Single(samePlace.Groups).Conflicts);
    }

    [Fact]
    public void A_figure_an_article_repeats_is_one_row_and_a_copy_repeating_it_adds_no_pair()
    {
        const string Original = "The governor said seven people had been killed in the drone strike on the city overnight. "
            + "Seven people had been killed in the strike, the governor said, and rescuers were still searching the rubble for survivors.";
        var comparison = Compare("killed",
            Article("orig", "Outlet A", Original, day: 14),
            Article("copy", "Outlet B", Original, day: 15),
            Article("other", "Outlet C", "The governor said at least nine people had been killed.", day: 14));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(["copy", "orig", "other"], group.Rows.Select(r => r.ArticleId).Order());
        var conflict = Assert.Single(group.Conflicts);
        Assert.Equal(["orig-c01", "other-c01"], new[] { conflict.First, conflict.Second }.Order());
        Assert.All(group.Rows, row => Assert.True(row.Conflicting));
    }

    [Fact]
    public void The_claims_of_the_articles_that_match_are_compared_even_where_their_own_sentence_does_not_name_the_event()
    {
        var comparison = Compare("Kharkiv",
            Article("a", "Outlet A", "A drone struck overnight. The governor said seven people had been killed in Kharkiv."),
            Article("b", "Outlet B", "Russian drones hit Kharkiv on Friday. The governor said at least nine people had been killed."),
            Article("c", "Outlet C", "Floods hit the south. The governor said 40 people had been killed."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(["a", "b"], group.Rows.Select(r => r.ArticleId).Order());
        Assert.Single(group.Conflicts);
    }

    [Fact]
    public void A_speaker_named_bare_in_one_article_takes_the_country_another_gives_it()
    {
        var comparison = Compare("died",
            Article("a", "Outlet A", "Turkey's disaster agency AFAD said 3,381 people had died."),
            Article("b", "Outlet B", "AFAD said 5,000 people had died."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(("Turkey", 2), (group.Source, group.Rows.Count));
        Assert.Single(group.Conflicts);
    }

    [Fact]
    public void Two_claims_that_only_stand_in_matching_articles_are_not_held_against_each_other()
    {
        var comparison = Compare("drone strike",
            Article("a", "Outlet A", "A drone strike hit the city. The governor said seven people had been killed."),
            Article("b", "Outlet B", "A drone strike hit the port. The governor said 40 people had been killed."));

        var group = Assert.Single(comparison.Groups);
        Assert.Equal(2, group.Rows.Count);
        Assert.Empty(group.Conflicts);
    }

    [Fact]
    public void A_speaker_given_two_countries_lends_neither_to_its_bare_name()
    {
        var comparison = Compare("died",
            Article("a", "Outlet A", "Turkey's relief agency Kizilay said 100 people had died."),
            Article("b", "Outlet B", "Syria's relief agency Kizilay said 300 people had died."),
            Article("c", "Outlet C", "Kizilay said 200 people had died."));

        Assert.Equal(["Kizilay", "Syria", "Turkey"], comparison.Groups.Select(g => g.Source).Order());
    }
}
