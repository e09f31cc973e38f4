using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction;

public sealed class ClaimExtractorTests
{
    private static readonly ArticleExtractor Extractor = new(Gazetteer.Load(null, new List<string>()));

    private static IReadOnlyList<Claim> Claims(string text, PartialDate? published = null) =>
        Extractor.Extract(Core.Text.TextNormalizer.Normalize(text), published).Claims;

    private static Claim Only(string text) => Assert.Single(Claims(text));

    /// <summary>Each claim as "claimant|figure:kind,…", joined by "; ".</summary>
    private static string Summary(IEnumerable<Claim> claims) =>
        string.Join("; ", claims.Select(c => c.Claimant.Name + "|" + string.Join(",", c.Figures.Select(f => f.Quantity.Text + ":" + f.SubjectKey))));

    [Theory]
    [InlineData("Officials in Lviv said that the bridge had been hit twice.", "Officials in Lviv", "the bridge had been hit twice.")]
    [InlineData("The defence ministry said the bridge had been hit twice.", "defence ministry", "the bridge had been hit twice.")]
    [InlineData("The bridge had been hit twice, the defence ministry said on Monday.", "defence ministry", "The bridge had been hit twice")]
    [InlineData("A military source told Reuters that the bridge had been hit.", "military source", "the bridge had been hit.")]
    [InlineData("Human rights groups said at least 1,700 people had been killed.", "Human rights groups", "at least 1,700 people had been killed.")]
    [InlineData("Aid agencies said the convoy had been stopped.", "Aid agencies", "the convoy had been stopped.")]
    [InlineData("Humanitarian organisations said the convoy had been stopped.", "Humanitarian organisations", "the convoy had been stopped.")]
    [InlineData("Relief and advocacy organizations said the convoy had been stopped.", "Relief and advocacy organizations", "the convoy had been stopped.")]
    [InlineData("The bridge had been hit, a military source told Reuters.", "military source", "The bridge had been hit")]
    [InlineData("The bridge had been hit twice, according to local authorities.", "local authorities", "The bridge had been hit twice")]
    [InlineData("According to local authorities, the bridge had been hit twice.", "local authorities", "the bridge had been hit twice.")]
    [InlineData("The bridge had been hit twice, per local authorities.", "local authorities", "The bridge had been hit twice")]
    [InlineData("John Smith, a spokesman for the ministry, said the bridge had been hit twice.", "John Smith", "the bridge had been hit twice.")]
    [InlineData("The governor of Kharkiv region, Oleh Syniehubov, said the bridge had been hit twice.", "Oleh Syniehubov", "the bridge had been hit twice.")]
    [InlineData("The bridge had been hit twice, the governor of the region, Oleh Syniehubov, said.", "Oleh Syniehubov", "The bridge had been hit twice")]
    [InlineData("A spokeswoman for the regional police said the bridge had been hit twice.", "spokeswoman for the regional police", "the bridge had been hit twice.")]
    [InlineData("The bridge had been hit twice, the election commission said.", "election commission", "The bridge had been hit twice")]
    [InlineData("Both bridges collapsed, officials said.", "officials", "Both bridges collapsed")]
    [InlineData("The bridge had been hit twice, said Jane Doe, a spokeswoman for the police.", "Jane Doe", "The bridge had been hit twice")]
    [InlineData("The bridge had been hit twice, said the defence ministry on Monday.", "defence ministry", "The bridge had been hit twice")]
    [InlineData("The bridge had been hit twice, said the mayor's spokesman.", "mayor's spokesman", "The bridge had been hit twice")]
    [InlineData("The paper was a survivor from a bygone age, said J. Kendrick Noble, a media analyst.", "J. Kendrick Noble", "The paper was a survivor from a bygone age")]
    [InlineData("President George W. Bush said the war would end soon.", "George W. Bush", "the war would end soon.")]
    [InlineData("The ministry's spokesman, Igor Konashenkov, said 40 drones were downed.", "Igor Konashenkov", "40 drones were downed.")]
    [InlineData("The ministry spokesman, Igor Konashenkov, said the drones were downed.", "Igor Konashenkov", "the drones were downed.")]
    [InlineData("The bank's chief executive, Jane Doe, said profits would fall.", "Jane Doe", "profits would fall.")]
    [InlineData("The company's chief, Kendrick Noble, said the plant would close.", "Kendrick Noble", "the plant would close.")]
    [InlineData("Sen. Elizabeth Warren (D-Mass.) said the bill would fail.", "Elizabeth Warren", "the bill would fail.")]
    [InlineData("The Hamas-run health ministry said 40 people were killed.", "Hamas-run health ministry", "40 people were killed.")]
    [InlineData("Hamas-run health authorities say more than 40,000 people have been killed.", "Hamas-run health authorities", "more than 40,000 people have been killed.")]
    [InlineData("Crazy how our friends say they left.", "friends", "they left.")]
    [InlineData("Officials estimate that 3,000 to 4,000 homes were destroyed.", "Officials", "3,000 to 4,000 homes were destroyed.")]
    [InlineData("Critics claim that the vote was rigged.", "Critics", "the vote was rigged.")]
    [InlineData("The Health Ministry (MoH) said 40 people had died.", "Health Ministry", "40 people had died.")]
    [InlineData("Speaking to the BBC, the minister said the talks had collapsed.", "minister", "the talks had collapsed.")]
    [InlineData("Three people died in the attack, police said late on Sunday.", "police", "Three people died in the attack")]
    [InlineData("While the court acknowledged that the bridge had been hit, it ruled for the city.", "court", "the bridge had been hit, it ruled for the city.")]
    [InlineData("Vessels blocked the reef on Monday, the Philippine coast guard said.", "Philippine coast guard", "Vessels blocked the reef on Monday")]
    [InlineData("The Kyiv city council said the bridge had been hit twice.", "Kyiv city council", "the bridge had been hit twice.")]
    [InlineData("The State party categorically denies that the bridge had been hit.", "State party", "the bridge had been hit.")]
    [InlineData("The committee further notes that the bridge had been hit.", "committee", "the bridge had been hit.")]
    [InlineData("The bridge had been hit twice, her husband told reporters.", "her husband", "The bridge had been hit twice")]
    [InlineData("Then her friend said the bridge was closed.", "her friend", "the bridge was closed.")]
    [InlineData("Drones hit the bridge overnight, Ukraine's air force said on Sunday, in the largest attack this year.", "Ukraine's air force", "Drones hit the bridge overnight")]
    [InlineData("Seven people were killed, regional governor Oleh Syniehubov wrote on Telegram.", "Oleh Syniehubov", "Seven people were killed")]
    [InlineData("A senior official, who spoke on condition of anonymity, said the bridge was closed.", "senior official", "the bridge was closed.")]
    [InlineData("A senior official, who did not want to be named, said the bridge was closed.", "senior official", "the bridge was closed.")]
    [InlineData("Dmitry Peskov told state news agency TASS that the bridge was closed.", "Dmitry Peskov", "the bridge was closed.")]
    [InlineData("KYIV, Ukraine (AP) — The bridge had been hit twice, officials said.", "officials", "The bridge had been hit twice")]
    [InlineData("LONDON (Reuters) - The bridge had been hit twice, officials said.", "officials", "The bridge had been hit twice")]
    [InlineData("TOKYO, March 3 (AP) — The bridge had been hit twice, officials said.", "officials", "The bridge had been hit twice")]
    [InlineData("LONDON, Nov. 26, 2024 (Reuters) - The bridge had been hit twice, officials said.", "officials", "The bridge had been hit twice")]
    [InlineData("Sen. James Lankford of Oklahoma, the lead negotiator, said he was disappointed.", "James Lankford", "he was disappointed.")]
    [InlineData("Secretary of State Antony Blinken said the deal was close.", "Antony Blinken", "the deal was close.")]
    [InlineData("Jane Doe told reporters she would appeal.", "Jane Doe", "she would appeal.")]
    [InlineData("The Greens, the remaining coalition partner, said they would stay.", "Greens", "they would stay.")]
    [InlineData("Madigan's attorney, Dan Collins, said his client would appeal.", "Dan Collins", "his client would appeal.")]
    [InlineData("The case was long, said juror Maria Gonzalez, 45, a nurse from Evanston.", "Maria Gonzalez", "The case was long")]
    [InlineData("Dmitry Peskov told CNN the talks had stalled.", "Dmitry Peskov", "the talks had stalled.")]
    [InlineData("The vaccine could save many lives, according to lead researcher Professor Jane Hill.", "Jane Hill", "The vaccine could save many lives")]
    [InlineData("Shares fell after the company warned that sales would decline, analysts at Morgan Stanley said.", "company", "sales would decline")]
    [InlineData("His lawyer, Sarah Klein, said her client would plead not guilty.", "Sarah Klein", "her client would plead not guilty.")]
    [InlineData("Defense Secretary Lloyd Austin, however, told lawmakers on Tuesday that the bridge would hold.", "Lloyd Austin", "the bridge would hold.")]
    [InlineData("The Bhiwandi City Municipal Corporation (BCMC), however, said the bridge would hold.", "Bhiwandi City Municipal Corporation", "the bridge would hold.")]
    [InlineData("Nigeria's disease agency, the NCDC, said the outbreak had peaked.", "NCDC", "the outbreak had peaked.")]
    [InlineData("Jane Doe, the WHO spokeswoman, said the outbreak had peaked.", "Jane Doe", "the outbreak had peaked.")]
    [InlineData("The outbreak had peaked, the head of the National Flood Agency (NFA), Rosa Quispe, said on Monday.", "Rosa Quispe", "The outbreak had peaked")]
    [InlineData("The outbreak had peaked, the head of the agency, Rosa Quispe, said.", "Rosa Quispe", "The outbreak had peaked")]
    [InlineData("The head of the National Flood Agency (NFA), Rosa Quispe, said the outbreak had peaked.", "Rosa Quispe", "the outbreak had peaked.")]
    [InlineData("\"The outbreak has peaked,\" said the group's director, Ni Made Suartini.", "Ni Made Suartini", "The outbreak has peaked,")]
    [InlineData("\"The road to Caraz is gone,\" said Yungay's mayor, Marleni Huaman Ccori.", "Marleni Huaman Ccori", "The road to Caraz is gone,")]
    [InlineData("\"The road to Caraz is gone,\" said the mayor, who asked not to be named.", "mayor", "The road to Caraz is gone,")]
    [InlineData("\"The road to Caraz is gone,\" said the mayor, Kovalenko, in a statement.", "Kovalenko", "The road to Caraz is gone,")]
    [InlineData("\"The road to Caraz is gone,\" said the mayor, Lima, in a statement.", "mayor", "The road to Caraz is gone,")] // a place is no name of hers
    [InlineData("Lagos State Commissioner for Health Akin Abayomi said the outbreak had peaked.", "Akin Abayomi", "the outbreak had peaked.")]
    [InlineData("The outbreak had peaked, Nigeria's disease agency, the NCDC, said.", "NCDC", "The outbreak had peaked")]
    [InlineData("Judge Amy Berman Jackson wrote in her ruling that the evidence was overwhelming.", "Amy Berman Jackson", "the evidence was overwhelming.")]
    [InlineData("Prosecutors allege that the defendant stole more than $1.2 million.", "Prosecutors", "the defendant stole more than $1.2 million.")]
    [InlineData("According to a report by Amnesty International published on Monday, at least 300 protesters were killed.", "Amnesty International", "at least 300 protesters were killed.")]
    [InlineData("The bridge had been hit twice, said Sen. Lisa Murkowski, R-Alaska, on Friday.", "Lisa Murkowski", "The bridge had been hit twice")]
    [InlineData("Officials at the ministry, speaking on condition of anonymity, said the bridge was closed.", "Officials at the ministry", "the bridge was closed.")]
    [InlineData("Turnout was about 62%, according to state election officials, up from 55% in 2020.", "state election officials", "Turnout was about 62%")]
    [InlineData("Donald Trump told supporters at a rally in Ohio that the bridge was closed.", "Donald Trump", "the bridge was closed.")]
    [InlineData("The bank held rates at 5%, with governor Andrew Bailey warning that inflation remained too high.", "Andrew Bailey", "inflation remained too high.")]
    [InlineData("The coach was sacked on Monday, the club said in a statement.", "club", "The coach was sacked on Monday")]
    [InlineData("Hungarian Prime Minister Viktor Orban criticised the sanctions, saying they had failed.", "Viktor Orban", "they had failed.")]
    [InlineData("The NIS's confirmation came after Ukrainian media reported that troops had crossed.", "Ukrainian media", "troops had crossed.")]
    [InlineData("The minister added on Friday that the plan was flawed.", "minister", "the plan was flawed.")]
    [InlineData("Volodymyr Zelenskyy thanked the senators, writing on X that the vote would save lives.", "Volodymyr Zelensky", "the vote would save lives.")]
    [InlineData("The minister added the plan was flawed.", "minister", "the plan was flawed.")]
    [InlineData("Tomas Brandt said, to be sure, the plan was flawed.", "Tomas Brandt", "to be sure, the plan was flawed.")] // not "said to be"
    [InlineData("A report by Amnesty International said the strikes were unlawful.", "Amnesty International", "the strikes were unlawful.")]
    [InlineData("Bank of England Governor Andrew Bailey told reporters that inflation was too high.", "Andrew Bailey", "inflation was too high.")]
    [InlineData("The Labour Party on Monday said taxes would rise.", "Labour Party", "taxes would rise.")]
    [InlineData("People familiar with the matter said the talks could still collapse.", "People familiar with the matter", "the talks could still collapse.")]
    [InlineData("The WHO said the bridge had been hit.", "World Health Organization", "the bridge had been hit.")] // the acronym, not "who"
    [InlineData("The bridge had been hit, the WHO said.", "World Health Organization", "The bridge had been hit")]
    [InlineData("The defendant stole the car, according to the indictment.", "indictment", "The defendant stole the car")]
    [InlineData("Prosecutors charged three men, according to court documents unsealed on Monday.", "court documents", "Prosecutors charged three men")]
    [InlineData("Goldman Sachs analysts said in a note to clients that rates would fall.", "Goldman Sachs analysts", "rates would fall.")]
    [InlineData("The economy grew in the third quarter, Tomas Brandt told a news conference.", "Tomas Brandt", "The economy grew in the third quarter")]
    [InlineData("Inflation will fall, Tomas Brandt told a press conference in Frankfurt.", "Tomas Brandt", "Inflation will fall")]
    [InlineData("Rep. Nancy Pelosi, D-Calif., said the bill would pass.", "Nancy Pelosi", "the bill would pass.")]
    [InlineData("Zelensky on Monday night said the line had held.", "Volodymyr Zelensky", "the line had held.")]
    [InlineData("The Syrian Observatory for Human Rights said the bridge had been hit.", "Syrian Observatory for Human Rights", "the bridge had been hit.")]
    [InlineData("Labour's Rachel Reeves said families were still worse off.", "Rachel Reeves", "families were still worse off.")]
    [InlineData("A poll by Quinnipiac University found that support had fallen.", "Quinnipiac University", "support had fallen.")]
    [InlineData("A survey by Gallup showed on Monday that trust had fallen.", "Gallup", "trust had fallen.")]
    [InlineData("A poll by Quinnipiac University put support for the aid at 54 percent.", "Quinnipiac University", "support for the aid at 54 percent.")]
    [InlineData("The plan was flawed, the minister added in a statement.", "minister", "The plan was flawed")]
    [InlineData("The finance minister told reporters inflation was too high.", "finance minister", "inflation was too high.")]
    [InlineData("Jane Doe told investors 300 jobs would go.", "Jane Doe", "300 jobs would go.")]
    [InlineData("Dmitry Peskov told CNN Russia would respond.", "Dmitry Peskov", "Russia would respond.")]
    [InlineData("The minister told reporters in Kyiv the front line was holding.", "minister", "the front line was holding.")]
    [InlineData("The minister told reporters on Friday the front line was holding.", "minister", "the front line was holding.")]
    [InlineData("The minister told reporters at the White House on Monday he was confident.", "minister", "he was confident.")]
    [InlineData("The minister told her husband the front line was holding.", "minister", "her husband the front line was holding.")]
    [InlineData("Jane Doe told Columbia graduates the front line was holding.", "Jane Doe", "Columbia graduates the front line was holding.")]
    [InlineData("Jane Doe told reporters gathered outside the front line was holding.", "Jane Doe", "reporters gathered outside the front line was holding.")]
    [InlineData("The prime minister resigned on Friday, telling reporters that he had lost the vote.", "prime minister", "he had lost the vote.")]
    [InlineData("The central bank chief left the meeting early, saying the decision had been unanimous.", "bank chief", "the decision had been unanimous.")]
    [InlineData("The head of the agency resigned, saying the budget cuts had made the job impossible.", "head of the agency", "the budget cuts had made the job impossible.")]
    [InlineData("The spokesman for the ministry resigned, saying the budget cuts had made the job impossible.", "spokesman for the ministry", "the budget cuts had made the job impossible.")]
    [InlineData("Jane Doe, a lawyer from Boston, Massachusetts, said the policy was unlawful.", "Jane Doe", "the policy was unlawful.")]
    [InlineData("John Smith, the mayor of Springfield, Illinois, said the bridge was closed.", "John Smith", "the bridge was closed.")]
    [InlineData("Lawyers for the claimants, a group of 12 asylum seekers from Syria, Iraq and Iran, argued that the policy was unlawful.", "Lawyers for the claimants", "the policy was unlawful.")]
    [InlineData("The company, which makes chips, cars and phones, said profits fell.", "company", "profits fell.")]
    [InlineData("Andy Dillon said in March 2009 that he would not run.", "Andy Dillon", "he would not run.")]
    [InlineData("Inflation rose to 5.2%, the statistics office said.", "statistics office", "Inflation rose to 5.2%")]
    [InlineData("Messi, 37, said he expects to play in the World Cup.", "Messi", "he expects to play in the World Cup.")]
    [InlineData("John Smith, 45, has said he was asleep.", "John Smith", "he was asleep.")]
    [InlineData("The deal will close in March, the companies said.", "companies", "The deal will close in March")]
    [InlineData("Exports fell 4% in March, the chipmaker said.", "chipmaker", "Exports fell 4% in March")]
    [InlineData("\"It's been a difficult week,\" captain Virgil van Dijk said.", "Virgil van Dijk", "It's been a difficult week,")]
    // A clause that sets the scene is not what was said.
    [InlineData("Speaking in Brussels on Tuesday, Kaja Kallas said Europe must do more.", "Kaja Kallas", "Europe must do more.")]
    [InlineData("Asked whether he would resign, Johnson said no.", "Johnson", "no.")]
    [InlineData("Pressed on the timing, the minister said the plan would be ready by March.", "minister", "the plan would be ready by March.")]
    [InlineData("When asked about the report, the minister said Kyiv had lied.", "minister", "Kyiv had lied.")]
    [InlineData("Speaking rarely works, the coach said.", "coach", "Speaking rarely works")]
    [InlineData("Inflation will fall, the minister said on Friday.", "minister", "Inflation will fall")]
    // Records that trail what they show.
    [InlineData("The economy grew 0.3% in the third quarter, official data showed on Thursday.", "official data", "The economy grew 0.3% in the third quarter")]
    [InlineData("Support for the party fell to 21%, a Reuters poll showed.", "Reuters poll", "Support for the party fell to 21%")]
    [InlineData("The player denied reports that he had asked to leave.", "player", "reports that he had asked to leave.")]
    [InlineData("The club denies reports that the coach was sacked.", "club", "reports that the coach was sacked.")]
    [InlineData("Rates will fall, the strategist said.", "strategist", "Rates will fall")]
    [InlineData("The agency quoted a senior official as saying the talks had stalled.", "senior official", "the talks had stalled.")]
    [InlineData("Interfax cited a source as saying that 40 drones had been shot down.", "source", "40 drones had been shot down.")]
    [InlineData("Hamas disputed the figure, saying far fewer had died.", "Hamas", "far fewer had died.")]
    [InlineData("France, Germany and Italy said they would send aid.", "France, Germany and Italy", "they would send aid.")]
    [InlineData("In Kyiv, Kharkiv and Odesa, officials said the lights were back.", "officials", "the lights were back.")]
    [InlineData("Additionally, Jane Doe and John Smith found that the bridge was safe.", "Jane Doe and John Smith", "the bridge was safe.")]
    [InlineData("The Baltic states said they would close their borders.", "Baltic states", "they would close their borders.")]
    [InlineData("Officials said the army had withdrawn without giving up any ground.", "Officials", "the army had withdrawn without giving up any ground.")]
    [InlineData("Officials said the rebels retreated but did not give up their weapons.", "Officials", "the rebels retreated but did not give up their weapons.")]
    [InlineData("Questioned by police, the suspect confessed, prosecutors said.", "prosecutors", "Questioned by police, the suspect confessed")]
    [InlineData("In Paris, Emmanuel Macron and Olaf Scholz said the talks had gone well.", "Emmanuel Macron and Olaf Scholz", "the talks had gone well.")]
    [InlineData("After talks with France, Germany and Italy said they would send aid.", "Germany and Italy", "they would send aid.")]
    [InlineData("Asked who was responsible, the minister said Hamas.", "minister", "Hamas.")]
    // Verbs that report only with a "that": a concession, a caution, a pledge, a finding that suggests.
    [InlineData("The minister conceded that the plan was failing.", "minister", "the plan was failing.")]
    [InlineData("The minister cautioned that the plan was failing.", "minister", "the plan was failing.")]
    [InlineData("The study suggests that coffee is healthy.", "study", "coffee is healthy.")]
    [InlineData("The court ruled 6-3 that the law was valid.", "court", "the law was valid.")]
    // The press release's "today", its ticker and its "Inc.".
    [InlineData("Acme Robotics today announced that it would cut 500 jobs.", "Acme Robotics", "it would cut 500 jobs.")]
    [InlineData("Acme Robotics (NASDAQ: ACME) today announced that it would cut 500 jobs.", "Acme Robotics", "it would cut 500 jobs.")]
    // A clause set off by commas that only describes the speaker.
    [InlineData("The report, published on Tuesday, said waits would rise.", "report", "waits would rise.")]
    [InlineData("The startup, founded in 2019, said it would cut jobs.", "startup", "it would cut jobs.")]
    [InlineData("The coalition, led by Keir Starmer, said taxes would not rise.", "coalition", "taxes would not rise.")]
    [InlineData("The chancellor, Rachel Reeves, said the finances were weak.", "Rachel Reeves", "the finances were weak.")]
    // Titles that are no part of the name.
    [InlineData("Sir Ian McKellen said he was recovering well.", "Ian McKellen", "he was recovering well.")]
    [InlineData("Pollster Ann Selzer said the poll was an outlier.", "Ann Selzer", "the poll was an outlier.")]
    [InlineData("The minister said the title would go to Madrid.", "minister", "the title would go to Madrid.")]
    [InlineData("Russia claimed the strike killed 30 soldiers.", "Russia", "the strike killed 30 soldiers.")]
    [InlineData("Officials said mass graves had been found in Izium.", "Officials", "mass graves had been found in Izium.")]
    [InlineData("USA Today reported that 40 soldiers surrendered.", "USA Today", "40 soldiers surrendered.")]
    [InlineData("Ukraine claimed victory was near.", "Ukraine", "victory was near.")]
    [InlineData("The study claims benefits will exceed $2bn.", "study", "benefits will exceed $2bn.")]
    // What a ministry or an agency is of, and a trailing "civil defence".
    [InlineData("At least 83 people were killed in the floods, the state's civil defence said on Monday.", "state's civil defence", "At least 83 people were killed in the floods")]
    [InlineData("In Hong Kong, Article 69 states that the term of office is four years.", "Article 69", "the term of office is four years.")]
    // A sheriff's title and a medical examiner, as fire and crime copy names them.
    [InlineData("Los Angeles County Sheriff Robert Luna said the fire was spreading.", "Robert Luna", "the fire was spreading.")]
    [InlineData("The fire was spreading, the Los Angeles County medical examiner said on Friday.", "Los Angeles County medical examiner", "The fire was spreading")]
    // A dateline's accented capitals are no part of what was said.
    [InlineData("CHIȘINĂU, Sept 29 (Global Wire) — The ruling party won the vote, the commission said.", "commission", "The ruling party won the vote")]
    // "the company" is the business named before it: a company of the gazetteer, or a name a corporate word ends.
    [InlineData("Shares of Veltrona Systems jumped after the company reported that sales rose.", "Veltrona Systems", "sales rose.")]
    [InlineData("Tesla cut prices again. The company said that demand was weak.", "Tesla", "demand was weak.")]
    // A speaker noun's "of the …" may hold words that describe its owner; plural bodies speak too (review 8).
    [InlineData("Security forces have freed 137 students, the office of the national security adviser said on Friday.", "office of the national security adviser", "Security forces have freed 137 students")]
    [InlineData("The transfer was agreed, the clubs said on Monday.", "clubs", "The transfer was agreed")]
    [InlineData("The press reports that the vote was rigged.", "press", "the vote was rigged.")] // a singular that ends in "s"
    [InlineData("In the middle of the forest the father said that the children should fetch wood.", "father", "the children should fetch wood.")]
    public void Reporting_patterns_give_the_speaker_and_the_content(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal(claimant, claim.Claimant.Name);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Jonah van der Berg spoke on Monday. \"We are ready for the spring tides,\" van der Berg told reporters.", "We are ready for the spring tides,")]
    [InlineData("Jonah van der Berg spoke on Monday. \"We are ready for the spring tides,\" said van der Berg.", "We are ready for the spring tides,")]
    [InlineData("Jonah van der Berg spoke on Monday. The pumps are working, van der Berg said.", "The pumps are working")]
    [InlineData("Jonah van der Berg spoke on Monday. Van der Berg said the pumps were working.", "the pumps were working.")]
    [InlineData("Jonah van der Berg spoke on Monday. Berg said the pumps were working.", "the pumps were working.")]
    public void A_surname_with_its_particles_speaks_for_the_full_name(string text, string content)
    {
        var claim = Assert.Single(Extractor.Extract(text, null).Claims);

        Assert.Equal(("Jonah van der Berg", content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("Company spokesman Ramon dela Cruz Villanueva denied reports that 350 people had been on board. \"The vessel was not overloaded,\" he said.", "Ramon dela Cruz Villanueva")]
    [InlineData("Ana delos Santos, the mayor, said 12 people had died.", "Ana delos Santos")]
    [InlineData("Gianutto della Mantia said 12 people had died.", "Gianutto della Mantia")]
    public void Filipino_and_italian_particles_stay_inside_the_name(string text, string name)
    {
        var result = Extractor.Extract(text, null);

        Assert.All(result.Claims, c => Assert.Equal(name, c.Claimant.Name));
        Assert.Equal([name], result.Mentions.Select(m => m.Name).Distinct());
    }

    [Fact]
    public void A_cue_word_inside_a_name_is_no_cue()
    {
        var claim = Assert.Single(Extractor.Extract("“Seventeen deaths were recorded,” interior ministry spokesman Brig. Gen. Tarek Said Hamdy said on Sunday.", null).Claims);

        Assert.Equal(("Tarek Said Hamdy", "said"), (claim.Claimant.Name, claim.Cue));
    }

    [Theory]
    [InlineData("Vladimir Putin claimed that the strike was a response.", "claimed")]
    [InlineData("Vladimir Putin confirmed the strike was a response.", "confirmed")]
    [InlineData("Vladimir Putin estimated that 500 drones were used.", "estimated")]
    [InlineData("Vladimir Putin reported that the strike was a response.", "reported")]
    [InlineData("Vladimir Putin warned that more strikes would follow.", "warned")]
    [InlineData("Vladimir Putin revealed that the strike was a response.", "revealed")]
    public void Reporting_verbs_attribute_to_a_known_entity(string text, string cue)
    {
        var claim = Only(text);

        Assert.Equal(("Vladimir Putin", "person/Vladimir Putin", "Russia"), (claim.Claimant.Name, claim.Claimant.Entity, claim.Claimant.Country));
        Assert.Equal(cue, claim.Cue);
    }

    [Theory]
    [InlineData("The Kremlin said the talks had failed.", "Kremlin", "organisation/Kremlin", "Russia")]
    [InlineData("Downing Street said the talks had failed.", "Downing Street", "organisation/Downing Street", "United Kingdom")]
    public void A_body_of_a_state_speaks_as_itself_with_its_country(string text, string claimant, string entity, string country)
    {
        var claim = Only(text);

        Assert.Equal((claimant, entity, country), (claim.Claimant.Name, claim.Claimant.Entity, claim.Claimant.Country));
    }

    [Theory]
    [InlineData("Ukraine's General Staff said Russia had lost about 700 troops.", "General Staff", "Ukraine")]
    [InlineData("Russia's Tomas Brandt said the talks had failed.", "Tomas Brandt", "Russia")]
    [InlineData("Apple's Tim Cook said demand was strong.", "Tim Cook", null)]
    [InlineData("A Ukrainian military intelligence spokesman, Tomas Brandt, said the soldiers were near Kursk.", "Tomas Brandt", "Ukraine")]
    [InlineData("Tomas Brandt, Ukraine's economy minister, said exports had fallen.", "Tomas Brandt", "Ukraine")]
    [InlineData("A spokesman for Tomas Brandt, Ukraine's economy minister, said exports had fallen.", "spokesman for Tomas Brandt", "Ukraine")]
    [InlineData("Tomas Brandt, governor of the Kherson region, said three people were killed.", "Tomas Brandt", "Ukraine")]
    public void A_named_speaker_without_a_country_of_its_own_takes_the_one_its_phrase_or_description_names(string text, string claimant, string? country)
    {
        var claim = Only(text);

        Assert.Equal((claimant, country), (claim.Claimant.Name, claim.Claimant.Country));
    }

    [Theory]
    [InlineData("They slipped earmarks into committee reports that never came to a vote.")] // the object of "into", not a speaker
    [InlineData("Delegates of the Organization of American States met in Washington to discuss the bridge.")] // "States" names, it does not report
    [InlineData("The army lost four bridges, Jane Doe, said.")] // a clause before a name does not describe her
    [InlineData("The plan was a framework for the talks, revealed in the United Nations charter.")] // a participle, not a speaker
    [InlineData("Yes, said Jane Doe.")] // no words to claim
    [InlineData("The few economists who warned of the crash were ignored.")] // the clause says which economists, it reports nothing
    [InlineData("The report that said the bridge was safe was withdrawn.")] // likewise
    [InlineData("Otis Redding, who wrote the song, died young.")] // a deed, not a report
    [InlineData("The mission, which told them to leave the bridge, withdrew.")] // an order, not a report
    [InlineData("After the storm I said the bridge would hold.")] // the narrator's "I" names no one
    [InlineData("I called my friend and told him the bridge was closed.")] // "and" ends no speaker phrase
    [InlineData("They wanted the poll This continued to puzzle them.")] // "This" ends no speaker phrase
    [InlineData("Sanctions were on the table, said Washington was considering them.")] // the name after the verb opens a clause of its own
    [InlineData("He can't believe the bridge was closed.")] // a stance, not a report
    [InlineData("Officials may confirm that the bridge was closed.")] // a possibility, not a report
    [InlineData("We believe the bridge was closed.")] // the narrator's "we" names no one
    [InlineData("As previously reported, the bridge was closed on Monday.")] // "As" is no speaker
    [InlineData("The bank held rates, with inflation warning signs everywhere.")] // no speaker and no "that" after "with"
    [InlineData("Viktor Orban left the room, saying nothing.")] // nothing said
    [InlineData("Troops of the army crossed the river, saying farewell to the town.")] // no known entity opens the sentence
    [InlineData("Lindner, leader of the Free Democrats, accused Scholz of betrayal.")] // Scholz is the accused, not the speaker
    [InlineData("Her teacher told her to go home and write an essay.")] // an order, not a report
    [InlineData("Voters in other states have more confidence in the courts.")] // "states" is a noun after "other"
    [InlineData("Prices continued to rise in March.")] // "continued" in its ordinary sense
    [InlineData("Police found the body of a man near the river.")] // "found" without a "that"
    [InlineData("What did the doctor say to the patient?")] // a question, not a report
    [InlineData("He cited rising costs as a reason for the delay.")] // cited as a reason, not as saying
    [InlineData("The ministry rejected claims that the election had been rigged.")] // "claims" is the object of "rejected"
    [InlineData("The ministry rejected claims that 300 soldiers were killed.")] // nor is the rejected figure anyone's
    [InlineData("The minister said on Friday.")] // when it was said, and nothing that was
    [InlineData("After the meeting he told them.")] // to whom it was said, and nothing that was
    [InlineData("Speaking to the BBC, the minister said late on Friday.")] // likewise, and the scene is not what was said
    [InlineData("The study showed the way forward.")] // "showed" mid-sentence without a "that"
    [InlineData("Official data showed a rise in prices in March.")] // records show a finding only with a "that"
    [InlineData("Asked whether he would resign, Johnson said.")] // the question is not what was said
    [InlineData("The council put the plan on hold for a year.")] // "put" without a figure
    [InlineData("The council put the plan at the centre of its campaign.")]
    [InlineData("Traffic from the port to Odesa was diverted by the army.")] // no document before "by"
    [InlineData("Volodymyr Zelenskyy left the studio in 2019, writing a book about his years in office.")] // "writing" without a "that"
    [InlineData("Fighting continued in the east of the country.")]
    [InlineData("The company added 300 jobs in March.")]
    [InlineData("Heavy rain added to the misery of residents.")]
    [InlineData("The river rose overnight, flooding the town and the farms.")] // no speaker opens the sentence
    [InlineData("The weather turned cold, saying goodbye to the summer.")] // "weather" speaks for no one
    [InlineData("Critics loved New Chance, The Children's Hour, reported the festival was a success.")] // a list of titles, not a description
    [InlineData("The government's claim that the vote was rigged was false.")] // "claim" the noun: after a possessive
    [InlineData("The Special Rapporteur report that the vote was rigged was withdrawn.")] // a singular subject takes "reports"
    [InlineData("The river supplies water to 40 million people in seven states and Mexico.")]
    [InlineData("Big Tobacco and 46 states signed a deal.")]
    [InlineData("States parties reports that are late will be reviewed first.")] // "reports" after a plural is a noun
    // Saying or claiming as a deed, not a statement.
    [InlineData("Residents said goodbye to the stadium.")]
    [InlineData("Easier said than done, the reforms will take years.")]
    [InlineData("The party claimed victory in the election.")]
    [InlineData("The group claimed responsibility for the attack.")]
    [InlineData("She claimed asylum in France.")]
    [InlineData("Mourners said a prayer for the victims.")]
    [InlineData("She said goodbye too many times before.")]
    public void Words_that_only_look_like_a_speaker_and_a_verb_make_no_claim(string text)
    {
        Assert.Empty(Claims(text));
    }

    [Theory]
    [InlineData("Some 1.5 million people had been displaced, said Stéphane Dujarric, a spokesperson for the UN, adding that supplies were on their way.",
        "Stéphane Dujarric", "Some 1.5 million people had been displaced", "supplies were on their way.")]
    [InlineData("Some 1.5 million people had been displaced, said Stéphane Dujarric, adding that supplies were on their way.",
        "Stéphane Dujarric", "Some 1.5 million people had been displaced", "supplies were on their way.")]
    [InlineData("A soldier has died of his wounds, South Korea's spy agency said on Friday, adding that it had learned of the death from an ally.",
        "National Intelligence Service", "A soldier has died of his wounds", "it had learned of the death from an ally.")]
    [InlineData("Prices will rise, the minister said, adding that wages would follow.", "minister", "Prices will rise", "wages would follow.")]
    [InlineData("The strike killed 12 people, officials said on Monday, saying the toll could rise.", "officials", "The strike killed 12 people", "the toll could rise.")]
    public void A_speaker_who_adds_more_after_the_content_makes_a_second_claim(string text, string speaker, string first, string second)
    {
        var claims = Claims(text);

        Assert.Equal([(speaker, first), (speaker, second)], claims.Select(c => (c.Claimant.Name, c.Text)));
    }

    [Theory]
    [InlineData("\"We don't expect to find anything material,\" he said, adding that the core business is \"very, very strong.\"",
        "the core business is \"very, very strong.\"")]
    [InlineData("\"The line is holding,\" the general said on Friday, adding that reinforcements had arrived.", "reinforcements had arrived.")]
    [InlineData("\"We will rebuild,\" the mayor said, saying the city had 40,000 displaced residents.", "the city had 40,000 displaced residents.")]
    [InlineData("\"Pledges are not payments,\" said Kate Phillips-Barrasso, vice-president of Mercy Corps, adding that the money never came.",
        "the money never came.")] // past a description of the speaker (review 8)
    [InlineData("\"We will not talk,\" he said, adding that the ministry said the bridge had been hit twice by missiles on Friday.",
        "the ministry said the bridge had been hit twice by missiles on Friday.")] // his claim, not a second, nested one
    public void What_the_speaker_of_a_quotation_goes_on_to_add_is_a_second_claim_of_theirs(string text, string added)
    {
        var claims = Claims(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(claims[0].Claimant, claims[1].Claimant);
        Assert.Equal(added, claims[1].Text);
    }

    [Theory]
    [InlineData("\"We will rebuild,\" she said, adding nothing.")]
    [InlineData("\"We will rebuild,\" the mayor said on a long visit to the flooded town, adding that aid was coming.")] // too far from the verb
    [InlineData("\"We will rebuild,\" the mayor said, leaving the town hall by the back door.")] // no reporting verb
    [InlineData("\"We will rebuild,\" said Jane Doe, the mayor, on a visit, adding that aid was coming.")] // past more than one comma
    [InlineData("The mayor said, \"Warning the public early saves lives, and we will do it.\"")] // the quotation follows its verb
    public void A_quotation_adds_no_claim_without_a_reporting_verb_close_after_its_attribution(string text)
    {
        Assert.Single(Claims(text));
    }

    [Theory]
    [InlineData("He left the room, she said, adding nothing.", "He left the room")] // nothing added
    [InlineData("The minister said prices would rise, adding that wages would follow.", "prices would rise, adding that wages would follow.")] // the verb leads
    [InlineData("The strike killed 12 people, officials said on Monday, leaving the building by the back door.", "The strike killed 12 people")] // no reporting verb
    public void Adding_after_a_comma_is_a_second_claim_only_close_after_a_speaker_who_follows_the_content(string text, string content)
    {
        Assert.Equal(content, Assert.Single(Claims(text)).Text);
    }

    [Theory]
    [InlineData("The health ministry's latest figures, published on Tuesday, listed 3,381 suspected cases and 97 deaths.", "health ministry", "3,381 suspected cases and 97 deaths.")]
    [InlineData("The health ministry's figures showed 97 deaths.", "health ministry", "97 deaths.")]
    [InlineData("Figures from the health ministry showed 97 deaths.", "health ministry", "97 deaths.")]
    [InlineData("Census figures from the statistics office counted 1,200 residents.", "statistics office", "1,200 residents.")]
    [InlineData("The WHO's latest data, released on Friday, put the toll at 130.", "World Health Organization", "the toll at 130.")]
    public void Records_that_open_a_sentence_give_what_follows_their_verb_and_their_maker_speaks(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("Figures showed 97 deaths.")] // records of no one
    [InlineData("The ministry's figures showed the way forward.")] // no figure follows
    [InlineData("Even before Estrada's conviction, opinion polls showed 48 percent wanted clemency.")] // Estrada made no poll
    [InlineData("The ministry's figures were published, and it showed 97 deaths.")] // not the records' own verb
    [InlineData("The film's figures showed 97 deaths.")] // a film is no source
    public void Records_of_no_source_or_that_show_no_figure_name_no_speaker(string text)
    {
        Assert.All(Claims(text), c => Assert.False(c.Claimant.IsAttributed));
    }

    [Fact]
    public void A_judge_of_a_court_speaks_rather_than_the_court()
    {
        var claim = Only("Judge Maria De La Cruz Whitfield of the Eastern District of Texas said the rule was unlawful.");

        Assert.Equal("Maria De La Cruz Whitfield", claim.Claimant.Name);
    }

    [Theory]
    [InlineData("Officials said 81 people were killed, nearly 1,900 families were left homeless.")]
    [InlineData("Officials said 81 people had been killed and nearly 1,900 families had been displaced.")]
    public void A_verb_before_a_comma_or_an_and_says_nothing_of_the_figure_after_it(string text)
    {
        var figures = Only(text).Figures;

        Assert.Equal(["killed", "displaced"], figures.Select(f => f.SubjectKey));
    }

    [Theory]
    [InlineData("Police now say 198 people remain in custody; the alliance puts the number of detained at more than 300.",
        "Police|198:captured; alliance|more than 300:captured")]
    [InlineData("Police said 40 protesters were still in police custody.", "Police|40:captured")]
    [InlineData("The toll was put at 27 by the Lualaba provincial mines division.", "Lualaba provincial mines division|27:killed")]
    [InlineData("Police said 12 people had died and they were investigating reports that 20 more were missing.", "Police|12:killed")]
    [InlineData("Officials are investigating reports that 20 people died in the fire.", "")] // reports no one names
    [InlineData("The death toll from the collapse has risen to 27, the provincial mines division said on Thursday.", "provincial mines division|27:killed")]
    [InlineData("According to Testville district prefect Nilda Ramos, 30 people were injured in the blast.", "Nilda Ramos|30:wounded")]
    [InlineData("Peru's civil defence institute ended its search on Wednesday, putting the final toll at 41 dead.", "Peru's civil defence institute|41:killed")]
    [InlineData("The ministry ended its search on Wednesday, putting the final toll at 41 dead.", "the ministry|41:killed")]
    [InlineData("HUARAZ – Peru's civil defence institute ended its search on Wednesday, putting the final toll at 41 dead.", "Peru's civil defence institute|41:killed")]
    [InlineData("Portugal's civil protection authority declared the fire under control, putting the final toll at three dead.", "Portugal's civil protection authority|three:killed")]
    [InlineData("The civil protection authority declared the fire under control, putting the final toll at three dead.", "civil protection authority|three:killed")]
    [InlineData("The army withdrew on Monday, putting the blame on the rebels for the attack.", "")] // no figure put
    [InlineData("The ministry revised the toll down to 31 from 34, saying three bodies had been counted twice.", "the ministry|31:killed,three:other")]
    [InlineData("The ministry revised the toll down to 31 from 34, saying three bodies had been counted at both the morgue and the site.", "the ministry|31:killed,three:other")]
    public void Each_source_keeps_its_own_count(string text, string expected)
    {
        var claims = Claims(text);

        Assert.Equal(expected, Summary(claims));
    }

    [Fact]
    public void A_count_revised_down_keeps_who_it_counts_and_no_parenthetical_speaker()
    {
        var claim = Only("East Java police on Tuesday revised the number of people arrested down to 198 from 212, after releasing 14 who they said were bystanders.");

        Assert.Equal("East Java police", claim.Claimant.Name);
        Assert.Equal(("people arrested", "captured"), (claim.Figures[0].Subject, claim.Figures[0].SubjectKey));
    }

    [Fact]
    public void A_text_opening_in_lower_case_before_a_gerund_cue_is_read()
    {
        Assert.NotNull(Claims("hundreds fled the town on Monday, saying the army had left the valley."));
    }

    [Fact]
    public void A_country_s_body_that_opens_the_sentence_speaks_through_its_gerund()
    {
        var claim = Only("South Korea's military has been monitoring these developments closely, reporting signs that North Korea is preparing more forces.");

        Assert.Equal(("South Korea's military", "North Korea is preparing more forces."), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("a tourist from Busan, South Korea")]
    [InlineData("a 34-year-old tourist from Busan, South Korea")]
    [InlineData("two students from South Korea")]
    [InlineData("a South Korean engineer")]
    [InlineData("two South Korean tourists")]
    public void Where_someone_in_the_story_comes_from_is_not_the_story_s_country(string origin)
    {
        var claims = Claims($"\"At least 25 people are dead,\" Governor Maria Teresa Fajardo-Lacson said. \"The water came in so fast,\" said Lee Soo-jin, {origin}.");

        Assert.Equal(("Maria Teresa Fajardo-Lacson", null), (claims[0].Claimant.Name, claims[0].Claimant.Country));
        Assert.Equal("South Korea", Claims("\"At least 25 people are dead,\" Governor Maria Teresa Fajardo-Lacson said. The ferry sailed from Busan, South Korea.")[0].Claimant.Country);
        Assert.Equal("South Korea", Claims("\"At least 25 people are dead,\" Governor Maria Teresa Fajardo-Lacson said. She met a South Korean official.")[0].Claimant.Country);
        Assert.Equal("South Korea", Claims("\"At least 25 people are dead,\" Governor Maria Teresa Fajardo-Lacson said. She met a South Korean diplomat.")[0].Claimant.Country);
        Assert.Equal("South Korea", Claims("\"At least 25 people are dead,\" Governor Maria Teresa Fajardo-Lacson said. South Korean soldiers searched the bay.")[0].Claimant.Country);
    }

    [Theory]
    [InlineData("The council gave a higher figure. NDRRMC executive director Undersecretary Ricardo Macapagal Ilagan said 26 people had died.", "NDRRMC")]
    [InlineData("The fire spread, ANEPC commander Duarte Gonçalves Pereira told reporters.", "ANEPC")]
    [InlineData("Ricardo Ilagan, executive director of the NDRRMC, said 26 people had died.", "NDRRMC")]
    [InlineData("The NDRRMC's executive director, Ricardo Ilagan, said 26 people had died.", "NDRRMC")]
    [InlineData("A spokeswoman for the World Health Organization, Jane Doe, said 40 people had died.", "World Health Organization")]
    [InlineData("Jane Doe, a spokeswoman for the NDMA, said 40 people had died.", "NDMA")]
    [InlineData("NDMA deputy Jane Doe said 40 people had died.", "NDMA")]
    [InlineData("The search was led by Basarnas. Basarnas chief Air Marshal Hendra Kusuma Wijaya said 31 bodies had been recovered.", "Basarnas")]
    [InlineData("The WHO's Jane Doe said 40 people had died.", "World Health Organization")]
    [InlineData("Jane Doe said 40 people had died.", null)]
    [InlineData("Jane Doe, a US official, said 40 people had died.", null)] // a country is no body
    [InlineData("HSBC economist Jane Doe said prices rose.", null)] // a firm's analyst gives her own view
    [InlineData("In Rome, Deputy Economics Minister Mario Baldassarri said prices rose.", null)] // titles, not a body
    [InlineData("Two airlines flew the Concorde Executive producer Johnathan Schwartz said it was hard.", null)] // a name run into the titles
    [InlineData("The NDMA said so. Jane Doe said 40 people had died.", null)] // a body named nearby is not hers
    [InlineData("Russ Mould, investment director at AJ Bell, said shares fell.", null)] // an analyst's view, not the firm's
    public void A_person_described_as_a_body_s_officer_speaks_for_it(string text, string? body)
    {
        Assert.Equal(body, Claims(text)[^1].Claimant.SpeaksFor);
    }

    [Theory]
    [InlineData("\"It is not true that our train was speeding,\" the company's managing director, Friederike zu Lützow, said.", "Friederike zu Lützow")]
    [InlineData("\"We will cooperate,\" said Hans zu Salm-Reifferscheidt, the company's chairman.", "Hans zu Salm-Reifferscheidt")]
    [InlineData("\"We will cooperate,\" said Anna vom Stein.", "Anna vom Stein")]
    [InlineData("The director, Maria da Silva, said it was not true.", "Maria da Silva")]
    public void Particles_join_a_name_also_after_a_description(string text, string claimant)
    {
        Assert.Equal(claimant, Only(text).Claimant.Name);
    }

    [Fact]
    public void A_run_of_letters_longer_than_any_word_is_no_part_of_the_speaker()
    {
        var claim = Claims("The storm hit. Pneumono" + new string('x', 3000) + " The governor of Trelawny said 6 people died.")[^1];

        Assert.Equal("governor of Trelawny", claim.Claimant.Name);
    }

    [Theory]
    [InlineData("In Brazil, the Civil Defense said 19 people had died.", "Brazil")]
    [InlineData("In Brazil, the state Civil Protection said 19 people had died.", "Brazil")]
    [InlineData("In Brazil, civil society groups said 19 people had died.", null)]
    public void A_civil_defence_is_of_the_country_it_serves(string text, string? country)
    {
        Assert.Equal(country, Claims(text)[^1].Claimant.Country);
    }

    [Fact]
    public void A_person_speaks_for_their_body_each_time_the_article_quotes_them()
    {
        var claims = Claims("NDRRMC executive director Ricardo Ilagan said 26 people had died. \"Both counts will converge,\" Ilagan said.");

        Assert.Equal(["NDRRMC", "NDRRMC"], claims.Select(c => c.Claimant.SpeaksFor));
        var twoBodies = Claims("Jane Doe, a spokeswoman for the NDMA, said 40 had died. Jane Doe, a spokeswoman for the WHO, said 50 had died. \"We are sure,\" Doe said.");
        Assert.Equal(["NDMA", "World Health Organization", null], twoBodies.Select(c => c.Claimant.SpeaksFor)); // described as speaking for two: for neither
    }

    [Theory]
    [InlineData("Ramesh Tripathi, superintendent of the hospital, said 62 people had died.", "Ramesh Tripathi")]
    [InlineData("Dr. Ramesh Chandra Tripathi, chief medical superintendent of the Banda district hospital, said 62 bodies had been brought to its mortuary.", "Ramesh Chandra Tripathi")]
    [InlineData("Anna Weber, the coroner, said 62 people had died.", "Anna Weber")]
    [InlineData("KNKT investigator Nurcahyo Utomo said 62 people had died.", "Nurcahyo Utomo")]
    [InlineData("Dr. Ramesh Chandra Tripathi of the Banda district hospital said the mortuary had received 62 bodies.", "Ramesh Chandra Tripathi")]
    [InlineData("A doctor of the Banda district hospital said 62 people had died.", "doctor of the Banda district hospital")]
    public void Who_counts_the_dead_is_a_person_by_their_role(string text, string claimant)
    {
        Assert.Equal(claimant, Only(text).Claimant.Name);
    }

    [Theory]
    [InlineData("The party, which put the toll at more than 200, said it would petition the court.", "party|more than 200:killed; party|")]
    [InlineData("The ministry, which said 200 soldiers had been killed, said it would appeal.", "the ministry|200:killed; the ministry|")]
    [InlineData("Rescuers searched the valley, according to the state Civil Defense, which put the death toll at 31.", "Civil Defense|; Civil Defense|31:killed")]
    [InlineData("The party repeated its claim that more than 200 people had died.", "party|more than 200:killed")]
    [InlineData("The party maintained its estimate that more than 200 people had died.", "party|more than 200:killed")]
    public void A_source_s_figure_in_a_clause_about_it_or_restated_as_its_claim_is_its_own(string text, string claims)
    {
        Assert.Equal(claims, Summary(Claims(text)));
    }

    [Fact]
    public void A_claim_after_a_source_s_acronym_in_brackets_begins_after_the_bracket()
    {
        var claim = Only("According to the National Disaster Management Authority (NDMA), 110 people died of heat in the state last year.");

        Assert.Equal("110 people died of heat in the state last year.", claim.Text);
    }

    [Theory]
    [InlineData("The toll was revised down to 38 from 41 by the health department.", "health department|38:killed")]
    [InlineData("The number of people on board was revised down to 158 from 163 by police.", "police|158:other")]
    [InlineData("The death toll was raised to 23 by the coast guard on Monday.", "coast guard|23:killed")]
    public void A_count_revised_in_the_passive_is_its_reviser_s(string text, string claim)
    {
        Assert.Equal(claim, Summary(Claims(text)));
    }

    [Fact]
    public void A_body_named_by_its_kind_is_the_speaker_of_that_kind_before_it()
    {
        var claims = Claims("At least seven people were killed, the state civil defense agency said. About 3,000 residents were evacuated, the agency said. "
            + "The council met. The council said 40 homes were lost.");

        Assert.Equal(["state civil defense agency", "state civil defense agency", "council"], claims.Select(c => c.Claimant.Name));
    }

    [Fact]
    public void What_a_count_is_set_beside_is_no_claim_of_whoever_reported_it()
    {
        var claims = Claims("Six people were killed in Tuesday's train collision near Riedlingen, Baden-Württemberg's interior minister, "
            + "Thomas von der Heyde-Strasser, said on Wednesday, one more than the Federal Police had reported an hour earlier.");

        Assert.Equal("Thomas von der Heyde-Strasser|Six:killed", Summary(claims));
    }

    [Theory]
    [InlineData("The activists were denied bail on Monday.")]
    [InlineData("SIMI functionaries denied bail")]
    [InlineData("The ministry denied a visa to the reporter.")]
    public void Denying_bail_or_a_visa_refuses_it_and_reports_nothing(string text)
    {
        Assert.Empty(Claims(text));
    }

    [Fact]
    public void A_count_raised_as_it_is_the_source_s_new_count()
    {
        var claims = Claims("The ministry said 80 people had died in the floods. The ministry later raised it to 92.");

        Assert.Equal(["the ministry|80:killed", "the ministry|92:killed"],
            claims.Select(c => c.Claimant.Name + "|" + string.Join(",", c.Figures.Select(f => f.Quantity.Text + ":" + f.SubjectKey))));
        Assert.Empty(Claims("The club raised it to 300 from 250."));
    }

    [Fact]
    public void A_pronoun_after_a_preposition_and_a_relative_word_reports()
    {
        Assert.Contains(Claims("The minister wrote a letter in which he said the war was over."), c => c.Text == "the war was over.");
    }

    [Theory]
    [InlineData("Police estimated the crowd at 15,000.", "15,000:crowd")]
    [InlineData("Organisers said more than 80,000 people marched through the city centre.", "more than 80,000:crowd")]
    [InlineData("Organisers said a crowd of 80,000 had gathered outside the governor's office.", "80,000:crowd")]
    [InlineData("Police said 212 protesters had been arrested after 80,000 people marched.", "212:captured,80,000:crowd")]
    [InlineData("Officials said the winter of 1991-1992 demonstrated how fragile the herds were.", "1991-1992:other")] // no people
    public void A_protest_s_size_is_counted_as_its_crowd(string text, string figures)
    {
        Assert.Equal(figures, string.Join(",", Only(text).Figures.Select(f => f.Quantity.Text + ":" + f.SubjectKey)));
    }

    [Theory]
    [InlineData("At least 45 people are still missing, the coastguard said.", "At least 45:missing")]
    [InlineData("The coastguard said 12 passengers remain unaccounted for.", "12:missing")]
    [InlineData("The navy said 18 crew members were reported missing.", "18:missing")]
    [InlineData("The hotel said 40 guests were unaccounted for.", "40:missing")]
    [InlineData("Authorities said 12 Filipinos were missing after the ferry capsized.", "12:missing")]
    [InlineData("Police said 30 people were killed and 14 were missing.", "30:killed,14:missing")]
    [InlineData("Officials said the number of dead or missing had risen to 120.", "120:killed-or-missing")]
    [InlineData("The ministry said 2,000 files were missing from the archive.", "2,000:other")] // no people
    [InlineData("The agency said 30 missing documents had been recovered.", "30:other")]
    [InlineData("Rescuers said three missing children were found alive.", "three:other")] // no longer missing
    [InlineData("The number of missing was put at 49 by the disaster council.", "49:missing")]
    [InlineData("The coast guard said 57 people were still missing and 211 rescued.", "57:missing,211:other")] // the rescued are another count
    public void People_still_missing_are_a_count_of_their_own(string text, string figures)
    {
        Assert.Equal(figures, string.Join(",", Only(text).Figures.Select(f => f.Quantity.Text + ":" + f.SubjectKey)));
    }

    [Theory]
    [InlineData("Twenty-three people have been treated for injuries, four of them seriously, the authority said.", "Twenty-three:wounded,four:other")]
    [InlineData("The authority said 31 people were treated for burns.", "31:wounded")]
    [InlineData("Eleven people were treated for smoke inhalation, he said.", "Eleven:wounded")]
    [InlineData("The authority said 31 people were treated for shock.", "31:other")]
    [InlineData("About 1,100 firefighters, backed by 14 water-bombing aircraft, have been deployed, the authority said.", "About 1,100:deployed,14:other")]
    [InlineData("About 1,100 firefighters, many of them volunteers, have been deployed, the authority said.", "About 1,100:other")] // no participle opens the aside
    [InlineData("The mayor said 74 homes had been destroyed.", "74:destroyed")]
    [InlineData("The fire destroyed 86 homes, the mayor said.", "86:destroyed")]
    [InlineData("The mayor said 300 houses were damaged.", "300:damaged")]
    [InlineData("The authority said it had confirmed 41 permanent homes destroyed.", "41:destroyed")]
    [InlineData("The mayor put the number of homes destroyed at 74, while the civil protection authority puts it at 41.", "74:destroyed,41:destroyed")]
    [InlineData("Police said the blast damaged 40 cars.", "40:other")] // no dwellings
    [InlineData("The mayor said 1,450 people had left their homes.", "1,450:displaced")]
    public void What_a_fire_left_is_counted_by_its_kind(string text, string figures)
    {
        Assert.Equal(figures, string.Join(",", Claims(text).SelectMany(c => c.Figures).Select(f => f.Quantity.Text + ":" + f.SubjectKey)));
    }

    [Theory]
    [InlineData("Deaths attributed to the heat rose to 41, the health ministry said.", "41:killed:Deaths")]
    [InlineData("The state health department said deaths had risen to 41 from 34.", "41:killed:deaths")]
    [InlineData("Fatalities climbed to 41, the ministry said.", "41:killed:Fatalities")]
    [InlineData("The number of heat deaths rose to 41, the ministry said.", "41:killed:heat deaths")]
    [InlineData("The bodies of 12 people were pulled from the mud, firefighters said.", "12:killed:people")]
    [InlineData("Mortuaries have received 149 bodies, hospital officials said.", "149:killed:bodies")]
    [InlineData("The ministry said it had received 909 bodies in the exchange.", "909:other:bodies")] // bodies handed over, not a toll
    [InlineData("A review committee found that three people had died of other causes.", "three:other:people died")] // taken off a toll
    [InlineData("The ministry said three people had died of heatstroke.", "three:killed:people died")]
    public void A_toll_told_as_deaths_that_rose_or_as_bodies_is_of_the_killed(string text, string figure)
    {
        Assert.Equal(figure, string.Join(",", Claims(text).SelectMany(c => c.Figures).Select(f => f.Quantity.Text + ":" + f.SubjectKey + ":" + f.Subject)));
    }

    [Fact]
    public void Each_of_two_sources_given_for_two_figures_vouches_for_its_own_and_only_for_the_relative_clause()
    {
        var claims = Claims("Egyptian prosecutors have detained nine people over the crush, which killed 19 people according to the health ministry and 17 according to the interior ministry.");

        Assert.Equal(["health ministry|which killed 19 people|19:killed:people killed", "interior ministry|17|17:killed:people killed"],
            claims.Select(c => $"{c.Claimant.Name}|{c.Text}|{string.Join(",", c.Figures.Select(f => $"{f.Quantity.Text}:{f.SubjectKey}:{f.Subject}"))}"));
        Assert.Contains("11,000", Assert.Single(Claims("The ministry has 11,000 staff, which it calls civil servants, according to the union.")).Text);
    }

    [Fact]
    public void A_clause_with_its_figure_after_a_passive_s_source_is_the_same_source_s()
    {
        var claims = Claims("The death toll was put at 17 by the coast guard on Sunday, with 57 people still missing and 211 rescued.");

        Assert.Equal(["coast guard|The death toll was put at 17", "coast guard|57 people still missing and 211 rescued."], claims.Select(c => c.Claimant.Name + "|" + c.Text));
        Assert.Single(Claims("The death toll was put at 17 by the coast guard on Sunday, with rain falling."));
    }

    [Fact]
    public void A_clause_joined_after_a_trailing_according_to_is_the_same_source_s()
    {
        var claims = Claims("The fire had burned 9,800 hectares by Monday morning, according to the authority, and 1,450 people had left their homes.");

        Assert.Equal(["authority|The fire had burned 9,800 hectares by Monday morning", "authority|1,450 people had left their homes."],
            claims.Select(c => c.Claimant.Name + "|" + c.Text));
    }

    [Fact]
    public void People_who_remain_in_custody_are_the_held_not_the_remaining()
    {
        var figure = Assert.Single(Only("Police said 198 people remain in custody.").Figures);

        Assert.Equal(("people", "captured"), (figure.Subject, figure.SubjectKey));
        Assert.Equal("other", Assert.Single(Only("Police said 198 people remain in").Figures).SubjectKey); // the text's last word
    }

    [Theory]
    [InlineData("Thirteen people have been confirmed dead in the fire, the sheriff said.", "killed")]
    [InlineData("Officials said 20 people were reported killed.", "killed")]
    [InlineData("Police said 20 people were found dead in the house.", "killed")]
    public void A_count_of_the_dead_is_read_however_their_deaths_are_known(string text, string kind)
    {
        var figure = Assert.Single(Only(text).Figures);

        Assert.Equal(kind, figure.SubjectKey);
    }

    [Theory]
    [InlineData("The agency said 300 children under five had died of malnutrition.", "300", "killed")]
    [InlineData("The ministry said 45 children aged 5 to 14 were killed in the strike.", "45", "killed")]
    [InlineData("Officials said 80 people over 65 years old were injured.", "80", "wounded")]
    [InlineData("The agency said 2,000 children under the age of five were infected with cholera.", "2,000", "cases")]
    public void An_age_between_a_count_and_what_happened_to_them_leaves_the_count_its_kind(string text, string count, string kind)
    {
        var figure = Assert.Single(Only(text).Figures);

        Assert.Equal((count, kind), (figure.Quantity.Text, figure.SubjectKey));
    }

    [Theory]
    [InlineData("The wildfire killed one person, the fire service said.", "one", "killed")]
    [InlineData("One soldier was wounded in the attack, the army said.", "One", "wounded")]
    [InlineData("The fire spread, forcing about 30,000 residents to evacuate, the fire service said.", "about 30,000", "evacuated")]
    [InlineData("The storm forced 20,000 people to flee their homes, officials said.", "20,000", "displaced")]
    [InlineData("About 200 people were forced to flee, officials said.", "About 200", "displaced")]
    [InlineData("Some 50,000 people fled the fighting, the agency said.", "Some 50,000", "displaced")]
    [InlineData("The war has displaced about 12 million, the agency said.", "about 12 million", "displaced")]
    [InlineData("The army has evacuated 3,000 from the town, officials said.", "3,000", "evacuated")]
    [InlineData("Rescue teams have recovered 41 bodies from the collapsed slag dump, the DMMU said.", "41", "killed")]
    [InlineData("Divers pulled 12 bodies from the water, the coast guard said.", "12", "killed")]
    [InlineData("Some 41 bodies had been handed over to relatives, the police said.", "Some 41", "other")]
    [InlineData("The team recovered 41 boxes from the site, the police said.", "41", "other")]
    [InlineData("Troops hunted more than 100 prisoners who escaped from the jail, officials said.", "more than 100", "other")]
    [InlineData("The prison held 300 prisoners, officials said.", "300", "captured")]
    [InlineData("Officials said 40 prisoners of war were freed.", "40", "other")]
    [InlineData("Officials said 40 prisoners of war were held in the camp, which was freed of mines.", "40", "captured")] // beyond the clause's first words
    [InlineData("Officials said 36 inmates were recaptured.", "36", "captured")]
    [InlineData("Officials said 36 people were arrested and later escaped.", "36", "captured")] // an arrest is told
    public void Counts_of_one_person_and_of_people_made_to_leave_are_read(string text, string count, string kind)
    {
        var figure = Assert.Single(Only(text).Figures);

        Assert.Equal((count, kind), (figure.Quantity.Text, figure.SubjectKey));
    }

    [Theory]
    [InlineData("One of the soldiers was wounded, the army said.")]
    [InlineData("Who was the one person you would dine with, the host asked.")]
    [InlineData("It was a one man show, the critic said.")]
    public void One_that_is_no_count_of_people_is_no_figure(string text)
    {
        Assert.Empty(QuantityParser.Parse(text));
    }

    [Fact]
    public void Words_after_the_count_that_are_no_age_stay_in_what_it_counts()
    {
        var figure = Assert.Single(Only("Police said 12 people over there were arrested.").Figures);

        Assert.Equal(("people over there arrested", "captured"), (figure.Subject, figure.SubjectKey));
    }

    [Fact]
    public void A_bound_after_not_is_the_speaker_s_own()
    {
        var figure = Assert.Single(Only("Officials said not more than 16 people were killed.").Figures);

        Assert.Equal("more than 16", figure.Quantity.Text);
    }

    [Theory]
    [InlineData("Officials said 16 people were killed in the blaze, up from 10 dead a day earlier.")]
    [InlineData("Officials said 16 people were killed, compared with 10 last year.")]
    [InlineData("Officials said 16 people were killed, up from about 10 a day earlier.")]
    [InlineData("Officials said the number of people killed rose to 16 from 10 on Friday.")]
    [InlineData("Officials said the number of people killed stood at 16, not 10.")]
    public void A_count_the_figure_changed_from_is_not_claimed_now(string text)
    {
        var figure = Assert.Single(Only(text).Figures);

        Assert.Equal("16", figure.Quantity.Text);
    }

    [Theory]
    [InlineData("Floods hit Bangladesh on Monday. The ministry said 42 people were killed.", "the ministry", "Bangladesh")]
    [InlineData("Floods hit Bangladesh. At least 42 people were killed, officials said.", "officials", "Bangladesh")]
    [InlineData("Floods hit Bangladesh. Enamur Rahman, the minister for disaster management, said 38 people were killed.", "Enamur Rahman", "Bangladesh")]
    [InlineData("Thirty-eight people died in Bangladesh, Enamur Rahman, the minister of state for disaster management, said in a statement.", "Enamur Rahman", "Bangladesh")]
    [InlineData("Floods hit Bangladesh, the BBC reported. Officials said 42 people were killed.", "Officials", "Bangladesh")] // a broadcaster is no place
    [InlineData("Floods hit Bangladesh and Myanmar. Officials said 42 people were killed.", "Officials", null)] // neither country most of the places
    [InlineData("Floods hit Bangladesh. Rain fell on Bangladesh. In Myanmar, the information ministry said 14 people were killed.", "information ministry", "Myanmar")] // its sentence's place
    [InlineData("Floods hit Bangladesh. Rain fell on Bangladesh. Officials said 14 people were killed in Myanmar and India.", "Officials", null)] // its sentence names two
    [InlineData("Floods hit Nigeria. In Benin, the health ministry said two cases were found near the Nigerian border.", "health ministry", "Benin")] // where the sentence opens
    [InlineData("Floods hit Nigeria. In Benin, health officials said two cases were found near the Nigerian border.", "health officials", "Benin")]
    [InlineData("Floods hit Nigeria. Rain fell on Nigeria. In Benin and Togo, the health ministry said two cases were found near Lagos.", "health ministry", null)] // two opening countries: not one ministry
    [InlineData("A ferry sank off Greece. The coastguard said 45 passengers were missing.", "coastguard", "Greece")]
    [InlineData("A ferry sank off Greece. The coast guard said 45 passengers were missing.", "coast guard", "Greece")]
    [InlineData("A ferry sank off Greece. The navy said 45 passengers were missing.", "navy", "Greece")]
    [InlineData("A fire swept through Athens. The fire brigade said 12 people were killed.", "fire brigade", "Greece")]
    [InlineData("A ferry sank off the Philippines. The national disaster council said 21 people had died.", "national disaster council", "Philippines")]
    [InlineData("A ferry sank off the Philippines. The National Disaster Risk Reduction and Management Council said 21 people had died.",
        "National Disaster Risk Reduction and Management Council", "Philippines")]
    [InlineData("Floods hit Bangladesh. The electoral commission said 42 polling stations were shut.", "electoral commission", "Bangladesh")]
    [InlineData("Floods hit Bangladesh. The Commission said 42 people were killed.", "Commission", null)] // an international body's
    [InlineData("Floods hit Bangladesh. The civil protection service said 42 people were killed.", "civil protection service", "Bangladesh")]
    [InlineData("Floods hit Bangladesh. The news service said 42 people were killed.", "news service", null)]
    [InlineData("Floods hit Bangladesh. The Special Commission said 42 people were killed.", "Special Commission", null)]
    [InlineData("Floods hit Bangladesh. Analysts said 42 people were killed.", "Analysts", null)] // not a state's speaker
    [InlineData("Floods hit Bangladesh. Russ Mould said 42 people were killed.", "Russ Mould", null)]
    public void A_state_s_speaker_naming_no_country_is_of_the_country_of_the_article_s_places(string text, string claimant, string? country)
    {
        var claim = Claims(text)[^1];

        Assert.Equal((claimant, country), (claim.Claimant.Name, claim.Claimant.Country));
    }

    [Theory]
    [InlineData("Kazakhstan promised to cut output, a delegate said.", "delegate", "Kazakhstan promised to cut output")]
    [InlineData("Output will rise by 411,000 barrels a day, delegates said on Saturday, the fourth rise since April.", "delegates", "Output will rise by 411,000 barrels a day")]
    [InlineData("Mike Roman, 3M's chief executive, said the settlement was an important step.", "Mike Roman", "the settlement was an important step.")]
    [InlineData("The National Federation of Independent Business, one of the plaintiffs, said its members would cut jobs.", "National Federation of Independent Business", "its members would cut jobs.")]
    [InlineData("The Party of Socialists, part of the Patriotic bloc, said the cabinet had been chosen abroad.", "Party of Socialists", "the cabinet had been chosen abroad.")]
    public void Delegates_and_names_described_after_them_speak(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("A diplomat said nothing.")]
    [InlineData("The diplomat said nothing about the toll on Friday.")]
    [InlineData("The ministry said little more.")]
    public void Saying_nothing_claims_nothing(string text)
    {
        Assert.Empty(Claims(text));
    }

    [Fact]
    public void Saying_that_nothing_happened_is_a_claim()
    {
        Assert.Equal("nothing had changed.", Only("The diplomat said nothing had changed.").Text);
    }

    [Theory]
    [InlineData("Officials said the death toll stood at 42.", "killed")]
    [InlineData("The toll was 57, the ministry of health said.", "killed")]
    [InlineData("The number of injured rose to 530, according to the ministry.", "wounded")]
    [InlineData("The information ministry put the death toll in Rakhine state at 14.", "killed")]
    [InlineData("The number of dead civilians stood at 40, officials said.", "killed")]
    [InlineData("The storm took a heavy toll on the region and aid reached 30 villages, officials said.", "other")] // not across "and"
    [InlineData("The number of attacks was 40, officials said.", "other")]
    public void A_toll_or_number_named_before_the_figure_is_what_it_counts(string text, string kind)
    {
        var figure = Assert.Single(Only(text).Figures);

        Assert.Equal(kind, figure.SubjectKey);
    }

    [Theory]
    [InlineData("At least 412 people were injured, district administrator Mohammad Imran told reporters.", "Mohammad Imran")]
    [InlineData("At least 412 people were injured, the administrator told reporters on Friday.", "administrator")]
    [InlineData("At least 412 people were injured, Ana Lima told the BBC.", "Ana Lima")]
    [InlineData("At least 412 people were injured, Ana Lima told them.", "Ana Lima")]
    public void Told_with_only_its_audience_after_it_claims_what_came_before(string text, string claimant)
    {
        var claim = Only(text);

        Assert.Equal((claimant, "At least 412 people were injured"), (claim.Claimant.Name, claim.Text));
        Assert.Equal("wounded", Assert.Single(claim.Figures).SubjectKey);
    }

    [Fact]
    public void What_is_told_to_a_named_audience_starts_after_it()
    {
        Assert.Equal("the toll was 3.", Only("Ana Lima told the BBC the toll was 3.").Text);
        Assert.Empty(Claims("Ana Lima told the BBC."));
    }

    [Theory]
    [InlineData("The army deployed 10 000 troops, the ministry said.", "10 000", 10_000)]
    [InlineData("The army deployed 10\u00A0000 troops, the ministry said.", "10 000", 10_000)] // the text is normalised first
    [InlineData("The army deployed 1 250 000 troops, the ministry said.", "1 250 000", 1_250_000)]
    [InlineData("In 2023 100 troops were deployed, the ministry said.", "100", 100)] // a year is no group of thousands
    public void Thousands_set_apart_by_a_space_are_one_figure(string text, string written, double value)
    {
        var figure = Assert.Single(Only(System.Text.RegularExpressions.Regex.Unescape(text)).Figures);

        Assert.Equal((System.Text.RegularExpressions.Regex.Unescape(written), value), (figure.Quantity.Text, figure.Quantity.Low));
    }

    [Theory]
    [InlineData("Ukraine's general staff said Russia had lost about 1,200 troops in the past day.", "killed-or-wounded")]
    [InlineData("Ukraine's general staff said Russia had lost 40 tanks in the past day.", "other")]
    public void People_lost_in_a_war_are_counted_as_its_casualties_and_equipment_is_not(string text, string kind)
    {
        var figure = Assert.Single(Only(text).Figures);

        Assert.Equal(kind, figure.SubjectKey);
    }

    [Fact]
    public void He_refers_back_to_a_head_of_state_named_by_surname_only()
    {
        var claims = Claims("Biden pledged more aid to Kyiv. He said 500 troops would be deployed.");

        var claim = Assert.Single(claims, c => c.Cue == "said");
        Assert.Equal(("Joe Biden", "person/Joe Biden", "United States"), (claim.Claimant.Name, claim.Claimant.Entity, claim.Claimant.Country));
    }

    [Fact]
    public void A_quote_followed_by_its_speaker_is_claimed_by_the_speaker()
    {
        var claim = Only("\"We will not give up a single village,\" the mayor of Kharkiv said.");

        Assert.Equal("mayor of Kharkiv", claim.Claimant.Name);
        Assert.Equal(ClaimExtractor.QuoteRule, claim.Rule);
        Assert.StartsWith("We will not give up", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"We will not,\" he said, \"back down in the face of threats.\"", "We will not back down in the face of threats.")]
    [InlineData("\"It was,\" Jane Doe said after the match, \"the best night of my life.\"", "It was the best night of my life.")]
    public void A_quote_broken_off_for_its_speaker_and_taken_up_again_is_one_claim(string text, string content)
    {
        Assert.Equal(content, Only(text).Text);
    }

    [Fact]
    public void A_quote_taken_up_again_keeps_only_the_figures_of_the_quotes()
    {
        var claim = Only("\"We will not,\" said Tomas Brandt, who commands 3,000 troops, \"back down in the face of 40 tanks.\"");

        Assert.Equal("We will not back down in the face of 40 tanks.", claim.Text);
        Assert.Equal(["40"], claim.Figures.Select(f => f.Quantity.Text));
    }

    [Fact]
    public void An_auxiliary_before_a_comma_asks_no_question()
    {
        var claim = Only("The plan will, the minister said, cost 3 billion euros.");

        Assert.Equal("minister", claim.Claimant.Name);
        Assert.Contains("3 billion euros", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Him_quoted_as_saying_refers_back_to_the_person_named_before()
    {
        var claims = Claims("Vladimir Putin spoke on Friday. Reuters quoted him as saying the talks had failed.");

        Assert.Equal("Vladimir Putin", Assert.Single(claims).Claimant.Name);
    }

    [Theory]
    [InlineData("\"We are ready,\" the minister said. \"The army is in position.\"")]
    [InlineData("\"We are ready,\" the minister said, \"The army is in position.\"")]
    public void A_quote_after_its_speaker_that_opens_a_sentence_of_its_own_is_a_second_claim(string text)
    {
        Assert.Equal(["We are ready,", "The army is in position."], Claims(text).Select(c => c.Text));
    }

    [Fact]
    public void A_quote_ending_in_a_question_mark_is_still_attributed_to_the_speaker_after_it()
    {
        var text = "Lee Seong-kweun spoke first. \"Why would anyone believe these numbers?\" she said, pointing at the chart.";

        var claim = Assert.Single(Claims(text), c => c.Rule == ClaimExtractor.QuoteRule);

        Assert.Equal("Lee Seong-kweun", claim.Claimant.Name);
        Assert.Equal("Why would anyone believe these numbers?", claim.Text);
    }

    [Fact]
    public void A_quote_introduced_by_its_speaker_is_claimed_by_the_speaker()
    {
        var claim = Only("In a statement, Vladimir Putin said: \"The operation will continue until its goals are met.\"");

        Assert.Equal("Vladimir Putin", claim.Claimant.Name);
        Assert.Equal("The operation will continue until its goals are met.", claim.Text);
    }

    [Fact]
    public void Pronouns_and_descriptions_resolve_to_the_nearest_compatible_earlier_mention()
    {
        var claims = Claims("The National Intelligence Service briefed lawmakers on Volodymyr Zelensky's visit. He said the talks went well. The agency said it would keep monitoring.");

        Assert.Equal(["Volodymyr Zelensky", "National Intelligence Service"], claims.Select(c => c.Claimant.Name));
        Assert.All(claims, c => Assert.Equal(0.7, c.Confidence));
    }

    [Theory]
    [InlineData("Gov. Bello Adamu visited the prison with warden John Okafor. The governor said 12 guards were suspended.", "Bello Adamu")]
    [InlineData("Health Minister Jean Kalala spoke. Interior Minister Paul Mbeki spoke too. The health minister said 12 people died.", "Jean Kalala")]
    [InlineData("Bello Adamu, the governor of Kogi, visited. The governor said 12 guards were suspended.", "Bello Adamu")]
    [InlineData("John Okafor visited. The governor said 12 guards were suspended.", "governor")] // no one so titled
    [InlineData("Bello Adamu, 52, governor of Kogi, visited. The governor said 12 guards were suspended.", "Bello Adamu")]
    [InlineData("Police Chief Bello Adamu visited. The police said 12 guards were suspended.", "police")] // a body, no title
    [InlineData("The governor. John Okafor visited. The governor said 12 guards were suspended.", "governor")] // a title of another sentence
    [InlineData("\"Gov. Bello Adamu lied,\" he said. The governor said 12 guards were suspended.", "governor")] // not a name quoted
    [InlineData("Gov. Bello Adamu visited. The Governor said 12 guards were suspended.", "Bello Adamu")]
    [InlineData("Gov. Bello Adamu visited. The former governor said 12 guards were suspended.", "former governor")] // all its words
    [InlineData("Gov. Bello Adamu visited. The governor of the central bank said rates would rise.", "governor of the central bank")]
    public void The_governor_after_a_governor_named_before_is_that_person(string text, string claimant)
    {
        Assert.Equal(claimant, Claims(text)[^1].Claimant.Name);
    }

    [Theory]
    [InlineData("Fourteen people were killed, officials said, and 30 were injured.", "officials|Fourteen people were killed; officials|30 were injured.")]
    [InlineData("Twenty-seven people were injured, it said, and three remain missing.", "it|Twenty-seven people were injured; it|three remain missing.")]
    [InlineData("Fourteen people were killed, officials said, and rain fell on 300 homes.", "officials|Fourteen people were killed")] // not opening with a figure
    [InlineData("Fourteen people were killed, officials said, and at least 300 homes were lost.", "officials|Fourteen people were killed; officials|at least 300 homes were lost.")]
    [InlineData("Fourteen people were killed, officials said, and 30 were injured, the ministry said.", "the ministry|Fourteen people were killed, officials said, and 30 were injured")]
    [InlineData("Twelve people died, police said, and the fire was out by morning.", "police|Twelve people died")] // a short claim
    [InlineData("Twelve people died, police said, and 30 were hurt.", "police|Twelve people died; police|30 were hurt.")]
    [InlineData("Twelve died, police said, but the fire was out by morning.", "police|Twelve died")]
    [InlineData("Twelve died, police said, the fire was out by morning.", "police|the fire was out by morning.")] // no conjunction: the words after are said
    public void A_clause_with_figures_joined_by_and_after_a_trailing_speaker_is_theirs_too(string text, string claims)
    {
        Assert.Equal(claims, string.Join("; ", Claims(text).Select(c => c.Claimant.Name + "|" + c.Text)));
    }

    [Theory]
    [InlineData("The health ministry said 30 people had died. It later raised the toll to 45.", "health ministry")]
    [InlineData("The health ministry said 30 people had died. Later it raised the toll to 45.", "health ministry")]
    [InlineData("The health ministry said 30 people had died. On Friday it said 45 people had died.", "health ministry")]
    [InlineData("\"Thirty people have died,\" the health ministry said. It later raised the toll to 45.", "health ministry")]
    [InlineData("Ministry of Health officials said 30 people had died. It later raised the toll to 45.", "Ministry of Health")]
    [InlineData("The national army said 30 people had died. It said 45 people had died.", "national army")]
    [InlineData("The NDMA said on Monday that 30 people had died. It later raised its toll to 45.", "NDMA")]
    [InlineData("Italy's coastguard said 30 people had died. Later it said 14 people had been injured.", "Italy's coastguard")]
    [InlineData("The Philippine Coast Guard said 17 people had died. It said 55 people were injured.", "Philippine Coast Guard")]
    [InlineData("The Philippine Coast Guard said 17 people had died. Fifty-five people remain missing, it said.", "Philippine Coast Guard")]
    [InlineData("John Smith said 30 people had died. It later raised the toll to 45.", "unattributed")] // a person is no "it"
    [InlineData("A spokesman for the army said 30 people had died. It later raised the toll to 45.", "unattributed")]
    [InlineData("The health ministry said 30 people had died. Rain fell. It said 45 people had died.", "unattributed")] // not the sentence before
    [InlineData("The health ministry said 30 people had died. Then, as it said, 45 people had died.", "unattributed")]
    [InlineData("The health ministry said 30 people had died. Rain fell. Later it said 45 people had died.", "unattributed")]
    [InlineData("The city is \"the capital of the world\" It said 45 people had died.", "unattributed")] // no body before
    public void It_after_a_body_that_spoke_in_the_sentence_before_is_that_body(string text, string claimant)
    {
        Assert.Equal(claimant, Claims(text)[^1].Claimant.Name);
    }

    [Theory]
    [InlineData("The toll stood at 80, according to the NDMA, while the provincial authority put the number of dead at 95.", "NDMA|The toll stood at 80; provincial authority|the number of dead at 95.")]
    [InlineData("The ministry said 12 soldiers died, according to Yonhap.", "the ministry|12 soldiers died")] // Yonhap relays
    [InlineData("According to Yonhap, the ministry said 12 soldiers died.", "the ministry|12 soldiers died.")]
    [InlineData("Modi said, according to a readout from his office, that the talks went well.", "Narendra Modi|the talks went well.")]
    [InlineData("Twelve soldiers died, according to Yonhap, and the ministry said 30 were hurt.", "Yonhap|Twelve soldiers died; the ministry|30 were hurt.")] // no news agency is a ministry
    public void A_source_after_according_to_speaks_unless_it_relays_another(string text, string claims)
    {
        Assert.Equal(claims, string.Join("; ", Claims(text).Select(c => c.Claimant.Name + "|" + c.Text)));
    }

    [Theory]
    [InlineData("Independent estimates vary widely.", "")]
    [InlineData("Prices rose, the ministry reports on its website.", "the ministry|Prices rose")]
    [InlineData("Prices rose, the ministry reports.", "the ministry|Prices rose")]
    [InlineData("The ministry reports 40 deaths.", "the ministry|40 deaths.")]
    [InlineData("UN estimates suggest that 40 people died.", "United Nations|40 people died.")]
    [InlineData("Intelligence sources indicate that the troops left.", "Intelligence sources|the troops left.")]
    [InlineData("It was a TV show that boosted careers.", "")]
    public void A_verb_that_is_also_a_plural_noun_reports_only_before_what_was_said(string text, string claims)
    {
        Assert.Equal(claims, string.Join("; ", Claims(text).Select(c => c.Claimant.Name + "|" + c.Text)));
    }

    [Theory]
    [InlineData("The army said six died, while aid groups said 14 died.", "army|six died; aid groups|14 died.")]
    [InlineData("The army said six died, while the rights groups said 14 died.", "army|six died; rights groups|14 died.")]
    [InlineData("The army said six died, but regional governor Ana Ruiz said 14 died.", "army|six died; Ana Ruiz|14 died.")]
    [InlineData("A review since the presentation of the above-mentioned report reveals that costs rose.", "above-mentioned report|costs rose.")] // "since" is a preposition too
    public void A_speaker_after_a_conjunction_keeps_the_words_before_its_noun(string text, string claims)
    {
        Assert.Equal(claims, string.Join("; ", Claims(text).Select(c => c.Claimant.Name + "|" + c.Text)));
    }

    [Theory]
    [InlineData("The toll has risen to nine, the ombudsman said on Wednesday.", "ombudsman", "The toll has risen to nine")]
    [InlineData("Three sailors died, the navy said.", "navy", "Three sailors died")]
    [InlineData("Three people died, the fire brigade said.", "fire brigade", "Three people died")]
    [InlineData("Three people died, the local civic body said.", "local civic body", "Three people died")]
    [InlineData("The municipal corporation said three people died.", "municipal corporation", "three people died.")]
    [InlineData("Three people died, the municipality said.", "municipality", "Three people died")]
    [InlineData("The toll has risen to nine, the country's health ministry said.", "health ministry", "The toll has risen to nine")]
    [InlineData("Ombudsman Pedro Callisaya said nine people had died.", "Pedro Callisaya", "nine people had died.")]
    [InlineData("Provincial officials in Karachi gave a figure of 74 dead.", "Provincial officials in Karachi", "a figure of 74 dead.")]
    [InlineData("Police gave a death toll of 81.", "Police", "a death toll of 81.")]
    [InlineData("According to IOM figures, 61 migrants died this year.", "IOM", "61 migrants died this year.")]
    [InlineData("According to World Bank data, 61 firms closed.", "World Bank", "61 firms closed.")]
    [InlineData("According to Save the Children, 61 children died.", "Save the Children", "61 children died.")]
    [InlineData("A California study found that 61 firms closed.", "California study", "61 firms closed.")] // a place makes no records
    [InlineData("The number of people confirmed to have died has risen to 27, Italy's coastguard said.", "Italy's coastguard", "The number of people confirmed to have died has risen to 27")]
    [InlineData("\"We are not leaving,\" NDRF commandant Deepak Tiwari told reporters at the site.", "Deepak Tiwari", "We are not leaving,")]
    [InlineData("According to Thane district collector Ashok Kulkarni, 26 people were injured.", "Ashok Kulkarni", "26 people were injured.")]
    [InlineData("The figure of at least 90 deaths was given by the Edhi Foundation.", "Edhi Foundation", "The figure of at least 90 deaths was given")]
    public void Ombudsmen_navies_brigades_and_givers_of_a_figure_speak(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("The mayor gave a speech to 300 people.")]
    [InlineData("The mayor gave the figure to 300 reporters.")]
    [InlineData("The minister gave a figure of speech to 300 students.")]
    [InlineData("The 40 songs he wrote were given by The Stone Poneys.")]
    [InlineData("Maria Lopez, a teacher from a town near Cusco, who said she had lost her home, spoke.")] // no place speaks
    public void Gifts_and_places_near_a_who_claim_nothing(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Claimant.Name is "mayor" or "The Stone Poneys" or "Cusco" || c.Cue == "gave");
    }

    [Theory]
    [InlineData("Police gave a death toll of 81.", "81", "killed")]
    [InlineData("Police gave a toll of 81.", "81", "killed")]
    [InlineData("The foundation said the actual toll could be \"between 80 and 100\".", "between 80 and 100", "killed")]
    [InlineData("The real toll may be as high as 150, the foundation said.", "as high as 150", "killed")]
    [InlineData("Volunteers had counted at least 92 bodies in Dadu, the foundation said.", "at least 92", "killed")]
    [InlineData("The government raised its count of people killed in the violence to six.", "six", "killed")]
    [InlineData("The government raised its tally of people injured to 60.", "60", "wounded")]
    [InlineData("Rescuers said 17 bodies had been recovered from the rubble.", "17", "killed")]
    [InlineData("Officials said two bodies had been registered at the hospital.", "two", "other")]
    [InlineData("Officials said 38,000 people had arrived in Italy this year.", "38,000", "other")]
    [InlineData("Officials said about 2,000 volunteers arrived in Huaraz on Sunday.", "about 2,000", "other")]
    [InlineData("Officials said 300 rescuers had been deployed to the valley.", "300", "other")]
    [InlineData("Officials said five doctors and nurses have been infected with Lassa fever.", "five", "cases")]
    [InlineData("Officials said seven soldiers, and she was killed.", "seven", "other")] // a new clause after the comma
    [InlineData("The number of people confirmed to have died has risen to 27, Italy's coastguard said.", "27", "killed")]
    [InlineData("Officials said 3,000 troops had arrived in Kursk.", "3,000", "deployed")]
    [InlineData("\"Forty-one is the number of people whose deaths we can certify,\" the agency's head, Rosa Quispe, said.", "Forty-one", "killed")]
    [InlineData("\"Forty-one is the number of people we have rescued,\" the agency's head, Rosa Quispe, said.", "Forty-one", "other")]
    [InlineData("\"Forty-one is the toll we can certify,\" the agency's head, Rosa Quispe, said.", "Forty-one", "killed")]
    public void Estimates_and_counts_of_the_dead_are_counts_of_the_killed(string text, string figure, string subject)
    {
        var counted = Claims(text).SelectMany(c => c.Figures).Single();

        Assert.Equal((figure, subject), (counted.Quantity.Text, counted.SubjectKey));
    }

    [Theory]
    [InlineData("The NDMA said 80 people had died. The provincial authority, however, put the figure at 95.", "95", "killed")]
    [InlineData("The toll stood at 80, according to the NDMA, while the provincial authority put it at 95.", "95", "killed")]
    [InlineData("Rescuers said 17 people had been injured. The civic body said the number was 15.", "15", "wounded")]
    [InlineData("Officials said 40 cases had been confirmed. The ministry later revised its tally to 52.", "52", "cases")]
    [InlineData("The NDMA said 80 people had died. The bank put its rate at 5.", "5", "other")] // no count restated
    [InlineData("The NDMA said 80 people had died. The firm put the figure at 95 jobs.", "95", "other")] // a count of its own
    [InlineData("The NDMA said 80 people had died. Turnout was high. The provincial authority put the figure at 95.", "95", "other")] // too far back
    public void A_figure_that_restates_a_count_named_before_it_counts_the_same(string text, string figure, string subject)
    {
        var restated = Claims(text).SelectMany(c => c.Figures).Last();

        Assert.Equal((figure, subject), (restated.Quantity.Text, restated.SubjectKey));
    }

    [Theory]
    [InlineData("\"They shot at us,\" said Wilma Mamani Condori, 34, whose cousin was among the dead, according to relatives.")]
    [InlineData("\"They shot at us. My cousin was buying bread,\" said Wilma Mamani Condori, 34, whose cousin died, according to relatives.")] // a quote of two sentences
    public void According_to_after_a_quoted_speaker_is_no_second_source_of_the_quote(string text)
    {
        var claim = Only(text);

        Assert.Equal("Wilma Mamani Condori", claim.Claimant.Name);
    }

    [Theory]
    [InlineData("The Government has announced a budget of 9 billion euros, Finance Minister Orla Brennan said.", "Orla Brennan", "The Government has announced a budget of 9 billion euros")]
    [InlineData("The army reported 12 deaths, the ministry said.", "the ministry", "The army reported 12 deaths")]
    [InlineData("The ministry reported 12 deaths, Yonhap said.", "the ministry", "12 deaths")] // an outlet relays
    [InlineData("The ministry said 12 people died, Yonhap reported.", "the ministry", "12 people died")]
    [InlineData("The army reported 12 deaths, the ministry noted.", "army", "12 deaths")] // a remark beside a report, no saying of it
    [InlineData("The army reported 12 deaths, said the ministry.", "the ministry", "The army reported 12 deaths")]
    [InlineData("According to the army, 12 soldiers died, the ministry said.", "the ministry", "According to the army, 12 soldiers died")]
    public void An_official_trailing_the_sentence_says_the_report_in_it(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("The death toll rose to 11, the provincial fire headquarters said.", "provincial fire headquarters", "The death toll rose to 11")]
    [InlineData("Mark Jones, whose house was washed away, said the water came at night.", "Mark Jones", "the water came at night.")]
    [InlineData("Groups from the forests of Kogi and Niger states have attacked prisons, the army said.", "army", "Groups from the forests of Kogi and Niger states have attacked prisons")]
    public void A_post_a_whose_clause_or_a_list_of_states_leaves_the_speaker_found(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("The health ministry on Monday revised the death toll from the train collision to 24.", "health ministry", "revised", "24:killed")]
    [InlineData("The disaster authority corrected its death toll to 41.", "disaster authority", "corrected", "41:killed")]
    [InlineData("The health ministry raised the death toll to ninety.", "health ministry", "raised", "ninety:killed")]
    [InlineData("The agency raised the number of people displaced to 120,000.", "the agency", "raised", "120,000:displaced")]
    [InlineData("The disaster institute on Tuesday revised the death toll from Sunday's earthquake in the Ancash region down to 41 from 44.", "disaster institute", "revised", "41:killed")]
    public void A_source_revising_its_count_claims_the_new_count(string text, string claimant, string cue, string figure)
    {
        var claim = Only(text);

        Assert.Equal((claimant, cue), (claim.Claimant.Name, claim.Cue));
        Assert.Equal(figure, string.Join(";", claim.Figures.Select(f => f.Quantity.Text + ":" + f.SubjectKey)));
    }

    [Theory]
    [InlineData("The central bank raised interest rates to 5 percent.")]
    [InlineData("She raised the issue with the minister.")]
    [InlineData("The council updated the figure for the fence to match.")] // no count after "to"
    [InlineData("The union raised the prospect of a strike.")]
    public void Raising_or_revising_anything_but_a_count_reports_nothing(string text)
    {
        Assert.Empty(Claims(text));
    }

    [Theory]
    [InlineData("On Thursday the disaster authority said 41 people died.", "disaster authority")]
    [InlineData("Later on Thursday night the ministry said 41 people died.", "the ministry")]
    [InlineData("In Kabul the ministry said 41 people died.", "the ministry")]
    [InlineData("Yesterday police said 41 people died.", "police")]
    [InlineData("On Thursday police officers said 41 people died.", "police officers")]
    [InlineData("Late on Thursday the ministry said 41 people died.", "the ministry")]
    [InlineData("In March officials said 41 people died.", "officials")]
    [InlineData("Kabul police said 41 people died.", "Kabul police")]
    [InlineData("Sunday Times reporters said 41 people died.", "Sunday Times reporters")]
    [InlineData("Yesterday Fiorenza Mallory-Quist said 41 people died.", "Fiorenza Mallory-Quist")]
    [InlineData("The Grand Mufti said 41 people died.", "Grand Mufti")]
    public void When_or_where_it_was_said_opening_the_sentence_is_no_part_of_the_speaker(string text, string claimant)
    {
        Assert.Equal(claimant, Only(text).Claimant.Name);
    }

    [Theory]
    [InlineData("\"This is a catastrophe,\" al-Khafaji added.", "al-Khafaji", "This is a catastrophe,")]
    [InlineData("\"This is a catastrophe,\" said al-Khafaji.", "al-Khafaji", "This is a catastrophe,")]
    [InlineData("The fire killed 64 people, el-Sherbiny said.", "el-Sherbiny", "The fire killed 64 people")]
    [InlineData("Ahmed al-Khafaji visited the ward. \"This is a catastrophe,\" al-Khafaji said.", "Ahmed al-Khafaji", "This is a catastrophe,")]
    public void A_surname_with_the_arabic_article_speaks_wherever_it_stands(string text, string claimant, string content)
    {
        var claim = Claims(text)[^1];

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("The Kenya National Commission on Human Rights said 16 people died. Police fired tear gas. Shops closed. Roads were shut. The commission said 512 people were held.", "Kenya National Commission on Human Rights")]
    [InlineData("The Ministry of Health reported 40 cases. The ministry said 12 people had died.", "Ministry of Health")]
    [InlineData("The Ministry of Health reported 40 cases. The ministry's spokesman said 12 people had died.", "ministry's spokesman")] // a description, not the body
    [InlineData("The Ministry of Health reported 40 cases. The ministry's figures showed 12 people had died.", "Ministry of Health")]
    [InlineData("The Civil Aviation Authority met. The National Disaster Management Authority said 12 people died. The authority said more were missing.", "National Disaster Management Authority")] // the nearest with that word
    [InlineData("On Monday Officeworks reported a loss. The office said 12 staff were hurt.", "office")] // a word must be whole
    [InlineData("\"The Electoral Commission erred,\" he said. The commission said 12 ballots were lost.", "commission")] // not a name inside a quote
    public void A_body_named_once_in_full_is_the_commission_or_the_ministry_after_it(string text, string claimant)
    {
        Assert.Equal(claimant, Claims(text)[^1].Claimant.Name);
    }

    [Fact]
    public void An_unresolved_description_is_one_claimant_whether_or_not_it_opens_the_sentence()
    {
        var claims = Claims("The ministry said 12 soldiers were killed. Later the ministry said 15 soldiers were killed.");

        Assert.Equal(["the ministry", "the ministry"], claims.Select(c => c.Claimant.Name));
    }

    [Theory]
    [InlineData("The defence minister denied reports that 300 soldiers were killed.")]
    [InlineData("It is not true that 1,000 soldiers were killed, the ministry said.")]
    [InlineData("The ministry said it was untrue that 1,000 soldiers were killed.")]
    [InlineData("The minister said it's not true that 1,000 soldiers were killed.")]
    [InlineData("\"These figures of 1,000 soldiers were killed are false and irresponsible,\" a ministry spokesman, Tresor Lukusa, told reporters.")]
    [InlineData("The ministry said the reports that 1,000 soldiers were killed were simply untrue.")]
    [InlineData("The ministry said it was investigating reports that 1,000 soldiers were killed.")]
    [InlineData("The UN said it could not independently verify claims that 1,000 soldiers were killed.")]
    public void What_a_speaker_denies_or_calls_untrue_states_no_figure_of_theirs(string text)
    {
        var claim = Only(text);

        Assert.Contains("soldiers were killed", claim.Text, StringComparison.Ordinal);
        Assert.Empty(claim.Figures);
    }

    [Theory]
    [InlineData("The health ministry had previously said 1,000 people had been killed.", "previously said")]
    [InlineData("The agency initially put the toll at 40.", "initially put")]
    [InlineData("The health ministry said 1,000 people had been killed.", "said")]
    [InlineData("Meta rejected the allegations earlier this year and said it would appeal.", "said")]
    [InlineData("The agency raised the toll to 38, from 24 a week earlier, and said 1,402 cases were suspected.", "said")] // another clause's
    [InlineData("The agency had earlier said 1,402 cases were suspected.", "earlier said")]
    public void An_adverb_dating_what_was_said_before_the_article_stays_with_the_verb(string text, string cue)
    {
        Assert.Equal(cue, Claims(text)[^1].Cue);
    }

    [Fact]
    public void A_figure_the_speaker_states_beside_a_negation_is_theirs()
    {
        var claim = Only("The ministry said 300 soldiers were killed, not 1,000 as reported.");

        // The 1,000 it denies is not its figure (see A_count_the_figure_changed_from_is_not_claimed_now).
        Assert.Equal(["300"], claim.Figures.Select(f => f.Quantity.Text));
    }

    [Fact]
    public void A_second_verb_joined_by_and_shares_the_speaker_and_ends_the_first_claim()
    {
        var claims = Claims("Meta has denied the allegations and said it would appeal the ruling.");

        Assert.Equal([("Meta", "denied", "the allegations"), ("Meta", "said", "it would appeal the ruling.")],
            claims.Select(c => (c.Claimant.Name, c.Cue, c.Text)));
        // A deed after the "and" is part of the first claim.
        Assert.Single(Claims("Officials insisted the weapons were essential and continued to modernise their arsenals."));
        Assert.Single(Claims("Critics argue the plan raises deficits and warn of higher interest rates."));
        Assert.Single(Claims("The company confirmed the deal and added 300 jobs in March."));
        // After a clause the verb is the clause's own; after a comma it is the speaker's again.
        Assert.Single(Claims("Tomas Brandt said the company had run the numbers and concluded that the deal made sense."));
        Assert.Equal(2, Claims("Tomas Brandt admitted the delay was long, and explained that the script was not ready.").Count);
        Assert.Empty(Claims("Each worker was paid $600 per person."));
    }

    [Fact]
    public void It_opening_a_sentence_speaks_for_the_body_named_before_and_otherwise_for_no_one()
    {
        var body = Claims("The National Intelligence Service briefed Volodymyr Zelensky. It said 200 soldiers had died.");
        var country = Claims("Russia denied the report. It said the strike hit military targets.");
        var unresolved = Only("It said the attack had killed five civilians.");
        var film = Claims("Critics loved the film. It tells the story of a soldier in Kursk.");
        var quoted = Claims("Russia responded. It said: \"The strikes hit military targets.\"");

        Assert.Equal(["National Intelligence Service"], body.Select(c => c.Claimant.Name));
        Assert.DoesNotContain(country, c => c.Claimant.Name == "It"); // a country is a place as often as a speaker
        Assert.Equal((Claimant.Unattributed.Name, ClaimExtractor.FigureRule), (unresolved.Claimant.Name, unresolved.Rule));
        Assert.Empty(film);
        Assert.DoesNotContain(quoted, c => c.Claimant.Name == "It");
    }

    [Theory]
    [InlineData("Having said that, the deal still holds.")]
    [InlineData("Nothing said at the meeting changed the plan.")]
    [InlineData("Whoever said that was wrong.")]
    [InlineData("Nobody said anything when the judge read the verdict.")]
    public void A_gerund_or_an_indefinite_pronoun_before_said_is_no_speaker(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Claimant.Name is "Having" or "Nothing" or "Whoever" or "Nobody");
    }

    [Fact]
    public void Posted_reports_only_with_a_that_and_reported_a_figure_then_said_is_two_claims()
    {
        Assert.Empty(Claims("Vertex Group posted a loss for the quarter."));
        Assert.Equal("the talks had failed.", Only("The minister posted on X that the talks had failed.").Text);
        var both = Claims("The health ministry reported 312 new cases and said the outbreak was slowing.");
        Assert.Equal([("reported", "312 new cases"), ("said", "the outbreak was slowing.")], both.Select(c => (c.Cue, c.Text)));
    }

    [Theory]
    [InlineData("The neighbour said the shots came at night.", "neighbour")]
    [InlineData("The utility said radiation levels were safe.", "utility")]
    public void Ordinary_speakers_of_local_news_speak(string text, string claimant)
    {
        Assert.Equal(claimant, Only(text).Claimant.Name);
    }

    [Fact]
    public void A_relative_whose_ends_no_speaker()
    {
        Assert.DoesNotContain(Claims("It is not a case of a defendant whose alleged conduct occurred later."), c => c.Claimant.Name.EndsWith("whose", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A person familiar with the matter said talks had stalled.", "person familiar with the matter")]
    [InlineData("A person with knowledge of the plans said the company would cut jobs.", "person with knowledge of the plans")]
    [InlineData("Officials aware of the plan said it would fail.", "Officials aware of the plan")]
    [InlineData("Two sources with direct knowledge of the deal said it was signed.", "sources with direct knowledge of the deal")]
    [InlineData("One person briefed on the talks said a deal was near.", "person briefed on the talks")]
    public void An_unnamed_source_described_by_what_it_knows_speaks(string text, string claimant)
    {
        Assert.Equal(claimant, Only(text).Claimant.Name);
    }

    [Theory]
    [InlineData("Talks have stalled over price, a person familiar with the matter said.", "person familiar with the matter", "Talks have stalled over price")]
    [InlineData("According to a person familiar with the matter, the board will meet on Friday.", "person familiar with the matter", "the board will meet on Friday.")]
    [InlineData("According to sources close to Putin the talks failed.", "sources close to Putin", "the talks failed.")]
    public void An_unnamed_source_after_what_it_said_or_after_according_to_keeps_what_it_knows(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("Each worker was paid $600 per person.")]
    [InlineData("The fare was $20 per passenger, the airline said.")]
    [InlineData("A person accused of fraud should be given an interpreter.")]
    [InlineData("Once upon a time this publisher noted for his \"castle\" owned the largest newspaper chain in the U.S.")]
    public void A_rate_a_person_accused_of_something_or_one_noted_for_something_names_no_source(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Claimant.Name is "person" or "passenger" or "publisher");
    }

    [Theory]
    [InlineData("Police arrested two men and said more arrests were likely.", "Police", "more arrests were likely.")]
    [InlineData("Police fired tear gas at protesters who massed outside the governor's office in Testville, and said 212 people had been arrested.", "Police", "212 people had been arrested.")]
    [InlineData("SURABAYA, Indonesia, Aug 9 (Global Wire) — Police fired tear gas at protesters, and said 212 people had been arrested.", "Police", "212 people had been arrested.")]
    [InlineData("The firm fired its chief and said profits would fall.", "firm", "profits would fall.")]
    [InlineData("The company added 300 jobs and said it would hire more.", "company", "it would hire more.")]
    [InlineData("Officials closed the road and warned that more rain was coming.", "Officials", "more rain was coming.")]
    [InlineData("The air force shot down 24 drones overnight and said two had hit buildings.", "air force", "two had hit buildings.")]
    [InlineData("The judge adjourned the trial until June and said the defendant must remain in custody.", "judge", "the defendant must remain in custody.")]
    [InlineData("The court upheld the conviction and ruled that the sentence was fair.", "court", "the sentence was fair.")]
    [InlineData("President Bola Tinubu praised the army and said on X that the students would be found.", "Bola Tinubu", "the students would be found.")]
    [InlineData("The ministry condemned the attack and said in a statement that 12 people were hurt.", "the ministry", "12 people were hurt.")]
    public void A_speech_verb_after_a_deed_shares_the_subject_of_the_deed(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("Police arrested two men who had fled and said more arrests were likely.", "more arrests were likely.")] // whose "said"?
    [InlineData("He walked in and said hello.", "hello.")]
    [InlineData("She edited the review and wrote a history of the college.", "a history of the college.")]
    [InlineData("The captain sailed home and said to the crew, who were tired, that the trip was over.", "the trip was over.")]
    [InlineData("The minister walked out and said no more.", "no more.")]
    [InlineData("The minister arrived late and said of the plan it would fail.", "of the plan it would fail.")]
    [InlineData("He walked in and said hello, and the room was silent.", "hello, and the room was silent.")]
    [InlineData("Police arrested two men and the mayor thanked officers and said the city was safe.", "the city was safe.")] // the mayor's, not the police's
    public void A_speech_verb_after_a_deed_makes_no_report_without_a_clear_subject_and_clause(string text, string notSaid)
    {
        Assert.DoesNotContain(Claims(text), c => c.Text == notSaid);
    }

    [Fact]
    public void A_deed_in_a_clause_before_the_subject_lends_its_subject_to_no_speech_verb()
    {
        Assert.DoesNotContain(Claims("After police arrested two men, the mayor resigned and said the city was safe."), c => c.Claimant.Name == "police");
    }

    [Theory]
    [InlineData("Acme Corp. reported a loss. The company said demand had weakened.", "Acme Corp")]
    [InlineData("Globex Holdings cut 300 jobs. Shares fell 5%. The firm said the cuts were needed.", "Globex Holdings")]
    [InlineData("The Federal Reserve raised rates on Wednesday. The central bank said inflation would ease.", "Federal Reserve")]
    [InlineData("The Escape Hybrid sold well. The company said demand was strong.", "company")] // a name, but no business's
    [InlineData("Acme Corp. reported a loss in May. Analysts were surprised. Few had expected it. The company said demand had weakened.", "company")] // three sentences back: too far
    [InlineData("Novavax said sales rose. The company said it would cut costs.", "Novavax")] // a name that spoke
    [InlineData("Globex cut prices in China, Reuters reported. The company said demand was strong.", "company")] // not the news agency
    [InlineData("The IMF urged Turkey to raise rates. The central bank said it would act.", "central bank")] // not any organisation
    [InlineData("The World Bank cut its forecast. The central bank said it would act.", "central bank")]
    [InlineData("Analysts at Jefferies said the hit was small. The company said it had closed its website.", "company")] // where analysts work
    [InlineData("Russ Mould, investment director at AJ Globex, said it hurt. The retailer said it would not pay.", "retailer")]
    [InlineData("Russ Mould, who advises Globex, said prices rose. The company said it would not pay.", "company")] // Globex is no subject
    public void The_company_refers_back_to_the_business_named_before(string text, string claimant)
    {
        Assert.Equal(claimant, Claims(text)[^1].Claimant.Name);
    }

    [Fact]
    public void A_company_opening_a_sentence_is_the_entity_that_claims()
    {
        var claim = Only("Novavax said on Tuesday that its vaccine was 95% effective.");

        Assert.Equal(("Novavax", "said"), (claim.Claimant.Name, claim.Cue));
        Assert.Equal("other/Novavax", Assert.Single(Extractor.Extract("Novavax said on Tuesday that its vaccine was 95% effective.", null).Entities).Label);
    }

    [Fact]
    public void He_refers_back_to_a_person_the_gazetteer_does_not_know()
    {
        // Before, only gazetteer people could be antecedents, and "He" went to the earlier Zelensky.
        var claims = Claims("Volodymyr Zelensky visited Kharkiv on Sunday. Governor Oleh Marchenko said 12 people were killed. He added that 40 were wounded.");

        Assert.Equal(["Oleh Marchenko", "Oleh Marchenko"], claims.Select(c => c.Claimant.Name));
        Assert.Equal("person/Oleh Marchenko", claims[1].Claimant.Entity);
    }

    [Fact]
    public void A_name_inside_a_quote_is_not_the_antecedent_of_he()
    {
        var claims = Claims("Volodymyr Zelensky spoke to reporters. \"Vladimir Putin must be stopped now,\" he said.");

        Assert.Equal("Volodymyr Zelensky", Assert.Single(claims).Claimant.Name);
    }

    [Theory]
    [InlineData("The soldier was reportedly seized near the border.", "reportedly")]
    [InlineData("Up to 200 troops are thought to have crossed the river.", "are thought to")]
    [InlineData("The commander is believed to be in hiding.", "is believed to")]
    [InlineData("Reports suggest that the soldiers have become a burden to Russian forces.", "reports suggest")] // unnamed reports are no source
    public void Hedged_statements_without_a_source_are_unattributed_claims(string text, string hedge)
    {
        var claim = Only(text);

        Assert.Equal(Claimant.UnattributedName, claim.Claimant.Name);
        Assert.Equal(hedge, claim.Cue);
    }

    [Fact]
    public void A_quote_ending_with_a_question_or_exclamation_mark_keeps_the_speaker_after_it()
    {
        var claim = Only("\"Why would we stop now that we are winning?\" Vladimir Putin said.");

        Assert.Equal("Vladimir Putin", claim.Claimant.Name);
    }

    [Fact]
    public void No_speaker_before_the_verb_is_a_denial()
    {
        Assert.DoesNotContain(Claims("So far, no official has confirmed the toll."), c => c.Claimant.Name.Contains("official", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Vladimir Putin said in an interview with CNN that the talks had failed.", "the talks had failed.")]
    [InlineData("Vladimir Putin said in a televised address that the talks had failed.", "the talks had failed.")]
    [InlineData("Police said 12 people were killed in a blast that struck a bus station.", "12 people were killed in a blast that struck a bus station.")]
    [InlineData("A military source told Reuters on Friday that the bridge had been hit.", "the bridge had been hit.")]
    [InlineData("Officials said in a statement on Monday that the bridge had been hit.", "the bridge had been hit.")]
    [InlineData("North Korea said in a statement carried by KCNA that the test was a success.", "the test was a success.")]
    [InlineData("Vladimir Putin told a meeting of military officials on Tuesday that the army would grow.", "the army would grow.")]
    [InlineData("Donald Trump claimed, without evidence, that the vote was rigged.", "the vote was rigged.")]
    [InlineData("She said in an audio message that the army had withdrawn.", "the army had withdrawn.")]
    [InlineData("The prosecutor said the evidence that police found was planted.", "the evidence that police found was planted.")] // a relative "that"
    [InlineData("She said the meeting that was planned for Friday was cancelled.", "the meeting that was planned for Friday was cancelled.")]
    [InlineData("Russia claimed, without providing evidence, that Ukraine had planned the attack.", "Ukraine had planned the attack.")]
    [InlineData("Modi said, according to a readout from his office, that the talks were productive.", "the talks were productive.")]
    [InlineData("She said, how I wish it, that you would sing.", "how I wish it, that you would sing.")] // a clause, not an aside
    [InlineData("You are aware, he said, that the plan failed.", "the plan failed.")]
    [InlineData("The central bank said in its monetary policy report that inflation would return to target.", "inflation would return to target.")]
    [InlineData("Macron said in an interview with Le Monde published on Saturday that Europe could die.", "Europe could die.")]
    [InlineData("The ambassador told the BBC's Today programme that the sanctions were working.", "the sanctions were working.")]
    public void Only_a_that_right_after_the_verb_and_its_adjuncts_opens_the_content(string text, string content)
    {
        Assert.Equal(content, Only(text).Text);
    }

    [Theory]
    [InlineData("Prime Minister Rishi Sunak said on Thursday he would call an election.", "he would call an election.")]
    [InlineData("Russia's defence ministry said on Tuesday its forces had taken the village.", "its forces had taken the village.")]
    [InlineData("Ukraine's air force said on Telegram it had downed 20 drones.", "it had downed 20 drones.")]
    [InlineData("The governor said late on Monday 12 people had been killed.", "12 people had been killed.")]
    [InlineData("The company said in a statement the deal would close in March.", "the deal would close in March.")]
    [InlineData("Officials said in Kyiv on Tuesday the line had held.", "the line had held.")]
    [InlineData("Police said on Sunday night a man had been arrested.", "a man had been arrested.")]
    [InlineData("The army said on Tuesday Russia had launched 40 drones.", "Russia had launched 40 drones.")]
    [InlineData("The minister said in March 2009 the plan was dead.", "the plan was dead.")]
    [InlineData("The bank said in a note to clients the rally would fade.", "the rally would fade.")]
    [InlineData("The ministry said on Monday officials had found 12 bodies.", "officials had found 12 bodies.")]
    [InlineData("The company said Monday it would cut 1,000 jobs.", "it would cut 1,000 jobs.")]
    [InlineData("Police said Sunday night the suspect had been arrested.", "the suspect had been arrested.")]
    // Not an adjunct of the saying: the words stay.
    [InlineData("He said on the ground the situation was dire.", "on the ground the situation was dire.")]
    [InlineData("He said at least 12 people were killed.", "at least 12 people were killed.")]
    [InlineData("The company said Monday was the worst day of the year.", "Monday was the worst day of the year.")]
    [InlineData("Officials said in 12 cases the victims were children.", "in 12 cases the victims were children.")]
    [InlineData("Barroso suggested in his State of the Union speech the bank would lend more.", "in his State of the Union speech the bank would lend more.")]
    [InlineData("The ministry said 12 soldiers were killed but did not give details.", "12 soldiers were killed")]
    [InlineData("Police said a man was arrested, but declined to name him.", "a man was arrested")]
    [InlineData("Russia said it had taken the village, without providing evidence.", "it had taken the village")]
    [InlineData("Officials said the troops advanced but could not hold the town.", "the troops advanced but could not hold the town.")]
    // Whom a court, an inquest or a committee heard it from.
    [InlineData("Rachel Kim told jurors that the case was weak.", "the case was weak.")]
    [InlineData("Rachel Kim told the committee that the case was weak.", "the case was weak.")]
    [InlineData("Rachel Kim told the inquest that the case was weak.", "the case was weak.")]
    [InlineData("Rachel Kim told jurors the case was weak.", "the case was weak.")]
    [InlineData("He told a story that made everyone laugh.", "a story that made everyone laugh.")]
    [InlineData("In a press release, the firm said revenue rose.", "revenue rose.")]
    [InlineData("In an interview with Le Monde on Sunday, the minister said taxes would rise.", "taxes would rise.")]
    [InlineData("In Benin and Togo, the ministry said two cases were found.", "two cases were found.")]
    [InlineData("In Benin and dozens of villages, the ministry said two cases were found.", "In Benin and dozens of villages")] // no adjunct of a place alone
    [InlineData("In the attack on Kyiv, 12 people died, officials said.", "In the attack on Kyiv, 12 people died")]
    [InlineData("In March, inflation rose, the statistics office said.", "In March, inflation rose")]
    public void When_where_or_how_it_was_said_is_not_what_was_said(string text, string content)
    {
        Assert.Equal(content, Only(text).Text);
    }

    [Theory]
    [InlineData("Dmitry Peskov, the Kremlin spokesman, said the talks had failed.", "Dmitry Peskov", "the talks had failed.")]
    [InlineData("Kim Yong-hyun, a senior official, said the troops had arrived.", "Kim Yong-hyun", "the troops had arrived.")]
    [InlineData("The National Intelligence Service, or NIS, said the troops had arrived.", "National Intelligence Service", "the troops had arrived.")]
    [InlineData("Tomas Brandt, chairman of the Joint Chiefs of Staff, said the troops had arrived.", "Tomas Brandt", "the troops had arrived.")]
    [InlineData("Tomas Brandt, head of the presidential office, wrote on Telegram that the troops had arrived.", "Tomas Brandt", "the troops had arrived.")]
    [InlineData("Tomas Brandt, State Department spokesman, told reporters the troops had arrived.", "Tomas Brandt", "the troops had arrived.")]
    [InlineData("Tomas Brandt, director-general of the agency, said the troops had arrived.", "Tomas Brandt", "the troops had arrived.")]
    [InlineData("Sarah Hunt, chief market strategist at Alpine Saxon Partners, said rates would fall.", "Sarah Hunt", "rates would fall.")]
    [InlineData("Zelensky, Ukraine's president, said the troops had arrived.", "Volodymyr Zelensky", "the troops had arrived.")]
    [InlineData("Toyota, the biggest carmaker by sales, said operating profit fell.", "Toyota", "operating profit fell.")]
    [InlineData("HSBC, Europe's biggest bank, said profit fell.", "HSBC", "profit fell.")]
    public void A_speaker_described_by_an_appositive_is_the_person_it_describes(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("Sources close to Vladimir Putin said the talks had failed.", "Sources close to Vladimir Putin")]
    [InlineData("Officials familiar with the talks said the troops had arrived.", "Officials familiar with the talks")]
    public void Sources_close_to_someone_are_not_that_someone(string text, string claimant)
    {
        var claim = Only(text);

        Assert.Equal(claimant, claim.Claimant.Name);
        Assert.Null(claim.Claimant.Entity);
    }

    [Fact]
    public void A_pronoun_reaches_back_two_sentences_for_its_speaker_and_no_further()
    {
        var near = Only("Volodymyr Zelensky visited the front. Roads were icy. He said 3,000 soldiers had been killed.");
        var far = Only("Volodymyr Zelensky visited the front. The weather was cold. Roads were icy. Supplies ran short. He said 3,000 soldiers had been killed.");

        Assert.Equal("Volodymyr Zelensky", near.Claimant.Name);
        Assert.Null(far.Claimant.Entity);
        Assert.Equal("He", far.Claimant.Name);
    }

    [Fact]
    public void The_sentences_of_a_long_quote_do_not_use_up_a_pronouns_reach()
    {
        var claims = Claims("Volodymyr Zelensky spoke in Kyiv. \"We will not stop. We will fight. Every city will be defended,\" he said.");

        Assert.Contains(claims, c => c.Claimant.Name == "Volodymyr Zelensky" && c.Text.Contains("Every city", StringComparison.Ordinal));
    }

    [Fact]
    public void A_speaker_without_any_words_of_content_makes_no_claim()
    {
        var claims = Claims("\"We will retaliate,\" Vladimir Putin said. Nothing else was announced.");

        Assert.DoesNotContain(claims, c => !c.Text.Any(char.IsLetterOrDigit));
    }

    [Fact]
    public void A_quote_that_ends_its_sentence_is_not_given_to_the_next_sentences_speaker()
    {
        var claims = Claims("Mayor John Smith was blunt: \"The bridge is closed until further notice.\" Police said 12 people were injured.");

        Assert.DoesNotContain(claims, c => c.Claimant.Name == "Police" && c.Text.Contains("bridge", StringComparison.Ordinal));
        var police = Assert.Single(claims, c => c.Claimant.Name == "Police");
        Assert.Contains("12 people were injured", police.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The war is not over, Vladimir Putin said.", "The war is not over")]
    [InlineData("There will be no ceasefire, Vladimir Putin said.", "There will be no ceasefire")]
    public void A_negation_in_what_was_said_does_not_make_it_a_denial(string text, string content)
    {
        var claim = Only(text);

        Assert.Equal("Vladimir Putin", claim.Claimant.Name);
        Assert.Equal(content, claim.Text);
    }

    [Theory]
    [InlineData("Little was said about the talks.")]
    [InlineData("The said property was sold in March.")]
    [InlineData("Neither Vladimir Putin nor Kim Jong Un has confirmed the deployment.")]
    [InlineData("The newspaper has not been able to confirm the photo.")]
    [InlineData("It was the first reported case of its kind.")]
    [InlineData("The officials confirmed Ukrainian reports that troops had crossed, and then said nothing more.")]
    [InlineData("The incident drew attention across the region.")]
    [InlineData("The plan, approved by parliament, said taxes would rise.")]
    [InlineData("Hungary, Ukraine's foreign minister, said taxes would rise.")] // a minister describes a person, not a country
    [InlineData("The letter from the ministry said to have been written by the minister was lost.")] // a hearsay passive
    [InlineData("Nobody believed what he said about the war.")] // what was said is the sentence's object, not its content
    [InlineData("Nobody believed what the minister said about the war.")]
    [InlineData("Nobody believed what it said about the war.")]
    public void Sentences_without_a_claim_give_none(string text)
    {
        var claims = Claims(text);

        if (text.StartsWith("The officials", StringComparison.Ordinal))
        {
            Assert.All(claims, c => Assert.Equal("officials", c.Claimant.Name));
            return;
        }
        Assert.Empty(claims);
    }

    [Theory]
    [InlineData("Twelve students were still held, said Abubakar al-Amin Bello, the governor of Kebbi state, who met the freed pupils.", "Abubakar al-Amin Bello", "Twelve students were still held")]
    [InlineData("The bridge had been hit twice, said the ministry, which gave no details of the attack on the city.", "the ministry", "The bridge had been hit twice")]
    [InlineData("Twelve students were still held, said Abubakar Bello, Kebbi's governor, who met the freed pupils in the capital.", "Abubakar Bello", "Twelve students were still held")]
    public void A_relative_clause_after_an_inverted_speaker_tells_of_the_speaker_and_leaves_the_claim_before(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content, ClaimExtractor.InvertedRule), (claim.Claimant.Name, claim.Text, claim.Rule));
    }

    [Theory]
    [InlineData("The death toll has risen to 26, the city's emergency management bureau said on Friday.", "city's emergency management bureau")]
    [InlineData("The trust has said that it does not accept money from corporations.", "trust")]
    [InlineData("\"They knew the risk,\" said Fr. Joseph Mwamba, a Catholic priest.", "Joseph Mwamba")]
    [InlineData("\"The use of live bullets is unacceptable,\" said KNCHR chairperson Roseline Odede.", "Roseline Odede")]
    public void A_bureau_a_trust_and_a_titled_person_speak(string text, string claimant)
    {
        Assert.Equal(claimant, Only(text).Claimant.Name);
    }

    [Theory]
    [InlineData("A ferry sank late on Wednesday, Basarnas said on Thursday, leaving six people dead and 30 missing.", "leaving six people dead and 30 missing.", "six:killed,30:missing")]
    [InlineData("The storm hit the coast, officials said, killing 12 people.", "killing 12 people.", "12:killed")]
    public void What_an_event_left_after_a_trailing_attribution_is_the_same_speaker_s(string text, string result, string figures)
    {
        var claims = Claims(text);

        Assert.Equal(2, claims.Count);
        Assert.Equal(claims[0].Claimant, claims[1].Claimant);
        Assert.Equal(result, claims[1].Text);
        Assert.Equal(figures, string.Join(",", claims[1].Figures.Where(f => f.SubjectKey != "other").Select(f => f.Quantity.Text + ":" + f.SubjectKey)));
    }

    [Fact]
    public void A_participle_of_no_result_after_a_trailing_attribution_adds_no_claim()
    {
        Assert.Single(Claims("The ferry sank in rough seas, officials said, citing the captain and two of the crew."));
    }

    [Theory]
    [InlineData("\"We are doing the work of three people,\" one nurse, who asked not to be named, told Health IT Daily.", "nurse", "We are doing the work of three people,")]
    [InlineData("\"The whole building shook,\" a shopkeeper surnamed Wang told Global Wire by telephone.", "Wang", "The whole building shook,")]
    [InlineData("The plant closed, a shopkeeper told Global Wire by telephone.", "shopkeeper", "The plant closed")]
    [InlineData("The plant closed, a nurse told Health IT Daily.", "nurse", "The plant closed")]
    [InlineData("The decision was taken by a three-to-three vote, two people familiar with the discussions said.", "people familiar with the discussions", "The decision was taken by a three-to-three vote")]
    public void A_speaker_counted_named_or_told_an_outlet_by_telephone_claims_what_came_before(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("The number of people arrested in Velora has been put at 623 by the Kenya National Commission on Human Rights.", "Kenya National Commission on Human Rights", "The number of people arrested in Velora has been put at 623", "people arrested in Velora")]
    [InlineData("Twelve deaths were confirmed by the health ministry on Friday.", "health ministry", "Twelve deaths were confirmed", "deaths")]
    [InlineData("The crowd was estimated at 40,000 by police.", "police", "The crowd was estimated at 40,000", "other")]
    [InlineData("The 40 deaths were confirmed by the ministry.", "the ministry", "The 40 deaths were confirmed", "deaths")]
    public void The_agent_of_a_count_in_the_passive_is_its_source(string text, string claimant, string content, string subject)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content, "by", subject), (claim.Claimant.Name, claim.Text, claim.Cue, Assert.Single(claim.Figures).Subject));
    }

    [Theory]
    [InlineData("The bridge was hit by a missile.")]
    [InlineData("The ministry reported 12 deaths by the Red Cross hospital.")]
    [InlineData("The plan was put forward by the minister.")]
    [InlineData("In a 1957 film she sang a song, which was recorded by The Stone Poneys.")]
    [InlineData("The 40 songs he wrote were recorded by The Stone Poneys.")]
    public void A_passive_of_no_count_or_of_a_figure_elsewhere_names_no_source(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Cue == "by");
    }

    [Theory]
    [InlineData("The toll rose to nine, Basarnas said. Twenty-eight people had been rescued, it said.")]
    [InlineData("The toll rose to nine, Basarnas said. Twenty-eight people had been rescued, it said late on Friday.")]
    [InlineData("The toll rose to nine, Basarnas said. Twenty-eight people had been rescued, it said in a statement.")]
    public void A_trailing_lower_case_it_that_ends_the_sentence_speaks(string text)
    {
        var claims = Claims(text);

        Assert.Equal([("Basarnas", "The toll rose to nine"), ("it", "Twenty-eight people had been rescued")], claims.Select(c => (c.Claimant.Name, c.Text)));
    }

    [Theory]
    [InlineData("Twenty-eight people had been rescued, it said the captain was found.")]
    [InlineData("Twenty-eight people had been rescued, it said to the crew.")]
    [InlineData("Twenty-eight people had been rescued, it said in the village the captain was found.")]
    [InlineData("Twenty-eight people had been rescued, it said the crew in a statement.")]
    [InlineData("Twenty-eight people had been rescued as it said.")]
    public void A_lower_case_it_before_more_than_when_it_was_said_claims_nothing_before_it(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Claimant.Name == "it" && c.Text == "Twenty-eight people had been rescued");
    }

    [Theory]
    [InlineData("Amnesty International Kenya said 17 people had been killed in Morkan.", "Amnesty International", null)]
    [InlineData("The Kenya National Commission on Human Rights said 19 people were killed.", "Kenya National Commission on Human Rights", null)]
    [InlineData("The Kenyan interior ministry said eight people were killed.", "Kenyan interior ministry", "Kenya")]
    [InlineData("The Kenyan human rights commission said 19 people were killed.", "Kenyan human rights commission", null)]
    [InlineData("The Organization of American States said 19 people were killed.", "Organization of American States", null)]
    [InlineData("The Federation of Nigerian Industries said 19 people were killed.", "Federation of Nigerian Industries", "Nigeria")]
    public void A_body_that_watches_a_state_speaks_for_no_country(string text, string claimant, string? country)
    {
        var claim = Only(text);

        Assert.Equal((claimant, country), (claim.Claimant.Name, claim.Claimant.Country));
    }

    [Fact]
    public void The_and_inside_a_body_s_name_joins_no_two_speakers()
    {
        var claim = Only("The Disaster and Emergency Management Authority (AFAD) said 12 people were killed.");

        Assert.Equal("other/Disaster and Emergency Management Authority", claim.Claimant.Entity);
    }

    [Fact]
    public void A_country_after_a_word_that_names_nothing_still_heads_the_phrase()
    {
        Assert.Equal("Kenya", Only("Team Kenya said the athletes were ready.").Claimant.Name);
    }

    [Fact]
    public void A_relative_clause_on_something_after_the_speaker_leaves_the_speaker_s_words_too_long_to_be_an_adjunct()
    {
        Assert.Empty(Claims("Thank you, prince, said Ricardo, for the weapon, which I shall learn to wield with care and honour."));
    }

    [Fact]
    public void Adding_to_something_after_a_trailing_speaker_adds_no_claim()
    {
        var claims = Claims("The talks are held in secret, the diplomat said, adding to the frustration of other members.");

        Assert.Equal([("diplomat", "The talks are held in secret")], claims.Select(c => (c.Claimant.Name, c.Text)));
    }

    [Theory]
    [InlineData("\"They are tired but unhurt,\" a doctor at the hospital treating them told Global Wire.", "doctor at the hospital", "They are tired but unhurt,")]
    [InlineData("An official overseeing the rescue effort said 40 miners were trapped.", "official", "40 miners were trapped.")]
    [InlineData("A lawyer representing the families said the company had ignored warnings.", "lawyer", "the company had ignored warnings.")]
    [InlineData("A doctor treating the wounded in Gaza said supplies had run out.", "doctor", "supplies had run out.")]
    public void A_participle_phrase_after_a_speaker_noun_says_which_one_speaks(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content), (claim.Claimant.Name, claim.Text));
    }

    [Theory]
    [InlineData("The article described the company's billing recommendations and noted the failure to seek a code.")]
    [InlineData("We doubt a plaintiff's standing to assert a misappropriation claim.")]
    [InlineData("The requirements for the expert group meeting on demographic estimates and projections would amount to $25,700.")]
    [InlineData("Sick of all these people talking You could say it was horrible.")]
    [InlineData("Images showing the damage suggest that the dam was hit.")]
    [InlineData("The company running the mine and its owners said the rules were followed.")]
    [InlineData("He heard the spokesman speaking; the minister said it would help.")]
    [InlineData("SBI opens MICR cheque processing centre Napoleon said, \"I have never loved anyone for love's sake.\"")]
    public void A_word_in_ing_that_opens_no_participle_phrase_on_a_speaker_makes_none(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Claimant.Name is "company" or "plaintiff" or "expert group" or "requirements for the expert group" or "people" or "article described the company" or "Images" or "spokesman" or "MICR cheque");
    }

    [Fact]
    public void An_inverted_speaker_who_adds_more_in_a_relative_clause_claims_both()
    {
        var claims = Claims("The bridge had been hit twice, said Jane Doe, who added that the road was closed.");

        Assert.Equal([("Jane Doe", "The bridge had been hit twice", ClaimExtractor.InvertedRule), ("Jane Doe", "the road was closed.", ClaimExtractor.RelativeRule)],
            claims.Select(c => (c.Claimant.Name, c.Text, c.Rule)));
    }

    [Fact]
    public void A_source_after_its_verb_at_the_end_of_the_sentence_is_claimed_by_the_inverted_rule()
    {
        var claim = Only("Three bridges were hit overnight, said Vladimir Putin on Monday.");

        Assert.Equal(("person/Vladimir Putin", ClaimExtractor.InvertedRule, "said"), (claim.Claimant.Entity, claim.Rule, claim.Cue));
        Assert.Equal("Three bridges were hit overnight", claim.Text);
    }

    [Theory]
    [InlineData("The Russian Defence Ministry, which said 200 soldiers had been killed, gave no details.", "Russian Defence Ministry", "200 soldiers had been killed")]
    [InlineData("Shells fell near the Russian Defence Ministry, which said 200 soldiers had been killed.", "Russian Defence Ministry", "200 soldiers had been killed.")]
    [InlineData("Jane Doe, who told reporters that the bridge had been hit, left early.", "Jane Doe", "the bridge had been hit")]
    public void A_speaker_with_a_relative_clause_of_speech_claims_what_the_clause_reports(string text, string claimant, string content)
    {
        var claim = Only(text);

        Assert.Equal((claimant, content, ClaimExtractor.RelativeRule), (claim.Claimant.Name, claim.Text, claim.Rule));
    }

    [Fact]
    public void A_quote_after_the_verb_and_whom_it_was_said_to_is_claimed_by_the_speaker()
    {
        var claim = Only("A senior official, Basem Naim, told Reuters: \"The ball is in their court now.\"");

        Assert.Equal(("Basem Naim", "The ball is in their court now.", ClaimExtractor.QuoteRule), (claim.Claimant.Name, claim.Text, claim.Rule));
    }

    [Fact]
    public void A_short_quoted_sentence_after_a_speaker_s_quote_continues_it()
    {
        var claims = Claims("\"The situation is catastrophic,\" said Jane Doe. \"People are starving.\"");

        Assert.Equal([("Jane Doe", "The situation is catastrophic,"), ("Jane Doe", "People are starving.")], claims.Select(c => (c.Claimant.Name, c.Text)));
    }

    [Fact]
    public void A_short_quote_opening_a_sentence_is_speech_and_one_inside_a_sentence_is_not()
    {
        var quote = Only("\"It's a tragedy,\" said Maria Santos.");
        var scare = Only("The strikes hit \"military targets,\" officials said.");

        Assert.Equal(("Maria Santos", "It's a tragedy,", ClaimExtractor.QuoteRule), (quote.Claimant.Name, quote.Text, quote.Rule));
        Assert.Equal(("officials", ClaimExtractor.TrailingRule), (scare.Claimant.Name, scare.Rule));
    }

    [Theory]
    [InlineData("'The situation is grave,' the minister said.")]
    [InlineData("‘The situation is grave,’ the minister said.")]
    [InlineData("The minister said: ‘The situation is grave.’")]
    public void Speech_in_single_quotation_marks_is_claimed_by_its_speaker(string text)
    {
        var claim = Only(text);

        Assert.Equal(("minister", ClaimExtractor.QuoteRule), (claim.Claimant.Name, claim.Rule));
        Assert.StartsWith("The situation is grave", claim.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The union said the workers' pay had fallen and the bosses' bonuses had risen, the report found.")]
    [InlineData("They played rock 'n' roll all night, the band's manager said.")]
    [InlineData("The ‘good’ guy said ‘we will win this fight tomorrow’ and left, the report said.")]
    public void Apostrophes_and_scare_quotes_are_no_speech(string text)
    {
        Assert.DoesNotContain(Claims(text), c => c.Rule == ClaimExtractor.QuoteRule);
    }

    [Fact]
    public void A_quantifier_makes_a_noun_of_reports_and_a_ministry_keeps_what_it_is_of()
    {
        var some = Claims("Some reports suggest that the talks failed.");
        var two = Claims("AFAD said 8,574 people were killed in Turkey, and the Syrian health ministry and the White Helmets said 2,662 died in Syria.");

        Assert.DoesNotContain(some, c => c.Cue == "reports");
        Assert.Equal([("AFAD", "8,574 people were killed in Turkey"), ("Syrian health ministry and the White Helmets", "2,662 died in Syria.")],
            two.Select(c => (c.Claimant.Name, c.Text)));
    }

    [Fact]
    public void A_quote_in_single_marks_does_not_open_at_a_scare_quote_before_it()
    {
        var claim = Only("The ‘good’ guy left. ‘We will win this,’ he added.");

        Assert.Equal(("he", "We will win this,"), (claim.Claimant.Name, claim.Text));
    }

    [Fact]
    public void A_single_quote_inside_a_double_quote_is_part_of_that_speech()
    {
        var claim = Only("“The minister said: ‘we will win this war,’ and then he left,” she said.");

        Assert.Equal(("she", "The minister said: ‘we will win this war,’ and then he left,"), (claim.Claimant.Name, claim.Text));
    }

    [Fact]
    public void A_pronoun_after_a_relative_of_a_known_person_refers_to_the_relative()
    {
        var claim = Only("Sara Netanyahu smiled at the crowd. She said the visit was a success.");

        Assert.Equal(("Sara Netanyahu", "person/Sara Netanyahu"), (claim.Claimant.Name, claim.Claimant.Entity));
    }

    [Fact]
    public void A_speaker_named_by_surname_after_the_full_name_is_that_person()
    {
        var claims = Claims("Maria Lopez said the plant would close. Lopez told reporters that a third of the staff would go.");

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Maria Lopez", "person/Maria Lopez"), (c.Claimant.Name, c.Claimant.Entity)));
    }

    [Fact]
    public void A_trailing_source_relaying_a_leading_one_is_not_a_second_claim()
    {
        var claim = Only("The National Intelligence Service said that the soldier had died, state media Yonhap News Agency reported.");

        Assert.Equal("National Intelligence Service", claim.Claimant.Name);
    }

    [Fact]
    public void A_name_after_by_speaks_only_for_a_document_it_made()
    {
        var claims = Claims("Two soldiers wounded by Russian forces said the shelling had stopped.");

        Assert.DoesNotContain(claims, c => c.Claimant.Name.Contains("Russian", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_speaker_after_with_ends_the_first_claim_and_makes_their_own()
    {
        var claims = Claims("Jane Doe said the plot had changed, with Kevin Feige explaining that the story was new.");

        Assert.Equal([("Jane Doe", "the plot had changed"), ("Kevin Feige", "the story was new.")], claims.Select(c => (c.Claimant.Name, c.Text)));
    }

    [Fact]
    public void Two_sources_in_one_sentence_give_two_claims_with_their_own_figures()
    {
        var claims = Claims("Ukraine reports over 3,000 casualties among them, while South Korea estimates at least 1,100 have been killed or wounded.");

        Assert.Equal(["Ukraine", "South Korea"], claims.Select(c => c.Claimant.Name));
        Assert.Equal(["(3000, ∞)", "[1100, ∞)"], claims.Select(c => c.Figures.Single().Quantity.Interval));
        Assert.All(claims, c => Assert.Equal("casualties", c.Figures.Single().Topic));
    }

    [Theory]
    [InlineData("Officials said more than 3,000 soldiers had been killed or wounded.", "killed-or-wounded", "soldiers killed or wounded")]
    [InlineData("Officials said nearly 400 soldiers have already fallen.", "killed", "soldiers fallen")]
    [InlineData("Officials said 1,000 more were injured.", "wounded", "injured")]
    [InlineData("Officials said Moscow has sent around 5,000 engineers.", "deployed", "engineers sent")]
    [InlineData("Officials said up to 12,000 soldiers are in Russia.", "deployed", "soldiers in Russia")]
    [InlineData("Officials put the number of dead civilians at 40.", "killed", "dead civilians")]
    [InlineData("The army said it had killed 20 militants in the operation.", "killed", "militants killed")]
    [InlineData("The army said the strike wounded 15 civilians.", "wounded", "civilians wounded")]
    [InlineData("Officials said the quake struck at dawn, killing at least 14 people.", "killed", "people killed")]
    [InlineData("Police said the blast wounded 40.", "wounded", "wounded")]
    [InlineData("Police said the raid captured 3 of the villages.", "other", "other")]
    [InlineData("Officials said the victim, who died, 63, was a teacher.", "other", "other")]
    [InlineData("Officials said Evil Dead 2 was banned.", "other", "other")]
    [InlineData("Police said the woman injured, 35, was a teacher.", "other", "other")]
    [InlineData("The minister said the vaccine could save hundreds of thousands of lives.", "other", "lives")]
    [InlineData("Officials put the death toll at 40.", "killed", "death toll")]
    [InlineData("The minister said the new rules had saved up to 300 lives a year.", "other", "lives")]
    [InlineData("The minister said the famine had claimed 300 lives.", "killed", "lives")]
    [InlineData("The army said hundreds of soldiers had been killed.", "killed", "soldiers killed")]
    [InlineData("Officials said the regime killed hundreds of protesters.", "killed", "protesters killed")]
    [InlineData("Officials said the lives of millions of people were at risk.", "other", "people")]
    [InlineData("Officials said thousands of letters between prisoners were lost.", "other", "letters")]
    [InlineData("Officials said the 2024 floods killed 12 people.", "killed", "people killed")] // "the 2024" is a year
    [InlineData("Officials said Rwanda's 1994 genocide killed 800,000 people.", "killed", "people killed")]
    [InlineData("Officials said 1994 was the year 800,000 people were killed.", "killed", "people killed")] // a count takes "were"
    [InlineData("Officials said the death toll from the quake rose to 2,900.", "killed", "death toll")]
    [InlineData("Officials said the death toll from the sinking of the ferry KMP Bahari Nusantara in the Bali Strait rose to nine.", "killed", "death toll")]
    [InlineData("Officials said some 640 residents living near the Xiangshui industrial park were evacuated overnight.", "evacuated", "residents evacuated")]
    [InlineData("Officials said some 640 living near the park were evacuated overnight.", "evacuated", "evacuated")]
    [InlineData("Officials said some 640 residents nearby were evacuated overnight.", "evacuated", "residents nearby evacuated")]
    [InlineData("Officials said some 640 residents living near the park, which burned, were evacuated.", "other", "residents living")]
    [InlineData("Officials said the number of people killed in Monday's collapse of a waste dump at a copper mine near Chingola rose to 38.", "killed", "people killed in Monday's collapse of a waste dump")]
    [InlineData("Police said fourteen people were arrested.", "captured", "people arrested")]
    [InlineData("Police said two people were shot dead.", "killed", "people dead")]
    [InlineData("Officials said the floods had brought the toll to 148.", "killed", "toll")]
    [InlineData("Officials said the death toll hits 100.", "killed", "death toll")]
    [InlineData("Officials said the quake took a heavy toll on the region and aid reached 30 villages.", "other", "villages")]
    [InlineData("Officials said at least 600 migrants drowned off Greece.", "killed", "migrants drowned")]
    [InlineData("Officials said the quake, which measured 6.8, killed 2,900 people.", "killed", "people killed")] // a magnitude counts no one
    [InlineData("Officials said rain over the past 48 hours killed 16 people.", "killed", "people killed")]
    [InlineData("Officials said about 1 in 4 children and 30 adults were hurt.", "wounded", "adults hurt")]
    [InlineData("Officials said the strikes killed 40 in 24 hours.", "killed", "killed")] // a count and when, not a ratio
    [InlineData("Officials said police arrested 300 in 2023.", "captured", "arrested")] // a count, not "300 in 2023"
    // Outbreaks: "cases" counts the sick only where the clause speaks of illness.
    [InlineData("The ministry said there were 3,381 suspected cases.", "cases", "suspected cases")]
    [InlineData("The ministry said Sudan has recorded 3,180 cholera cases since May.", "cases", "cholera cases")]
    [InlineData("The ministry said the outbreak had reached 500 cases.", "cases", "cases")]
    [InlineData("The ministry said cases of measles have climbed to 400.", "cases", "cases")]
    [InlineData("MSF said more than 4,000 people have been infected.", "cases", "people infected")]
    [InlineData("Officials said the 2017 outbreak infected more than 36,000 people.", "cases", "people infected")]
    [InlineData("Her firm said Elizabeth Wallace had argued 39 cases before the high court.", "other", "cases")]
    [InlineData("Police said 500 cases of wine were stolen.", "other", "cases")]
    [InlineData("The court said 36 fodder cases went to the high court in Ranchi that had opened a new wing.", "other", "fodder cases")]
    [InlineData("Officials said the 2017 outbreak infected 3 laptops.", "other", "laptops")] // only people are infected
    [InlineData("Officials said the virus spread through the camp, infecting 300 residents.", "cases", "residents infected")]
    [InlineData("The outbreak is over. The ministry said there were 39 cases before the court.", "other", "cases")] // another sentence's illness
    // People driven from their homes.
    [InlineData("Officials said more than 400,000 people have been displaced.", "displaced", "people displaced")]
    [InlineData("Officials said the storm displaced 50,000 villagers.", "displaced", "villagers displaced")]
    [InlineData("Officials said nearly 1,900 families were left homeless.", "displaced", "families homeless")]
    [InlineData("Officials said the floods swept the valley, displacing 12,000 residents.", "displaced", "residents displaced")]
    [InlineData("Officials said 200,000 residents were evacuated.", "evacuated", "residents evacuated")]
    [InlineData("Officials said the hospital evacuated 300 patients.", "evacuated", "patients evacuated")]
    [InlineData("Officials said the floods displaced 2,000 households.", "displaced", "households displaced")]
    [InlineData("Officials said the storm displaced 9,000 inhabitants.", "displaced", "inhabitants displaced")]
    [InlineData("Officials said the country hosts 1.2 million refugees.", "refugees", "refugees")]
    [InlineData("Officials said the storm evacuated 3 hospitals.", "other", "hospitals")]
    public void Figures_carry_what_they_count(string text, string kind, string subject)
    {
        var figure = Only(text).Figures.Single();

        Assert.Equal(kind, figure.SubjectKey);
        Assert.Equal(subject, figure.Subject);
    }

    [Theory]
    [InlineData("The army said it had killed 20 minutes on the way.")]
    [InlineData("Officials said he was killed three years ago.")]
    [InlineData("Officials said the quake measured 6.8 near the coast.")]
    [InlineData("Officials said the candidate won by 20 points.")]
    [InlineData("Officials said 1 in 4 children were hurt.")]
    [InlineData("Officials said three out of five schools were hit.")]
    [InlineData("Police said a man, 45, was killed.")]
    [InlineData("Police said the defendant, 34, was wounded.")]
    public void Spans_measures_shares_and_ages_are_no_figures(string text)
    {
        Assert.Empty(Only(text).Figures);
    }

    [Fact]
    public void A_statement_of_a_figure_without_a_source_is_an_unattributed_claim()
    {
        var claim = Only("Around 11,000 soldiers have been deployed since October.");

        Assert.Equal((Claimant.UnattributedName, ClaimExtractor.FigureRule), (claim.Claimant.Name, claim.Rule));
    }

    [Fact]
    public void Claims_carry_their_dates_resolved_against_publication_and_their_entities()
    {
        var claim = Assert.Single(Claims("The soldier was captured on December 26 in Kursk, the National Intelligence Service said.", new PartialDate(2024, 12, 27)));

        Assert.Equal(new DateOnly(2024, 12, 26), Assert.Single(claim.Dates).From);
        Assert.Contains("place/Kursk", claim.Entities);
    }
}
