using System.Collections.Frozen;
using System.Runtime.InteropServices;
using System.Text;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds entity mentions: first the longest gazetteer names (aliases and demonyms) at each word, then, among the
/// remaining capitalised words, name-like sequences that are not merely a capitalised first word of a sentence —
/// several words, mid-sentence, or repeated — with weekdays, months, titles and sentence-opening words excluded.
/// </summary>
public sealed partial class EntityRecognizer
{
    /// <summary>Rule names, recorded on every mention.</summary>
    public const string AliasRule = "gazetteer-alias", DemonymRule = "gazetteer-demonym", NestedRule = "gazetteer-nested", CapitalisedRule = "capitalised-sequence", DatelineRule = "dateline";

    private static readonly FrozenSet<string> NotNames = FrozenSet.ToFrozenSet(
    [
        // Days and months
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        // Titles and ranks that precede names
        "president", "prime", "minister", "chancellor", "secretary", "general", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
        "mr", "mrs", "ms", "dr", "prof", "sen", "senator", "rep", "gov", "governor", "king", "queen", "prince", "pope", "leader",
        "chairman", "chief", "commander", "lawmaker", "spokesman", "spokeswoman", "spokesperson", "ambassador", "mayor", "director",
        "colonel", "lieutenant", "sergeant", "admiral", "brigadier", "brig", "marshal", "speaker", "sheriff", "chairperson",
        // A storm's category ("a Category 3 hurricane") is no name.
        "category",
        // British honours and clergy, and the titles news gives people for a day ("Pollster Ann Selzer"). Not "Dame", which
        // ends "Notre Dame", nor "Judge" or "Bishop", which are surnames too.
        "sir", "lord", "baroness", "rev", "reverend", "fr", "archbishop", "rabbi", "councillor", "councilman", "councilwoman", "candidate", "pollster",
        "ombudsman", "ombudsperson", "commandant", "collector", "commissioner", "inspector", "undersecretary", "atty",
        // Words that open sentences or headlines
        "the", "a", "an", "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we", "you", "i", "our",
        "his", "her", "their", "in", "on", "at", "for", "but", "and", "or", "so", "if", "when", "while", "as", "after", "before",
        "since", "according", "earlier", "later", "meanwhile", "however", "moreover", "read", "photos", "images", "reports", "news",
        "most", "many", "some", "neither", "nor", "up", "around", "through", "under", "dear", "by", "with", "from", "to", "of",
        "no", "not", "yes", "what", "who", "why", "how", "where", "which", "also", "more", "about", "over", "one", "all", "both",
        "i'm", "i'll", "i'd", "i've", "we're", "we've", "we'll", "you're", "they're", "let", "don't", "can't", "won't",
        // Interjections and verbs that open quoted speech and lyrics ("Well, …", "Yeah", "Look, …")
        "well", "yeah", "just", "be", "is", "are", "was", "do", "did", "get", "got", "make", "look", "oh", "my", "cause",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Auxiliaries and object pronouns: capitalised inside the title of a work ("The Hills Have Eyes", "Kiss Me Deadly")
    /// but never first or last in a name, where they are text run on across a missing full stop ("Eva Had a long day").
    /// </summary>
    private static readonly FrozenSet<string> InsideNamesOnly = FrozenSet.ToFrozenSet(
        ["had", "has", "have", "were", "been", "does", "would", "could", "should", "must", "might", "shall", "him", "them", "me"],
        StringComparer.Ordinal);

    /// <summary>
    /// Words for a kind of body that, alone and capitalised ("the Government said", "the Committee noted"), name no
    /// particular one; in a longer name they stay ("the Security Council", "Islamic State").
    /// </summary>
    /// <summary>Units written with a capital after a figure: "degrees Celsius", "300 MW".</summary>
    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
        ["celsius", "fahrenheit", "kelvin", "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GenericBodies = FrozenSet.ToFrozenSet(
    [
        "government", "state", "states", "committee", "assembly", "commission", "council", "court", "convention",
        "constitution", "ministry", "department", "agency", "office", "administration", "authority", "tribunal", "board",
        "secretariat", "conference", "union", "party", "parliament",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Ordinary words that open sentences, which a name may follow ("During World War II", "Now Los Angeles…"): at a
    /// sentence start they are left out of the name, which then counts as written mid-sentence. Words that are also
    /// first names ("Will", "Mark") are not listed.
    /// </summary>
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(
    [
        "now", "then", "maybe", "perhaps", "hi", "hey", "during", "despite", "still", "thus", "yet",
        "already", "instead", "indeed", "today", "yesterday", "tomorrow", "tonight", "last", "next", "every", "each", "another",
        "such", "only", "even", "once", "unlike", "like", "without", "within", "among", "across", "against", "outside",
        "inside", "beyond", "until", "unless", "whether", "although", "though", "besides", "following", "including", "amid",
        "please", "thanks", "thank", "sorry", "hello", "wow", "ok", "okay", "because", "your", "our", "thought",
        "keeping", "under", "later", "earlier", "shortly", "soon", "finally", "first", "second", "third", "overall",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Titles that only people bear, so the unknown name right after one is a person ("Mr Smith", "Gov. Jane Doe").
    /// Titles that also begin company and place names ("General Motors", "King's Cross") are left out.
    /// </summary>
    private static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
    [
        "mr", "mrs", "ms", "dr", "prof", "sen", "senator", "rep", "gov", "governor", "president", "minister", "chancellor", "mayor",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "lawmaker", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "pope",
        "colonel", "lieutenant", "sergeant", "admiral", "brigadier", "commander", "leader", "speaker", "executive", "manager",
        "director", "coach", "founder", "chairman", "chairwoman", "chairperson", "ceo", "professor", "secretary", "sheriff", "brig", "marshal",
        "sir", "lord", "baroness", "rev", "reverend", "archbishop", "rabbi", "councillor", "councilman", "councilwoman", "candidate", "pollster",
        "ombudsman", "ombudsperson", "commandant", "collector", "commissioner", "inspector", "undersecretary", "atty", "investigator",
        "superintendent",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Last words of a capitalised run that qualifies the title after it rather than naming anything: "Senate Majority
    /// Leader Chuck Schumer", "Chief Cabinet Secretary Yoshimasa Hayashi", "Chief Operating Officer Jane Doe". A body
    /// before a title ("Tesla CEO Elon Musk", "Kremlin spokesman") stays a name.
    /// </summary>
    private static readonly FrozenSet<string> TitleQualifiers = FrozenSet.ToFrozenSet(
    [
        "majority", "minority", "cabinet", "deputy", "vice", "foreign", "home", "interior", "finance", "defence", "defense",
        "justice", "health", "education", "trade", "transport", "environment", "economy", "agriculture", "shadow", "assistant",
        "associate", "acting", "junior", "operating", "financial", "technology", "marketing", "information", "naval", "police",
        "press", "communications", "legal", "military", "medical", "air", "european", "senior",
        "rear", // "Rear Admiral Teodoro Dimaculangan"
    ], StringComparer.Ordinal);

    /// <summary>
    /// What a chief heads when "chief" is a person's title ("police chief Mark Jones", "Army Chief Asim Munir"). "Chief"
    /// alone is not one: "Chief Justice" and "Chief Executive" precede names of offices as often as names of people.
    /// </summary>
    private static readonly FrozenSet<string> ChiefOf = FrozenSet.ToFrozenSet(
        ["police", "army", "military", "navy", "spy", "intelligence", "defence", "defense", "fire", "security", "party", "rebel", "militia"],
        StringComparer.Ordinal);

    /// <summary>The titles above that are written abbreviated, with a period ("Gov. Jane Doe").</summary>
    internal static readonly FrozenSet<string> AbbreviatedTitles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "brig", "fr", "atty"],
        StringComparer.Ordinal);

    /// <summary>Nouns that, in an appositive after a name, describe a person: "Jane Doe, a spokeswoman for the army,".</summary>
    private static readonly FrozenSet<string> PersonNouns = FrozenSet.ToFrozenSet(
    [
        "spokesman", "spokeswoman", "spokesperson", "official", "minister", "president", "commander", "general", "mayor", "governor",
        "ambassador", "adviser", "advisor", "aide", "analyst", "expert", "lawmaker", "senator", "secretary", "chairman", "chairwoman",
        "envoy", "negotiator", "representative", "leader", "director", "professor", "researcher", "lawyer", "resident", "witness",
        "doctor", "nurse", "soldier", "officer", "colonel", "journalist", "reporter", "correspondent", "diplomat", "politician", "mother", "father",
        "strategist", "economist", "founder", "coach", "manager", "attorney",
        // Who a disaster's reports quote: "Lee Soo-jin, a 34-year-old tourist", "one firefighter, Joaquim Brito Marques".
        "tourist", "volunteer", "firefighter", "survivor", "passenger", "student", "teacher", "farmer", "fisherman", "driver",
        "engineer", "shopkeeper", "villager", "miner", "pilot", "captain", "wife", "husband", "brother",
        "sister", "grandmother", "grandfather", "widow", "relative", "neighbour", "neighbor", "victim", "coordinator", "co-ordinator",
        "organiser", "organizer", "activist", "owner", "striker", "player", "goalkeeper", "midfielder", "defender", "fan", "supporter",
        // Who counts the dead and finds out why: "Ramesh Tripathi, superintendent of the hospital", "a flight attendant, Ni Luh Putu Ayu Lestari".
        "superintendent", "coroner", "pathologist", "physician", "surgeon", "paramedic", "registrar", "warden", "investigator", "attendant",
    ], StringComparer.Ordinal);

    /// <summary>The words of an office after "Secretary of", "Minister of": "State", "Defense", "Foreign Affairs", "Homeland Security".</summary>
    private static readonly FrozenSet<string> Offices = FrozenSet.ToFrozenSet(
    [
        "state", "defense", "defence", "commerce", "energy", "health", "education", "transportation", "transport", "treasury",
        "agriculture", "labor", "labour", "interior", "justice", "housing", "finance", "foreign", "affairs", "homeland", "security",
        "veterans", "culture", "trade", "war", "economy", "industry", "environment", "police", "mines", "mining",
    ], StringComparer.Ordinal);

    /// <summary>Words that show the words after a name's comma are a clause or an adjunct, not a bare description ("…, was elected", "…, under its president").</summary>
    private static readonly FrozenSet<string> NotInBareAppositive = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "was", "is", "were", "are", "has", "had", "have", "be", "been", "will", "would", "under", "with", "in",
        "on", "at", "for", "of", "by", "to", "from", "its", "his", "her", "their", "our", "and", "or", "but", "as", "not",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Prepositions of place, after which a name opens an adverbial phrase ("In Izium, the mayor said…"). Not "by", "of" or
    /// "from", which often lead to people ("a statement from Jane Doe, a spokeswoman…").
    /// </summary>
    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "into", "outside", "inside", "across", "around", "towards", "toward", "throughout", "within"],
        StringComparer.Ordinal);

    /// <summary>Words that, before a known place, say which part of it is meant ("Southern California", "Eastern Ukraine").</summary>
    private static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
    [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower", "greater",
    ], StringComparer.Ordinal);

    /// <summary>Words that, after a known place, name the same place ("Kursk Region", "Donetsk Oblast").</summary>
    private static readonly FrozenSet<string> PlaceSuffixes = FrozenSet.ToFrozenSet(
        ["region", "oblast", "province", "governorate", "district", "krai", "prefecture", "raion"], StringComparer.Ordinal);

    /// <summary>
    /// Occupations written before a name like a title ("Historian Mark Mazower", "Reporter Kimberly Wells"); with
    /// hyphenated titles ("President-elect", "Vice-President") they are kept out of the name they introduce.
    /// </summary>
    private static readonly FrozenSet<string> Occupations = FrozenSet.ToFrozenSet(
    [
        "historian", "economist", "analyst", "professor", "author", "writer", "novelist", "activist", "reporter",
        "journalist", "correspondent", "commentator", "lawyer", "attorney", "officer", "judge", "justice", "rabbi", "imam",
        "pastor", "father", "bishop", "archbishop", "cardinal", "sheikh", "executive", "founder", "coach", "manager", "editor",
        "producer", "ceo", "cfo", "coo", "cto", "chair", "chairperson",
    ], StringComparer.Ordinal);

    // Written like initials, but no one's: "U.S. Marines", "the B.C. Lions", "U.S.S. Constitution", "G.I. Joe".
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
        ["u.s.", "u.k.", "u.n.", "e.u.", "u.s.a.", "u.s.s.", "u.s.s.r.", "u.a.e.", "b.c.", "a.d.", "d.c.", "l.a.", "n.y.", "s.f.", "n.j.",
         "p.r.", "g.i.", "h.m.s.", "a.m.", "p.m.", "f.c.", "s.c.", "r.i.p.", "p.s.", "u.s.a.f.", "m.d.", "ph.d."], StringComparer.Ordinal);

    // Bodies whose name opens with "General", a rank before a person's name elsewhere: "Ukraine's General Staff", "the
    // UN General Assembly", "General Motors".
    private static readonly FrozenSet<string> AfterGeneral = FrozenSet.ToFrozenSet(
        ["staff", "assembly", "motors", "electric", "dynamics", "mills", "directorate", "hospital", "council", "secretariat", "command",
         "prosecutor's", "accounting", "administration", "confederation", "conference", "synod"], StringComparer.Ordinal);

    /// <summary>
    /// Whether two name words start at <paramref name="token"/>: after "to", "on" or "against" the name goes on only so
    /// ("Committee to Protect Journalists"), not into where a letter went or what a party said ("the Justice Department
    /// to Congress", "the Conservative Party on Brexit").
    /// </summary>
    private static bool TwoNameWordsFrom(string text, List<WordToken> tokens, bool[] covered, int token) =>
        token + 1 < tokens.Count && IsNameWord(tokens[token + 1], covered[token + 1]) && OnlySpacesOrQuotes(text, tokens[token].End, tokens[token + 1].Start);

    /// <summary>Lower-case words inside the names of bodies, after a word that heads one: "Office for National Statistics".</summary>
    private static readonly FrozenSet<string> BodyConnectors = FrozenSet.ToFrozenSet(["for", "to", "without", "against", "on"], StringComparer.Ordinal);

    /// <summary>Words that head a body's name and may be followed by one of <see cref="BodyConnectors"/> and more of the name.</summary>
    internal static readonly FrozenSet<string> BodyHeads = FrozenSet.ToFrozenSet(
    [
        "observatory", "office", "committee", "institute", "centre", "center", "centers", "centres", "council", "commission", "agency",
        "foundation", "fund", "coalition", "alliance", "association", "league", "organisation", "organization", "federation",
        "ministry", "department", "bureau", "society", "network", "movement", "party", "doctors", "reporters", "campaign", "union",
        "forum", "front", "authority", "board", "trust", "mission", "initiative",
    ], StringComparer.Ordinal);

    /// <summary>A surname with the Arabic article joined by a hyphen: "al-Assad", "el-Sisi", "ash-Sharaa", "ibn-Saud".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(al|el|ad|as|ash|an|ar|at|az|ibn)-\p{Lu}\p{L}")]
    private static partial System.Text.RegularExpressions.Regex ArabicArticle();

    /// <summary>Whether the word is a surname with the Arabic article; the hyphen is looked for first, as most words have none.</summary>
    private static bool IsArabicSurname(string word) => word.IndexOf('-') is >= 2 and <= 3 && ArabicArticle().IsMatch(word);

    /// <summary>Lower-case words inside a name: "Bank of England", "Jonah van der Berg".</summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(Surnames.Particles.Append("of"), StringComparer.Ordinal);

    /// <summary>Two particles of a surname in a row: "van der", "van den", "von der", "de la", "de los", "de las", "van de".</summary>
    private static bool DoubleParticle(string first, string second) =>
        (first is "van" or "von" && second is "der" or "den" or "de") || (first == "de" && second is "la" or "los" or "las");

    /// <summary>
    /// A Dutch or German surname of two particles names a person: no body or place is called "… van der …". Not "… de
    /// la …", which joins places' names as often ("Place de la Concorde").
    /// </summary>
    private static bool HasDoubleParticle(List<WordToken> tokens, (int Start, int End) run)
    {
        for (var t = run.Start + 1; t + 2 <= run.End; t++)
        {
            if (tokens[t].Text is "van" or "von" && DoubleParticle(tokens[t].Text, tokens[t + 1].Text))
            {
                return true;
            }
        }
        return false;
    }

    private readonly Gazetteer _gazetteer;

    /// <summary>Creates a recognizer over <paramref name="gazetteer"/>.</summary>
    public EntityRecognizer(Gazetteer gazetteer) => _gazetteer = gazetteer;

    /// <summary>The mentions in <paramref name="text"/>, in text order.</summary>
    public IReadOnlyList<EntityMention> Recognize(string text, IReadOnlyList<TextSpan> sentences) => Recognize(text, Words.Tokenize(text), sentences);

    /// <summary>The mentions among already tokenised words of <paramref name="text"/>.</summary>
    internal IReadOnlyList<EntityMention> Recognize(string text, List<WordToken> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var sentenceStarts = SentenceStartTokens(tokens, sentences);
        var lowerCase = new LowerCaseWords(tokens);
        var mentions = new List<EntityMention>();
        List<(int Mention, IReadOnlyList<GazetteerEntry> Senses)>? ambiguous = null;
        var covered = new bool[tokens.Count];
        var datelinePlaces = ReadDatelines(text, tokens, sentenceStarts, covered);
        for (var i = 0; i < tokens.Count;)
        {
            if (covered[i])
            {
                i++;
            }
            else if (LongestMatch(text, tokens, i) is { } match && !OvertakenFrom(text, tokens, i, match.End) && !EndsUnknownName(text, tokens, sentenceStarts, i, match)
                && !SomeoneElsesSurname(text, tokens, covered, sentenceStarts, lowerCase, i, match) && !OpensRegionsName(text, tokens, match.End)
                && !(match.Match.Entry.Type == "country" && !match.Match.IsDemonym && NamesAPlaceWithin(text, tokens, i, match.End)))
            {
                var entry = match.Match.Entry;
                mentions.Add(new EntityMention(entry.Name, entry.Type, entry.CountryName, TextSpan.FromBounds(tokens[i].Start, tokens[match.End].End),
                    match.Match.IsDemonym ? DemonymRule : AliasRule, match.Match.IsDemonym ? 0.85 : 0.95));
                if (match.Match.Senses is { } senses)
                {
                    (ambiguous ??= []).Add((mentions.Count - 1, senses));
                }
                // A body's name may hold a country ("South Korea's spy agency"); a place's does not ("American Samoa", "New Guinea").
                if (entry.Type is not ("country" or "place"))
                {
                    mentions.AddRange(NestedCountries(text, tokens, i, match.End, entry));
                }
                for (var k = i; k <= match.End; k++)
                {
                    covered[k] = true;
                }
                i = match.End + 1;
            }
            else
            {
                i++;
            }
        }
        if (ambiguous is not null)
        {
            ChooseSensesByContext(text, mentions, ambiguous);
        }
        AddDatelinePlaces(text, tokens, covered, datelinePlaces, mentions);
        var capitalised = mentions.Count;
        mentions.AddRange(CapitalisedSequences(text, tokens, covered, sentenceStarts, lowerCase));
        DropPlacesInPeoplesNames(mentions, capitalised);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        PlacesAsSurnamesAfterFullNames(text, mentions);
        return mentions;
    }

    /// <summary>
    /// Datelines ("LOS ANGELES (Reuters) — Thirteen people…"): the story's first word after one opens its sentence as a
    /// sentence's first word does, and an agency credited in brackets there is no mention of anything the story is about.
    /// </summary>
    /// <returns>The words naming each dateline's place ("SURABAYA" in "SURABAYA, Indonesia —"), and where the dateline ends.</returns>
    private static List<(int First, int Last, int End)> ReadDatelines(string text, List<WordToken> tokens, HashSet<int> sentenceStarts, bool[] covered)
    {
        List<int>? storyStarts = null;
        var places = new List<(int First, int Last, int End)>();
        foreach (var start in sentenceStarts)
        {
            if (Dateline.At(text, tokens[start].Start) is not { } dateline)
            {
                continue;
            }
            var last = start;
            while (last + 1 < tokens.Count && Words.Gap(text, tokens, last) is " " && IsAllCapitals(tokens[last + 1].Text))
            {
                last++;
            }
            if (IsAllCapitals(tokens[start].Text) && !NotDatelinePlaces.Contains(tokens[start].Key))
            {
                places.Add((start, last, dateline.End));
            }
            var t = start;
            for (; t < tokens.Count && tokens[t].Start < dateline.End; t++)
            {
                covered[t] |= dateline.Agency is { } agency && tokens[t].Start >= agency.Start && tokens[t].End <= agency.End;
            }
            if (t < tokens.Count)
            {
                (storyStarts ??= []).Add(t);
            }
        }
        sentenceStarts.UnionWith(storyStarts ?? []);
        return places;
    }

    /// <summary>Words in capitals before a dash that label a story rather than say where it was filed.</summary>
    private static readonly FrozenSet<string> NotDatelinePlaces = FrozenSet.ToFrozenSet(
        ["breaking", "update", "updated", "exclusive", "analysis", "opinion", "live", "watch", "correction", "editorial", "review",
         "summary", "pricing", "note", "verdict", "background", "video", "photos", "fact", "explainer"], StringComparer.Ordinal);

    private static bool IsAllCapitals(string word) => word.Length > 1 && word.Any(char.IsLetter) && !word.Any(char.IsLower);

    /// <summary>
    /// "SURABAYA, Indonesia, Aug 9 (Global Wire) —", "KOLWEZI —": the place a story was filed from is a place the story is
    /// about, of the country the dateline names with it, when the gazetteer does not know it already.
    /// </summary>
    private static void AddDatelinePlaces(string text, List<WordToken> tokens, bool[] covered, List<(int First, int Last, int End)> places, List<EntityMention> mentions)
    {
        foreach (var (first, last, end) in places)
        {
            if (Enumerable.Range(first, last - first + 1).Any(t => covered[t]))
            {
                continue;
            }
            var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
            var country = mentions.FirstOrDefault(m => m.Span.Start > span.End && m.Span.End <= end && m.Type == "country")?.Name;
            mentions.Add(new EntityMention(span.Of(text), "place", country, span, DatelineRule, 0.9));
            for (var t = first; t <= last; t++)
            {
                covered[t] = true;
            }
        }
    }

    /// <summary>
    /// "Michael Jordan said… Jordan, who owns a stake,": after a person's full name that ends in the one-word name of a
    /// country or place ("Joe Montana"), that word alone stands for the person, as any surname does. Only after the
    /// full name, and not once two people's names end in it. <paramref name="mentions"/> is in text order.
    /// </summary>
    private static void PlacesAsSurnamesAfterFullNames(string text, List<EntityMention> mentions)
    {
        Dictionary<string, (EntityMention Person, bool Ambiguous)>? people = null;
        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.Type == "person" && mention.Rule == CapitalisedRule && mention.Name.LastIndexOf(' ') is > 0 and var space)
            {
                var surname = mention.Name[(space + 1)..];
                people ??= new Dictionary<string, (EntityMention, bool)>(StringComparer.Ordinal);
                people[surname] = people.TryGetValue(surname, out var known) && (known.Ambiguous || known.Person.Name != mention.Name)
                    ? (known.Person, true) : (mention, false);
            }
            else if (people is not null && mention.Type is "country" or "place" && mention.Rule == AliasRule
                && people.TryGetValue(Words.StripPossessive(text[mention.Span.Start..mention.Span.End]), out var person) && !person.Ambiguous)
            {
                mentions[m] = new EntityMention(person.Person.Name, "person", null, mention.Span, CapitalisedRule, person.Person.Confidence);
            }
        }
    }

    /// <summary>
    /// "Georgia" is the country in an article that also names Tbilisi or Georgians, and the US state in one that names
    /// Atlanta or other states: a name that stands for several entries is, throughout the article, the one whose
    /// country the article's places (and, for a country, its demonyms) are in. A state's office after the name
    /// ("Georgia Gov. Brian Kemp", "Georgia state senator") is evidence for the sense that is a place within a country.
    /// Without such evidence it is the entry listed first.
    /// </summary>
    private static void ChooseSensesByContext(string text, List<EntityMention> mentions, List<(int Mention, IReadOnlyList<GazetteerEntry> Senses)> ambiguous)
    {
        var undecided = ambiguous.Select(a => a.Mention).ToHashSet();
        foreach (var (index, senses) in ambiguous)
        {
            var best = senses[0];
            var bestEvidence = 0;
            var stateOffices = 0;
            foreach (var (other, otherSenses) in ambiguous)
            {
                if (otherSenses == senses && StateOfficeAfter(text, mentions[other].Span.End))
                {
                    stateOffices += 2; // written next to the name, it outweighs a place or a demonym elsewhere
                }
            }
            foreach (var sense in senses)
            {
                var evidence = sense.Type == "place" ? stateOffices : 0;
                for (var m = 0; m < mentions.Count; m++)
                {
                    var other = mentions[m];
                    if (!undecided.Contains(m) && other.Country == sense.CountryName
                        && (other.Type == "place" || (sense.Type == "country" && other.Rule == DemonymRule)))
                    {
                        evidence++;
                    }
                }
                if (evidence > bestEvidence)
                {
                    (best, bestEvidence) = (sense, evidence);
                }
            }
            var mention = mentions[index];
            mentions[index] = mention with { Name = best.Name, Type = best.Type, Country = best.CountryName };
        }
    }

    /// <summary>Offices of a state or a province, written after its name: "Georgia Gov. Brian Kemp", "Ontario Premier Doug Ford".</summary>
    private static readonly FrozenSet<string> StateOffices = FrozenSet.ToFrozenSet(
        ["Gov", "Governor", "Lt", "Lieutenant", "state", "Premier", "statehouse", "legislature", "Legislature"], StringComparer.Ordinal);

    /// <summary>Whether the word after <paramref name="end"/>, past spaces, is a state's office.</summary>
    private static bool StateOfficeAfter(string text, int end)
    {
        var start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }
        var stop = start;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }
        return stop > start && StateOffices.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, stop - start));
    }

    /// <summary>
    /// "Defence Minister Israel Katz", "Joe Montana", "Real Madrid": the name of a country or place inside a person's or
    /// a club's name is part of the name, not a mention of it. <paramref name="from"/> is where the names found by
    /// capitalisation begin.
    /// </summary>
    private static void DropPlacesInPeoplesNames(List<EntityMention> mentions, int from)
    {
        // Few names are people's: gather their spans once rather than pass over every name for every place.
        List<TextSpan>? people = null;
        for (var p = from; p < mentions.Count; p++)
        {
            if (mentions[p].Type == "person" || IsClubName(mentions[p].Name))
            {
                (people ??= []).Add(mentions[p].Span);
            }
        }
        if (people is null)
        {
            return;
        }
        for (var c = from - 1; c >= 0; c--)
        {
            var place = mentions[c];
            if (place.Type is not ("country" or "place") || place.Rule != AliasRule)
            {
                continue;
            }
            foreach (var name in people)
            {
                if (name.Start <= place.Span.Start && place.Span.End <= name.End)
                {
                    mentions.RemoveAt(c);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "said Ivanka Trump", "Hunter Biden told…", "Colonel Yuri Budanov": a person's one-word alias (a surname) right
    /// after another name word is someone else of that name, left to the capitalised-sequence rule. After a title
    /// ("President Biden", "Mr Trump") it is the gazetteer's person, and at the start of a sentence too when the word
    /// before only qualifies it ("Former Trump aides…") or is a word the article also writes in lower case.
    /// </summary>
    private static bool SomeoneElsesSurname(string text, List<WordToken> tokens, bool[] covered, HashSet<int> sentenceStarts, LowerCaseWords lowerCase,
        int start, (TrieMatch Match, int End) match)
    {
        if (match.Match.Entry.Type != "person" || match.End != start || start == 0)
        {
            return false;
        }
        var before = start - 1;
        return IsNameWord(tokens[before], covered[before]) && OnlySpacesOrQuotes(text, tokens[before].End, tokens[start].Start)
            && (!sentenceStarts.Contains(before) || IsFirstName(tokens, before, lowerCase));
    }

    /// <summary>Whether a capitalised word opening a sentence before a surname is a first name (see <see cref="Surnames.Modifiers"/>).</summary>
    private static bool IsFirstName(List<WordToken> tokens, int word, LowerCaseWords lowerCase)
    {
        var key = tokens[word].Key;
        var text = tokens[word].Text;
        // Not "Chicago's Trump Hotel", "Pinch-hitter Modi" or "CIA": a possessive, a compound of a common word, an acronym.
        if (Surnames.Modifiers.Contains(key) || tokens[word].IsAllCaps || tokens[word].IsPossessive
            || (text.IndexOf('-') is > 0 and var hyphen && hyphen + 1 < text.Length && char.IsLower(text[hyphen + 1])))
        {
            return false;
        }
        return !lowerCase.Contains(key);
    }

    /// <summary>
    /// "Sarah Hunt said", "Chad Smith", "Maria von Trapp": a name of two or three plain words that opens with a given
    /// name is a person's, unless a capitalised word after the given name is one the article also writes in lower case
    /// ("Kevin James Without", run on from a heading) or ends names of places and bodies ("Beverly Hills", "Madison
    /// Square Garden"), or the name is of an event or a thing that the noun right after it says ("the Sierra Alta fire").
    /// </summary>
    private static bool OpensWithGivenName(string text, List<WordToken> tokens, (int Start, int End) run, LowerCaseWords lowerCase)
    {
        if (run.End + 1 < tokens.Count && ThingsNamedAfter.Contains(tokens[run.End + 1].Key) && Words.Gap(text, tokens, run.End) is " ")
        {
            return false;
        }
        // "J. Matthew de Heus": a given name after initials opens the name as well.
        var first = run.Start;
        while (first < run.End && tokens[first].Text.Length == 1 && char.IsUpper(tokens[first].Text[0]))
        {
            first++;
        }
        if (run.End == first || !GivenNames.Contains(tokens[first].Key) || !Surnames.LooksLikeFullName(tokens, (first, run.End)))
        {
            return false;
        }
        for (var t = first + 1; t <= run.End; t++)
        {
            // Not "von" of "Maria von Trapp": a connector is a lower-case word by right. An initial ("Harry C.
            // Thomson") is no word, whatever letters stand alone in the text ("(c)").
            if (tokens[t].IsCapitalized && tokens[t].Text.Length > 1 && lowerCase.ContainsByScan(tokens[t].Key))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The titles by which news refers back to someone it has named in full ("Renée Castellanos… Ms. Castellanos"). Not
    /// an office: "President Biden" after "Hunter Biden" is someone else.
    /// </summary>
    private static readonly FrozenSet<string> CourtesyTitles = FrozenSet.ToFrozenSet(["mr", "mrs", "ms", "miss", "dr"], StringComparer.Ordinal);

    /// <summary>"Hurricane Delphine", "Tropical Storm Alberto": a storm is named as people are, but is none.</summary>
    private static bool NamesAStorm(string name) =>
        name.IndexOf(' ') is > 0 and var space && name[..space].ToLowerInvariant() is "hurricane" or "typhoon" or "cyclone" or "storm" or "tropical";

    /// <summary>Nouns that follow the name of an event or a thing, not a person: "the Sierra Alta fire", "the Camp Marion dam".</summary>
    private static readonly FrozenSet<string> ThingsNamedAfter = FrozenSet.ToFrozenSet(
    [
        "fire", "fires", "wildfire", "blaze", "storm", "flood", "floods", "flooding", "earthquake", "quake", "eruption", "outbreak",
        "dam", "bridge", "airport", "stadium", "mine", "highway", "refinery", "plant", "reservoir", "pipeline",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "Michael Jordan", "Joe Montana": the one-word name of a country or place right after a given name (the word
    /// before <paramref name="word"/>) is a surname, and the run of name words goes on over it. Not when that name is
    /// part of a longer known name ("Jordan River" in a gazetteer that holds it).
    /// </summary>
    private bool PlaceAsSurname(string text, List<WordToken> tokens, bool[] covered, int word)
    {
        if (!covered[word] || !GivenNames.Contains(tokens[word - 1].Key) || tokens[word - 1].IsPossessive
            || text.AsSpan(tokens[word - 1].End, tokens[word].Start - tokens[word - 1].End) is not " "
            || (word + 1 < tokens.Count && covered[word + 1] && text.AsSpan(tokens[word].End, tokens[word + 1].Start - tokens[word].End) is " "))
        {
            return false;
        }
        return IsOneWordPlace(tokens, word, "country");
    }

    /// <summary>Whether the word alone is the gazetteer's name of a place (or of a country, when <paramref name="orType"/> says so).</summary>
    private bool IsOneWordPlace(List<WordToken> tokens, int word, string orType = "place")
    {
        if (!_gazetteer.Root.Children.TryGetValue(tokens[word].Key, out var node))
        {
            return false;
        }
        foreach (var match in node.Matches)
        {
            if ((match.Entry.Type == "place" || match.Entry.Type == orType) && !match.IsDemonym && match.AcceptsCase(tokens, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Words that open a sports club's name before the name of its city: "Real Madrid", "Inter Milan", "Dynamo Kyiv".
    /// A closed set, as titles are: before a city most capitalised words are something else ("Visit Madrid").
    /// </summary>
    private static readonly FrozenSet<string> ClubPrefixes = FrozenSet.ToFrozenSet(
    [
        "real", "atletico", "atlético", "inter", "dynamo", "dinamo", "sporting", "olympique", "racing", "athletic", "bayern",
        "borussia", "hertha", "shakhtar", "zenit", "spartak", "cska", "lokomotiv", "partizan", "ajax", "psv", "galatasaray", "ac",
        "fc", "cf", "benfica", "lazio", "fenerbahce", "fenerbahçe", "besiktas", "beşiktaş", "slavia", "sparta", "legia",
        "ferencvaros", "ferencváros",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a club's name opens with <paramref name="word"/> and goes on with the city at <paramref name="city"/>: "Real Madrid".</summary>
    private bool ClubBeforeCity(List<WordToken> tokens, bool[] covered, int word, int city) =>
        city < tokens.Count && ClubPrefixes.Contains(tokens[word].Key) && !tokens[word].IsPossessive && covered[city]
        && (city + 1 >= tokens.Count || !covered[city + 1]) && IsOneWordPlace(tokens, city);

    private static bool IsClubName(string name) =>
        name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space && ClubPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name.AsSpan(0, space));

    /// <summary>Whether the word is a person's one-word alias in the gazetteer: a surname ("Biden" in "Hunter Biden").</summary>
    private bool IsKnownSurname(List<WordToken> tokens, int word)
    {
        if (!_gazetteer.Root.Children.TryGetValue(tokens[word].Key, out var node))
        {
            return false;
        }
        foreach (var match in node.Matches)
        {
            if (match.Entry.Type == "person" && !match.IsDemonym && match.AcceptsCase(tokens, word))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "South Korea's spy agency" also names South Korea: countries written inside a longer name count too. A body the
    /// gazetteer gives no country holds one only at its name's start ("Saudi Aramco"): inside it, as in "the Organization
    /// of American States" or "the Pan American Health Organization", the word names a region.
    /// </summary>
    private IEnumerable<EntityMention> NestedCountries(string text, List<WordToken> tokens, int start, int end, GazetteerEntry body)
    {
        for (var k = start; k <= (body.Country is null ? start : end); k++)
        {
            var node = _gazetteer.Root;
            for (var j = k; j <= end && node.Children.TryGetValue(tokens[j].Key, out var next); j++)
            {
                node = next;
                if (node.Matches.FirstOrDefault(m => m.Entry.Type == "country" && m.AcceptsCase(tokens, k)) is { } country)
                {
                    yield return new EntityMention(country.Entry.Name, country.Entry.Type, country.Entry.Name,
                        TextSpan.FromBounds(tokens[k].Start, tokens[j].End), NestedRule, 0.8);
                    k = j;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// "Big Apple", "Euro Disney", "Walt Disney": a company's one-word name right after a capitalised word ends a longer
    /// name, not the company's. Not after a word that opens sentences or a title ("The", "At", "Today", "CEO"), nor
    /// after a possessive ("Europe's Airbus"), nor after a sentence's first word unless that is a given name:
    /// "Chipmaker Nvidia said" is Nvidia's.
    /// </summary>
    private static bool EndsUnknownName(string text, List<WordToken> tokens, HashSet<int> sentenceStarts, int start, (TrieMatch Match, int End) match)
    {
        if (match.Match.Entry.Type != "company" || match.End != start || start == 0)
        {
            return false;
        }
        var before = tokens[start - 1];
        return before.IsCapitalized && !before.IsPossessive && !NotNames.Contains(before.Key) && !Openers.Contains(before.Key)
            && !PersonTitles.Contains(before.Key) && (!sentenceStarts.Contains(start - 1) || GivenNames.Contains(before.Key))
            && Words.Gap(text, tokens, start - 1) is " ";
    }

    /// <summary>
    /// Whether an alias ending in a point of the compass goes on as a region's name: "the North" alone is North Korea,
    /// "the North Caucasus", "the North West" and "the North Chungcheong provincial government" are not.
    /// </summary>
    private static bool OpensRegionsName(string text, List<WordToken> tokens, int end) =>
        tokens[end].Key is "north" or "south" or "east" or "west" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized
        && Words.Gap(text, tokens, end) is " ";

    /// <summary>
    /// Whether a country's name is that of a place inside another country, as the lower-case word after it says: "Niger
    /// state" (of Nigeria), "Bahrain town" (in Pakistan), "Kogi and Niger states". Not an abbreviation ("US states",
    /// "a US state"), nor "states" but after another place ("American states" are the country's); "state" only where a
    /// noun does not follow it ("China state media" is China's). A demonym is the caller's to leave: "a Palestinian town".
    /// </summary>
    private static bool NamesAPlaceWithin(string text, List<WordToken> tokens, int start, int end)
    {
        if (end + 1 >= tokens.Count || Words.Gap(text, tokens, end) is not " " || tokens[end].IsPossessive || tokens[end].IsAllCaps)
        {
            return false;
        }
        var next = tokens[end + 1];
        if (next.Text is "town" or "province" or "district" or "county" or "municipality" or "governorate" or "prefecture"
            || (next.Text == "states" && start > 0 && tokens[start - 1].Key == "and"))
        {
            return true;
        }
        return next.Text == "state" && (end + 2 >= tokens.Count || Words.Gap(text, tokens, end + 1).Trim().Length > 0
            || tokens[end + 2].Key is "on" or "in" or "at" or "and" or "or" or "where" or "which" or "to" or "of" or "from" or "with"
                or "by" or "near" or "after" or "before");
    }

    /// <summary>
    /// Whether a name starting inside the match reaches beyond it: "the North Korean" is "the" + "North Korean",
    /// not "the North" + "Korean".
    /// </summary>
    private bool OvertakenFrom(string text, List<WordToken> tokens, int start, int end)
    {
        for (var k = start + 1; k <= end; k++)
        {
            if (LongestMatch(text, tokens, k) is { } inner && inner.End > end)
            {
                return true;
            }
        }
        return false;
    }

    private (TrieMatch Match, int End)? LongestMatch(string text, List<WordToken> tokens, int start)
    {
        (TrieMatch, int)? best = null;
        var node = _gazetteer.Root;
        for (var j = start; j < tokens.Count; j++)
        {
            // "Marks & Spencer", "AT&T": the trie holds an alias's words without the ampersand between them.
            if (j > start && !OnlySpacesOrQuotes(text, tokens[j - 1].End, tokens[j].Start) && Words.Gap(text, tokens, j - 1) is not ("&" or " & "))
            {
                break;
            }
            if (!node.Children.TryGetValue(tokens[j].Key, out var next))
            {
                break;
            }
            node = next;
            if (FirstAccepted(node.Matches, tokens, start) is { } accepted)
            {
                best = (accepted, j);
            }
        }
        return best;
    }

    // A loop rather than FirstOrDefault with a lambda: the lambda's closure over start was allocated for every word.
    private static TrieMatch? FirstAccepted(List<TrieMatch> matches, List<WordToken> tokens, int start)
    {
        foreach (var match in matches)
        {
            if (match.AcceptsCase(tokens, start))
            {
                return match;
            }
        }
        return null;
    }

    private IEnumerable<EntityMention> CapitalisedSequences(string text, List<WordToken> tokens, bool[] covered, HashSet<int> sentenceStarts, LowerCaseWords lowerCase)
    {
        // Each run of name words, how often its name occurs, and whether it ever occurs mid-sentence: what tells a name
        // from a capitalised word opening a sentence.
        var names = new List<((int Start, int End) Run, string Name)>();
        HashSet<int>? titledRuns = null;
        var seen = new Dictionary<string, (int Count, bool MidSentence)>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var afterInitials = LeadingInitialsOfName(text, tokens, covered, i);
            // "During World War II", "Now Los Angeles…": a word that opens the sentence, then perhaps a name.
            if ((afterInitials < 0 && !IsNameWord(tokens[i], covered[i]) && !OpensBodysName(text, tokens, covered, i) && !JoinedByAmpersand(text, tokens, covered, i)
                    && !JanBeforeName(text, tokens, covered, i) && !IsArabicSurname(tokens[i].Text))
                || InsideNamesOnly.Contains(tokens[i].Key) || (sentenceStarts.Contains(i) && Openers.Contains(tokens[i].Key)))
            {
                continue;
            }
            var end = Math.Max(i, afterInitials);
            while (end + 1 < tokens.Count && (OnlySpacesOrQuotes(text, tokens[end].End, tokens[end + 1].Start) || Words.Gap(text, tokens, end) is " & "
                || JoinedByAmpersand(text, tokens, covered, end)))
            {
                if (JoinedByAmpersand(text, tokens, covered, end))
                {
                    end++; // "AT&T", "H&M", "S&P Global": an ampersand without spaces is inside one name
                    continue;
                }
                if (Words.Gap(text, tokens, end) is " & ")
                {
                    // "JPMorgan Chase & Co", "Smith & Sons": an ampersand before a firm's word joins it to the name. Not
                    // between any two names, which are two people as often ("Woodward & Bernstein", "Lincoln & Booth").
                    if (!ReportingWords.CorporateEndings.Contains(tokens[end + 1].Key) && tokens[end + 1].Key is not ("sons" or "associates"))
                    {
                        break;
                    }
                    end++;
                    continue;
                }
                if (tokens[end].IsPossessive && GivenNames.Contains(tokens[end + 1].Key))
                {
                    break; // "Labour's Rachel Reeves", "Apple's Tim Cook": whose the person is, then the person
                }
                if ((IsNameWord(tokens[end + 1], covered[end + 1]) && !TitleBeforeName(text, tokens, end + 1))
                    || (end == i && (PlaceAsSurname(text, tokens, covered, end + 1) || ClubBeforeCity(tokens, covered, end, end + 1))))
                {
                    end++;
                }
                else if ((GivenNames.Contains(tokens[end].Key) || IsWrittenTitle(tokens[end]))
                    && AfterInitials(text, tokens, covered, end + 1) is var surname and > 0)
                {
                    // "George W. Bush", "Mary J. Blige": a given name, middle initials, the surname; "Chief Executive J.
                    // Kendrick Noble": a title, then a name that opens with initials.
                    end = surname;
                }
                else if (end + 2 < tokens.Count && Connectors.Contains(tokens[end + 1].Text) && IsNameWord(tokens[end + 2], covered[end + 2])
                    && OnlySpacesOrQuotes(text, tokens[end + 1].End, tokens[end + 2].Start) && !IsTitledPersonBeforeOf(text, tokens, i, end)
                    && !ClubBeforeCity(tokens, covered, end + 2, end + 3) // "Fans of Real Madrid": the club's name begins after "of"
                    && !(end == i && sentenceStarts.Contains(i) && tokens[end + 1].Text == "of" && IsPluralNoun(tokens[i]))) // "Shares of Nvidia": Nvidia
                {
                    end += 2;
                }
                else if (end + 3 < tokens.Count && DoubleParticle(tokens[end + 1].Text, tokens[end + 2].Text) && IsNameWord(tokens[end + 3], covered[end + 3])
                    && OnlySpacesOrQuotes(text, tokens[end + 1].End, tokens[end + 2].Start) && OnlySpacesOrQuotes(text, tokens[end + 2].End, tokens[end + 3].Start)
                    && OnlySpacesOrQuotes(text, tokens[end].End, tokens[end + 1].Start))
                {
                    end += 3; // "Jonah van der Berg", "María de la Cruz", "Ursula von der Leyen"
                }
                else if (end + 2 < tokens.Count && BodyConnectors.Contains(tokens[end + 1].Text) && BodyHeads.Contains(tokens[end].Key)
                    && IsNameWord(tokens[end + 2], covered[end + 2]) && OnlySpacesOrQuotes(text, tokens[end + 1].End, tokens[end + 2].Start)
                    && (tokens[end + 1].Text is "for" or "without" || TwoNameWordsFrom(text, tokens, covered, end + 2)))
                {
                    end += 2; // "Syrian Observatory for Human Rights", "Committee to Protect Journalists", "Council on Foreign Relations"
                }
                else if (!covered[end + 1] && ArabicArticle().IsMatch(tokens[end + 1].Text))
                {
                    end++; // "Bashar al-Assad", "Abdel Fattah el-Sisi": the article joined to the surname
                }
                else
                {
                    break;
                }
            }
            while (end > i && InsideNamesOnly.Contains(tokens[end].Key))
            {
                end--;
            }
            // "the High Commissioner", "the CSCE High Commissioner for National Minorities": "High" is part of the title,
            // which names an office, not a body.
            if (tokens[end].Key == "high" && end + 1 < tokens.Count && tokens[end + 1].Key == "commissioner")
            {
                if (end == i || TitleQualifiers.Contains(tokens[end - 1].Key))
                {
                    i = end; // "the Acting High Commissioner", "the Deputy High Commissioner"
                    continue;
                }
                end--;
            }
            if (QualifiesTitleAfter(tokens, i, end))
            {
                i = end;
                continue;
            }
            // A lone capitalised word opening a sentence is no name ("Residents of American Samoa voted").
            if (!(i == end && sentenceStarts.Contains(i)) && ExtendedOverKnown(text, tokens, covered, end) is var over && over > end
                // "Sen. James Lankford of Oklahoma", "Maria Lopez of Texas": a person's name ends before where they are from.
                && !IsTitledPersonBeforeOf(text, tokens, i, end) && !(GivenNames.Contains(tokens[i].Key) && Surnames.LooksLikeFullName(tokens, (i, end))))
            {
                end = over;
            }
            if (i < end && tokens[i].Key == "judge" && tokens[i + 1].Key == "advocate")
            {
                // "Judge Advocate General Mark Smith", "Judge Advocate Jane Doe": a military lawyer's title, not a judge
                // named Advocate; the name, if any, comes after it.
                if (end == i + 1)
                {
                    i = end;
                    continue;
                }
                i += 2;
                (titledRuns ??= []).Add(i);
            }
            if (i == end && Directions.Contains(tokens[i].Key) && PartOfKnownPlace(text, tokens, covered, end))
            {
                continue; // "Southern California", "Eastern Ukraine": the part of a known place, not a name of its own
            }
            if ((end - i >= 2 && IsWrittenTitle(tokens[i]) && tokens[i + 1].IsCapitalized && Surnames.LooksLikeFullName(tokens, (i + 1, end)))
                || (BenchTitles.Contains(tokens[i].Key) && end > i && Surnames.LooksLikeFullName(tokens, (i + 1, end), benchTitled: true)))
            {
                i++; // "Historian Mark Mazower", "President-elect Nicholas Sarkozy": what the person is, then the name
                (titledRuns ??= []).Add(i);
            }
            if (OfficeAfterTitle(tokens, i) is var office && office > i)
            {
                // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Jane Doe": the office ends the title.
                if (office > end || !tokens[office].IsCapitalized || !Surnames.LooksLikeFullName(tokens, (office, end)))
                {
                    i = end;
                    continue;
                }
                i = office;
                (titledRuns ??= []).Add(i);
            }
            if (end > i && sentenceStarts.Contains(i) && OpensSentenceBeforeName(text, tokens, i, end))
            {
                i++; // "Opposition Lok Janata Party leader…", where the article writes "the opposition Lok Janata Party"
            }
            var start = ExtendedBack(text, tokens, covered, i);
            if (start < i && AllPlaceSuffixes(tokens, i, end))
            {
                i = end; // "the Kursk Region": the known place, not a name of its own
                continue;
            }
            if (start < i && names.Count > 0 && JoinsNameBefore(text, tokens, names[^1].Run, start, sentenceStarts, titledRuns))
            {
                // "the South China Sea": the name before the known one ("South") is the start of this one, not a name of its own.
                var before = names[^1];
                names.RemoveAt(names.Count - 1);
                ref var beforeStats = ref CollectionsMarshal.GetValueRefOrNullRef(seen, before.Name);
                if (--beforeStats.Count == 0)
                {
                    seen.Remove(before.Name);
                }
                start = before.Run.Start;
            }
            var name = NameOf(text, tokens, (start, end));
            names.Add(((start, end), name));
            ref var stats = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, name, out _);
            stats = (stats.Count + 1, stats.MidSentence || !sentenceStarts.Contains(start));
            i = end;
        }
        JoinedNames.Join(text, tokens, covered, names, seen, sentenceStarts);
        var shortened = Surnames.Link(text, tokens, names, seen, sentenceStarts, lowerCase,
            word => (word > 0 && CourtesyTitles.Contains(tokens[word - 1].Key) && TitleJoinsNext(text, tokens, word - 1))
                || DescribedAsPerson(text, tokens, (word, word))); // "Murkomen, the interior minister, said"
        var previousPerson = -1; // where the last name typed a person's ends
        foreach (var (run, name) in names)
        {
            var (count, midSentence) = seen[name];
            var repeated = count > 1;
            if (name.Length < 2)
            {
                continue;
            }
            // "Ivanka Trump", "Sara Netanyahu": a first name before a known surname names a person, someone else of that family.
            // "Sen. James Lankford of Oklahoma, the lead negotiator,": the describing words after the comma are the person's,
            // and the name after "of" is where they are from.
            var fromWhere = previousPerson == run.Start - 2 && tokens[run.Start - 1].Key is "of" or "from";
            var person = !fromWhere && !NamesAStorm(name) && !NamesAPlaceAfter(text, tokens, run.End) && (IsPerson(text, tokens, run) || shortened.Contains(name) || (run.End > run.Start && IsKnownSurname(tokens, run.End))
                || (titledRuns?.Contains(run.Start) ?? false) || OpensWithGivenName(text, tokens, run, lowerCase) || HasDoubleParticle(tokens, run)
                || (OpensWithInitials(tokens, run, lowerCase) && !AmpersandJoins(text, tokens, run.Start))
                || (run.End == run.Start && !tokens[run.Start].IsPossessive && GivenNames.Contains(tokens[run.Start].Key)
                    && SpeaksAsName(text, tokens, run.Start, lowerCase)));
            // A capitalised word opening a sentence is mostly just that, unless the name comes back later or speaks
            // ("Pfizer said…"); several capitalised words ("Manchester United sacked…", "Los Angeles police said…") are a
            // name wherever they stand.
            if (sentenceStarts.Contains(run.Start) && !repeated && !midSentence && run.End == run.Start
                && (!SpeaksAsName(text, tokens, run.Start, lowerCase) || EndsLongerName(names, name))
                && !IsOpeningAcronym(text, tokens, run.Start, lowerCase))
            {
                continue;
            }
            if (!person && run.End == run.Start && GenericBodies.Contains(tokens[run.Start].Key))
            {
                continue;
            }
            // "49.1 degrees Celsius", "300 MW": a unit after a figure names nothing.
            if (run.End == run.Start && run.Start > 0 && Units.Contains(tokens[run.Start].Key)
                && (tokens[run.Start - 1].Key == "degrees" || char.IsAsciiDigit(tokens[run.Start - 1].Text[^1])))
            {
                continue;
            }
            var type = person ? "person" : "other";
            if (person)
            {
                previousPerson = run.End;
            }
            yield return new EntityMention(name, type, null, TextSpan.FromBounds(tokens[run.Start].Start, tokens[run.End].End), CapitalisedRule, repeated ? 0.65 : 0.5);
        }
    }

    /// <summary>
    /// Whether the word opening a sentence at <paramref name="first"/> is a common word before a name of two words or
    /// more: the article writes the name elsewhere after the same word in lower case ("Opposition Lok Janata Party
    /// leader…", "the opposition Lok Janata Party"). Not an initial ("A. Thomas"), nor a particle ("Van der Berg said").
    /// </summary>
    private static bool OpensSentenceBeforeName(string text, List<WordToken> tokens, int first, int end)
    {
        const int MinWord = 3;
        if (end - first < 2 || tokens[first].Text.Length < MinWord || GivenNames.Contains(tokens[first].Key) || Surnames.Particles.Contains(tokens[first].Key))
        {
            return false;
        }
        var rest = text[tokens[first + 1].Start..tokens[end].End];
        var modifier = tokens[first].Text.ToLowerInvariant();
        for (var at = text.IndexOf(rest, StringComparison.Ordinal); at >= 0; at = text.IndexOf(rest, at + 1, StringComparison.Ordinal))
        {
            if (at != tokens[first + 1].Start && text.AsSpan(0, at).TrimEnd().EndsWith(modifier, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a lone word opening a sentence is an acronym, which names a body wherever it stands: "NDRRMC executive
    /// director Ricardo Ilagan said…". Not one the article also writes in lower case, nor a word in capitals set off by
    /// a colon or a dash ("BREAKING: …", "UPDATE — …"), which shouts rather than names, nor chat ("LOL", "OMG").
    /// </summary>
    private static bool IsOpeningAcronym(string text, List<WordToken> tokens, int word, LowerCaseWords lowerCase) =>
        ClaimantResolver.IsAcronym(tokens[word].Text) && tokens[word].Text.Length >= 3 && !ChatAcronyms.Contains(tokens[word].Key)
        && !tokens[word].Key.StartsWith("haha", StringComparison.Ordinal)
        && word + 1 < tokens.Count && Words.Gap(text, tokens, word) is " " && !lowerCase.ContainsByScan(tokens[word].Key);

    private static readonly FrozenSet<string> ChatAcronyms = FrozenSet.ToFrozenSet(
        ["lol", "omg", "lmao", "rofl", "wtf", "btw", "fyi", "tldr", "imho", "imo", "smh", "tbh", "idk", "asap", "aka"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a lone capitalised word is a name because it is the subject of a reporting verb in the singular, even
    /// opening a sentence: "Pfizer said…", "Nvidia reported…", "William said…" (a person, by the given name). Not a word
    /// the article writes in lower case elsewhere, a speaker noun ("Police said", "Officials said"), a pronoun ("Many
    /// said") or, by its ending, a plural ("Protesters", "Troops said").
    /// </summary>
    private static bool SpeaksAsName(string text, List<WordToken> tokens, int word, LowerCaseWords lowerCase)
    {
        if (word + 1 >= tokens.Count || text.AsSpan(tokens[word].End, tokens[word + 1].Start - tokens[word].End) is not " ")
        {
            return false;
        }
        var verb = tokens[word + 1].Text;
        var key = tokens[word].Key;
        // "Shares said to be worth…": hearsay of a thing, no speaker.
        if (word + 3 < tokens.Count && verb is "said" or "reported" or "believed" && Words.Gap(text, tokens, word + 1) is " "
            && tokens[word + 2].Key == "to" && tokens[word + 3].Key is "be" or "have")
        {
            return false;
        }
        // After a possessive most of them are adjectives or nouns: "Nation's alleged breach", "Journal's claims". Some are
        // deeds as often as speech, unless what was said follows: "Gold added 2%", "Alhazen continued to live", but
        // "McMahon adds that…".
        var saysWhat = word + 2 < tokens.Count && (tokens[word + 2].Key == "that" || Words.Gap(text, tokens, word + 1).IndexOfAny(",:\"“") >= 0);
        if ((tokens[word].IsPossessive && verb is not ("said" or "says")) || (verb is "added" or "adds" or "continued" or "put" && !saysWhat))
        {
            return false;
        }
        // A word in the plural speaks in the past tense as often as a name does ("Troops said", "Nurses said"); a verb in
        // the present says which it is ("Siemens says"), as does a given name ("Thomas said").
        var present = verb.EndsWith('s') && !verb.EndsWith("ed", StringComparison.Ordinal);
        if (!present && IsPluralNoun(tokens[word]) && !GivenNames.Contains(key))
        {
            return false;
        }
        return ReportingWords.Cues.Contains(verb) && (verb is "said" or "told" or "wrote" || verb.EndsWith("ed", StringComparison.Ordinal) || present)
            && !ReportingWords.SpeakerNouns.Contains(key) && !ReportingWords.ClauseSubjects.Contains(key) && !ReportingWords.Audiences.Contains(key)
            && !Openers.Contains(key) && !GenericBodies.Contains(key) && !SpeakingPronouns.Contains(key)
            && !NotNameEndings.Any(ending => key.EndsWith(ending, StringComparison.Ordinal)) && !lowerCase.ContainsByScan(key);
    }

    /// <summary>
    /// Whether a name of several words ends in <paramref name="word"/>: "Lopez said…" is then a surname that was not
    /// linked to its person (written after it, or shared by two), not a name of its own.
    /// </summary>
    private static bool EndsLongerName(List<((int Start, int End) Run, string Name)> names, string word)
    {
        foreach (var (run, name) in names)
        {
            if (run.End > run.Start && name.Length > word.Length && name[^(word.Length + 1)] == ' ' && name.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a word looks like a plural ("Shares", "Residents", "Troops"), not a name that ends in s ("Siemens" does,
    /// "Marcus" and "Paris" do not): opening a sentence, a common noun as often as a name.
    /// </summary>
    private static bool IsPluralNoun(WordToken token) =>
        token.Key.Length > 3 && token.Key.EndsWith('s') && !token.Key.EndsWith("ss", StringComparison.Ordinal)
        && !token.Key.EndsWith("us", StringComparison.Ordinal) && !token.Key.EndsWith("is", StringComparison.Ordinal) && !token.IsPossessive;

    /// <summary>Words that open "… said" as ordinary words: pronouns, numbers, and the common nouns of sayings and courts.</summary>
    private static readonly FrozenSet<string> SpeakingPronouns = FrozenSet.ToFrozenSet(
    [
        "many", "some", "both", "others", "all", "most", "few", "none", "neither", "either", "one", "someone", "everyone",
        "nobody", "everybody", "somebody", "that", "these", "those", "which", "who", "whoever", "what", "whatever", "several",
        "enough", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
        "legend", "tradition", "history", "science", "research", "experience", "rumour", "rumor", "word", "law", "doctor",
        "grandpa", "grandma", "mom", "mum", "dad", "appellant", "defendant", "plaintiff", "petitioner", "respondent",
        "counsel", "details", "recent", "needless", "quasi", "captain", "daddy", "grampa", "grandad", "superstition", "sign",
        "write", "govt",
    ], StringComparer.Ordinal);

    /// <summary>Endings of plural nouns for people ("Protesters", "Economists", "Gunmen") and of adverbs and participles ("Simply", "Having").</summary>
    private static readonly string[] NotNameEndings = ["ers", "ors", "ists", "ants", "ents", "ians", "ans", "ees", "ives", "ics", "ies", "ats", "ites", "men", "ing", "ly", "ed"];

    /// <summary>
    /// Where a name that starts right after a known one begins: "China Daily", "the Pentagon Papers", "the NATO Summit"
    /// are names of their own that hold the known name, which stays a mention too (as a country written inside a
    /// longer name does). After a possessive ("Russia's Defence Ministry") the name begins where it stands.
    /// </summary>
    private static int ExtendedBack(string text, List<WordToken> tokens, bool[] covered, int start)
    {
        var first = start;
        while (first > 0 && covered[first - 1] && !tokens[first - 1].IsPossessive && text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End) is " ")
        {
            first--;
        }
        return first;
    }

    /// <summary>
    /// Whether the direction word at <paramref name="word"/> says which part of the known name right after it is meant:
    /// "Southern California", but not "the South China Sea", a name that goes on after the known one.
    /// </summary>
    private static bool PartOfKnownPlace(string text, List<WordToken> tokens, bool[] covered, int word)
    {
        var t = word + 1;
        if (t >= tokens.Count || !covered[t] || text.AsSpan(tokens[word].End, tokens[t].Start - tokens[word].End) is not " ")
        {
            return false;
        }
        while (t + 1 < tokens.Count && covered[t + 1] && text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End) is " ")
        {
            t++;
        }
        return t + 1 >= tokens.Count || !tokens[t + 1].IsCapitalized || text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End) is not " ";
    }

    /// <summary>
    /// Where a name ends that goes on with "of" and a known name: "the Government of Ukraine", "the Republic of
    /// Uganda" are names of their own (the known name stays a mention too), not "Government" and "Republic"; and
    /// "the Federation of Nigerian Industries", "the Union of Russian Writers" go on after a demonym.
    /// </summary>
    private int ExtendedOverKnown(string text, List<WordToken> tokens, bool[] covered, int end)
    {
        var known = end + 2;
        if (known >= tokens.Count || tokens[end + 1].Text != "of" || !covered[known] || tokens[end].IsPossessive
            || text.AsSpan(tokens[end].End, tokens[end + 1].Start - tokens[end].End) is not " "
            || text.AsSpan(tokens[end + 1].End, tokens[known].Start - tokens[end + 1].End) is not " ")
        {
            return end;
        }
        while (known + 1 < tokens.Count && covered[known + 1] && text.AsSpan(tokens[known].End, tokens[known + 1].Start - tokens[known].End) is " ")
        {
            known++;
        }
        if (!tokens[known].IsCapitalized)
        {
            return end;
        }
        // An adjective needs its noun; a place's name is whole ("the University of Chicago Booth School" is two names).
        if (LongestMatch(text, tokens, end + 2) is not { Match.IsDemonym: true })
        {
            return known;
        }
        while (known + 1 < tokens.Count && IsNameWord(tokens[known + 1], covered[known + 1]) && Words.Gap(text, tokens, known) is " ")
        {
            known++;
        }
        return known;
    }

    /// <summary>
    /// Where the words naming an office end, for a run that starts right after a title and "of" ("Secretary of State",
    /// "Minister of Foreign Affairs"): the first word after them, or <paramref name="start"/> when the run names no office.
    /// </summary>
    private static int OfficeAfterTitle(List<WordToken> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Text is not ("of" or "for") || !IsTitle(tokens, start - 2))
        {
            return start;
        }
        var t = start;
        while (t < tokens.Count && Offices.Contains(tokens[t].Key) && tokens[t].IsCapitalized)
        {
            t++;
        }
        // "Foreign" names an office only with what follows it ("Foreign Affairs"), not "Minister of Foreign Languages".
        return t > start && tokens[t - 1].Key == "foreign" ? start : t;
    }

    /// <summary>"Tesla CEO Elon Musk", "Supreme Court Justice Brett Kavanaugh": a written title between a body and a two-word name ends the body's name.</summary>
    private static bool TitleBeforeName(string text, List<WordToken> tokens, int title) =>
        IsWrittenTitle(tokens[title]) && title + 2 < tokens.Count && tokens[title + 1].IsCapitalized && tokens[title + 2].IsCapitalized
        && Words.Gap(text, tokens, title).SequenceEqual(" ") && Words.Gap(text, tokens, title + 1).SequenceEqual(" ");

    /// <summary>"Senate Majority" before "Leader Chuck Schumer": words of the title, not a name (see <see cref="TitleQualifiers"/>).</summary>
    private static bool QualifiesTitleAfter(List<WordToken> tokens, int start, int end) =>
        end + 2 < tokens.Count && tokens[end + 2].IsCapitalized
        && ((TitleQualifiers.Contains(tokens[end].Key) && (IsTitle(tokens, end + 1) || IsWrittenTitle(tokens[end + 1])))
            || (start == end && Portfolios.Contains(tokens[end].Key) && tokens[end + 1].Key is "minister" or "secretary"));

    /// <summary>
    /// What else a minister may be minister of: "Saudi Energy Minister Prince Abdulaziz", "Oil Minister Jane Doe". Only a
    /// lone word before "Minister" or "Secretary" qualifies, since a longer name there is a body's ("Duke Energy").
    /// </summary>
    private static readonly FrozenSet<string> Portfolios = FrozenSet.ToFrozenSet(
    [
        "energy", "oil", "petroleum", "climate", "housing", "culture", "sports", "sport", "security", "intelligence", "immigration",
        "industry", "tourism", "water", "infrastructure", "fisheries", "mining", "digital", "labor", "employment", "planning",
        "development", "science", "welfare", "family", "youth", "veterans", "treasury", "communication", "commerce",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "Sen. James Lankford of Oklahoma", "Gov. Jane Doe of Texas": after a person's title, a full name followed by
    /// "of" ends there; what follows is where the person is from or whom they represent. Names of bodies go on over
    /// "of" ("the Bank of England", "Secretary of State").
    /// </summary>
    private static bool IsTitledPersonBeforeOf(string text, List<WordToken> tokens, int start, int end) =>
        tokens[end + 1].Text == "of" && start > 0 && IsTitle(tokens, start - 1) && !tokens[start - 1].IsPossessive
        && TitleJoinsNext(text, tokens, start - 1) && Surnames.LooksLikeFullName(tokens, (start, end));

    /// <summary>
    /// Whether the title at <paramref name="title"/> runs on into the word after it: "Gov. Jane Doe", but not "…thanked the
    /// mayor. Harlow Square…": only an abbreviated title ends in a period.
    /// </summary>
    private static bool TitleJoinsNext(string text, List<WordToken> tokens, int title)
    {
        var gap = Words.Gap(text, tokens, title);
        return gap.Trim(' ').IsEmpty || (gap.Trim(". ").IsEmpty && AbbreviatedTitles.Contains(tokens[title].Key));
    }

    /// <summary>
    /// Whether the name run <paramref name="before"/> ends right before <paramref name="start"/>, where a name that holds
    /// a known one begins: one space apart, and not a capitalised word opening a sentence ("Today China Daily reported").
    /// </summary>
    private static bool JoinsNameBefore(string text, List<WordToken> tokens, (int Start, int End) before, int start, HashSet<int> sentenceStarts,
        HashSet<int>? titledRuns) =>
        before.End == start - 1 && text.AsSpan(tokens[before.End].End, tokens[start].Start - tokens[before.End].End) is " "
        && !tokens[before.End].IsPossessive && !sentenceStarts.Contains(before.Start) && !(titledRuns?.Contains(before.Start) ?? false);

    private static bool AllPlaceSuffixes(List<WordToken> tokens, int start, int end)
    {
        for (var t = start; t <= end; t++)
        {
            if (!PlaceSuffixes.Contains(tokens[t].Key))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether an unknown name is a person's, on the evidence next to it: a title just before it ("Mr Smith"), or an
    /// appositive after it that describes a person ("Jane Doe, a spokeswoman for the army," / "John Smith, 45,"). With
    /// the type known, "he" and "she" can refer back to names the gazetteer does not hold.
    /// </summary>
    private static bool IsPerson(string text, List<WordToken> tokens, (int Start, int End) run)
    {
        var before = run.Start - 1;
        // A title in the possessive owns what follows ("the Prime Minister's Office"); one in capitals is an
        // abbreviation of something else ("DR Congo").
        var possessive = before >= 0 && tokens[before].IsPossessive;
        // "A candidate Lassa vaccine": after "a", a title in lower case is a noun the name goes on to describe.
        var indefinite = before > 0 && !tokens[before].IsCapitalized && tokens[before - 1].Key is "a" or "an";
        if (before >= 0 && !possessive && !indefinite && !tokens[before].IsAllCaps && IsTitle(tokens, before) && tokens[run.Start].Start - tokens[before].End <= 2
            && TitleJoinsNext(text, tokens, before))
        {
            return true;
        }
        // "the club's Greek coach, Giorgos Papadakis-Christodoulou", "one firefighter, Joaquim Brito Marques": a person's
        // noun, in lower case, set before a full name by a comma ("the victim, Until 1999…" opens no name).
        if (before >= 0 && run.End > run.Start && !tokens[before].IsCapitalized && PersonNouns.Contains(tokens[before].Key)
            && Words.Gap(text, tokens, before).Trim().SequenceEqual(","))
        {
            return true;
        }
        // "In Izium, the mayor said": after a preposition the name is a place or a body, and the words after the comma
        // are the sentence going on, not a description of it.
        return !(before >= 0 && PlacePrepositions.Contains(tokens[before].Key)) && DescribedAsPerson(text, tokens, run);
    }

    /// <summary>
    /// Whether the words set off by a comma after the name describe a person: "Jane Doe, a spokeswoman for the army,",
    /// "John Smith, 45,".
    /// </summary>
    private static bool DescribedAsPerson(string text, List<WordToken> tokens, (int Start, int End) run)
    {
        var after = run.End + 1;
        if (after >= tokens.Count || !Words.Gap(text, tokens, run.End).Trim().SequenceEqual(","))
        {
            return false;
        }
        if (char.IsDigit(tokens[after].Text[0]))
        {
            return SetOffAge.FollowsName(text, tokens, run.Start, run.End);
        }
        // "Jane Doe, a spokeswoman for…", or without the article, as business and sports copy writes it: "Sarah Hunt,
        // chief market strategist at…".
        var articled = tokens[after].Key is "a" or "an" or "the";
        if (!articled && (!char.IsLower(tokens[after].Text[0]) || !Surnames.LooksLikeFullName(tokens, run)))
        {
            return false;
        }
        // The describing noun comes within a few words ("a senior regional health official"), before any comma or
        // relative clause ("Kupiansk, a town whose mayor…").
        for (var t = articled ? after + 1 : after; t < tokens.Count && t <= after + 5 && (t == after || !CommaBefore(text, tokens, t)); t++)
        {
            if (tokens[t].Key is "whose" or "who" or "which" or "that" or "where"
                || (!articled && (NotInBareAppositive.Contains(tokens[t].Key) || ReportingWords.Cues.Contains(tokens[t].Key) || !char.IsLower(tokens[t].Text[0]))))
            {
                return false;
            }
            if (PersonNouns.Contains(tokens[t].Key))
            {
                // Without an article the noun must end the description: "chief market strategist at…", "director of…",
                // not "…, was elected to its executive committee".
                var ends = t + 1 >= tokens.Count || CommaBefore(text, tokens, t + 1) || Words.Gap(text, tokens, t).Contains('.')
                    || tokens[t + 1].Key is "of" or "at" or "for" or "with" or "in";
                return (articled || ends) && !SpeaksNext(tokens, text, t);
            }
        }
        return false;
    }

    /// <summary>
    /// Titles of the bench, before a name of any length: "Judge Jackson", "Judge Maria De La Cruz Whitfield of the Eastern
    /// District". As surnames ("Mark Judge") they follow a first name, and before a body ("the Justice Department") they
    /// name none (see <see cref="Surnames.LooksLikeFullName"/>).
    /// </summary>
    private static readonly FrozenSet<string> BenchTitles = FrozenSet.ToFrozenSet(["judge", "justice"], StringComparer.Ordinal);

    /// <summary>A capitalised occupation or hyphenated title written before a name: "Historian", "President-elect".</summary>
    private static bool IsWrittenTitle(WordToken token)
    {
        if (!token.IsCapitalized)
        {
            return false;
        }
        // "CEO Tim Cook"; other acronyms ("NATO", "UN") begin names of their own.
        if (Occupations.Contains(token.Key))
        {
            return true;
        }
        var hyphen = token.Key.IndexOf('-');
        return !token.IsAllCaps && hyphen > 0 && (PersonTitles.Contains(token.Key[..hyphen]) || PersonTitles.Contains(token.Key[(hyphen + 1)..]));
    }

    /// <summary>
    /// "the Dr Soetomo hospital", "the John Smith stadium": a name right before the kind of place named after people
    /// names that place, not a person there.
    /// </summary>
    private static bool NamesAPlaceAfter(string text, List<WordToken> tokens, int end) =>
        end + 1 < tokens.Count && Words.Gap(text, tokens, end) is " "
        && tokens[end + 1].Key is "hospital" or "stadium" or "airport" or "university" or "school" or "street" or "avenue" or "bridge"
            or "square" or "clinic" or "college";

    /// <summary>Whether the word (folded) is a title only people bear ("minister", "mayor", "secretary").</summary>
    internal static bool IsPersonTitle(string key) => PersonTitles.Contains(key);

    /// <summary>Whether the word (folded) is one of a person's title: "executive", "director", "deputy", "gen".</summary>
    internal static bool IsTitleWord(string key) => IsPersonNoun(key) || TitleQualifiers.Contains(key) || key is "chief" or "general";

    /// <summary>
    /// Whether the word (folded) names what only a person is: a title, an occupation or a role ("minister", "strategist",
    /// "spokesman"), also as either half of a hyphenated title ("director-general", "secretary-general").
    /// </summary>
    internal static bool IsPersonNoun(string key)
    {
        var hyphen = key.IndexOf('-');
        return hyphen > 0 ? IsPersonNoun(key[..hyphen]) || IsPersonNoun(key[(hyphen + 1)..])
            : PersonTitles.Contains(key) || PersonNouns.Contains(key) || Occupations.Contains(key);
    }

    private static bool IsTitle(List<WordToken> tokens, int t) =>
        PersonTitles.Contains(tokens[t].Key)
        || (tokens[t].Key == "chief" && t > 0 && ChiefOf.Contains(tokens[t - 1].Key) && tokens[t].Start - tokens[t - 1].End == 1);

    /// <summary>
    /// Whether a reporting verb follows the noun phrase ending at <paramref name="noun"/> before any comma: then the
    /// words after the name's comma are the attribution of what came before ("Missiles hit Kharkiv, the governor
    /// said"), not a description of the name.
    /// </summary>
    private static bool SpeaksNext(List<WordToken> tokens, string text, int noun)
    {
        for (var t = noun + 1; t < tokens.Count && t <= noun + 6 && !CommaBefore(text, tokens, t); t++)
        {
            if (ReportingWords.Cues.Contains(tokens[t].Key))
            {
                return true;
            }
        }
        return false;
    }

    private static bool CommaBefore(string text, List<WordToken> tokens, int token) => Words.Gap(text, tokens, token - 1).Contains(',');

    /// <summary>
    /// Where a name starts that opens with initials ("J. Kendrick Noble", "J. K. Rowling", "J. Robert Oppenheimer"):
    /// the name word after them, when there are two initials, or a given name, a second name word or a verb of speech
    /// follows; otherwise -1. A single capital with a period ends many a sentence ("Plan B. Officials said"), so a lone initial before a
    /// lone word is not taken.
    /// </summary>
    private static int LeadingInitialsOfName(string text, List<WordToken> tokens, bool[] covered, int start)
    {
        var name = AfterInitials(text, tokens, covered, start);
        // After a capitalised word the capital and period end its abbreviation ("Cornell U. Carl Sagan"), or are a
        // middle initial that the name before takes when it can; after a number they are a citation or an address
        // ("505 U.", "1381 W. Hubbard").
        if (name < 0
            || (start > 0 && (tokens[start - 1].IsCapitalized || char.IsDigit(tokens[start - 1].Text[0])) && Words.Gap(text, tokens, start - 1) is " "))
        {
            return -1;
        }
        var secondName = name + 1 < tokens.Count && IsNameWord(tokens[name + 1], covered[name + 1]) && Words.Gap(text, tokens, name) is " ";
        // "J. Smith said": a surname that speaks, unless it is a word for speakers ("option B. Officials said").
        var speaks = name + 1 < tokens.Count && ReportingWords.Cues.Contains(tokens[name + 1].Key) && Words.Gap(text, tokens, name) is " "
            && !ReportingWords.SpeakerNouns.Contains(tokens[name].Key);
        // "signed by J. Smith", "a report by A. Jones": after "by" an initial opens the name of whoever did it; not "by
        // N. Koreans", an abbreviated people.
        var byWhom = start > 0 && tokens[start - 1].Text == "by" && Words.Gap(text, tokens, start - 1) is " "
            && !tokens[name].Key.EndsWith("ans", StringComparison.Ordinal) && !tokens[name].Key.EndsWith("ese", StringComparison.Ordinal);
        return GivenNames.Contains(tokens[name].Key) || secondName || speaks || byWhom || name - start >= 2 ? name : -1;
    }

    /// <summary>
    /// The name word after initials written "J. " or "J. K. " from <paramref name="start"/> on, or -1 when no initial
    /// stands there or no name word follows.
    /// </summary>
    private static int AfterInitials(string text, List<WordToken> tokens, bool[] covered, int start)
    {
        var t = start;
        while (t + 1 < tokens.Count && IsInitial(tokens[t], covered[t]) && Words.Gap(text, tokens, t) is ". ")
        {
            t++;
        }
        return t > start && IsNameWord(tokens[t], covered[t]) ? t : -1;
    }

    /// <summary>
    /// "J. Kendrick Noble", "C.S. Lewis": initials before one or two names are how people's names are written. Initials
    /// written as one word open a company's name too ("J.P. Morgan Chase"), so after them only a surname is taken.
    /// </summary>
    private static bool OpensWithInitials(List<WordToken> tokens, (int Start, int End) run, LowerCaseWords lowerCase)
    {
        var names = run.Start;
        while (names < run.End && tokens[names].Text.Length == 1 && char.IsUpper(tokens[names].Text[0]))
        {
            names++;
        }
        var spaced = names > run.Start;
        if (!spaced && Surnames.IsInitials(tokens[names].Text) && !Abbreviations.Contains(tokens[names].Key))
        {
            names++;
        }
        if (names == run.Start || names > run.End || run.End - names >= (spaced ? 2 : 1) || !Surnames.LooksLikeFullName(tokens, run))
        {
            return false;
        }
        // Not "T.O.E. Though": a sentence after an abbreviation opens with a word the text also writes in lower case.
        for (var t = names; t <= run.End; t++)
        {
            if (lowerCase.ContainsByScan(tokens[t].Key))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A single capital letter, as an initial is written before its period ("I. M. Pei", "A. R. Rahman").</summary>
    private static bool IsInitial(WordToken token, bool covered) => !covered && token.Text.Length == 1 && char.IsUpper(token.Text[0]);

    /// <summary>
    /// A capitalised word written against an ampersand and another capitalised word: "AT&amp;T", "H&amp;M", "P&amp;G". Not
    /// the common nouns written so ("R&amp;D", "Q&amp;A", "M&amp;A").
    /// </summary>
    private static bool JoinedByAmpersand(string text, List<WordToken> tokens, bool[] covered, int word) =>
        word + 1 < tokens.Count && !covered[word] && !covered[word + 1] && AmpersandJoins(text, tokens, word);

    private static bool AmpersandJoins(string text, List<WordToken> tokens, int word) =>
        word + 1 < tokens.Count && char.IsUpper(tokens[word].Text[0]) && char.IsUpper(tokens[word + 1].Text[0])
        && Words.Gap(text, tokens, word) is "&" && !AmpersandNouns.Contains(tokens[word].Key + "&" + tokens[word + 1].Key);

    private static readonly FrozenSet<string> AmpersandNouns = FrozenSet.ToFrozenSet(["r&d", "q&a", "m&a", "b&b", "p&l", "c&w", "r&b", "s&l"], StringComparer.Ordinal);

    /// <summary>"General" before a word that names a body ("General Staff", "General Assembly") opens that body's name.</summary>
    private static bool OpensBodysName(string text, List<WordToken> tokens, bool[] covered, int word) =>
        tokens[word].Key == "general" && tokens[word].IsCapitalized && !covered[word] && word + 1 < tokens.Count && !covered[word + 1]
        && tokens[word + 1].IsCapitalized && AfterGeneral.Contains(tokens[word + 1].Key) && Words.Gap(text, tokens, word) is " ";

    /// <summary>
    /// "Jan Peeters", "Jan de Vries", "Jan van den Broek": the month's abbreviation is a common given name in Dutch, Czech,
    /// Polish and Scandinavian names, and it is one when a name follows it ("Jan 5" and "Jan. 5" stay dates).
    /// </summary>
    private static bool JanBeforeName(string text, List<WordToken> tokens, bool[] covered, int word)
    {
        if (tokens[word].Text != "Jan" || word + 1 >= tokens.Count || Words.Gap(text, tokens, word) is not " ")
        {
            return false;
        }
        var next = word + 1;
        while (next + 1 < tokens.Count && Surnames.Particles.Contains(tokens[next].Text))
        {
            next++;
        }
        return IsNameWord(tokens[next], covered[next]);
    }

    private static bool IsNameWord(WordToken token, bool covered) =>
        !covered && token.IsCapitalized && char.IsLetter(token.Text[0]) && !NotNames.Contains(token.Key) && token.Text.Length > 1
        && !IsPartyAndState(token.Text) && !IsCompoundAdjective(token.Key);

    /// <summary>"Hamas-run", "UN-backed", "Kremlin-friendly": a name made an adjective describes something else.</summary>
    private static bool IsCompoundAdjective(string key)
    {
        var hyphen = key.LastIndexOf('-');
        return hyphen > 0 && AdjectiveEndings.Contains(key[(hyphen + 1)..]);
    }

    private static readonly FrozenSet<string> AdjectiveEndings = FrozenSet.ToFrozenSet(
        ["run", "led", "backed", "based", "owned", "controlled", "held", "funded", "linked", "style", "born", "made", "allied", "aligned",
         "affiliated", "friendly", "occupied", "annexed", "appointed", "sponsored", "supported", "brokered", "bound", "wide", "related"],
        StringComparer.Ordinal);

    /// <summary>"R-Alaska", "D-Calif": a legislator's party and state, not a name.</summary>
    internal static bool IsPartyAndState(string word) => word.Length > 3 && word[1] == '-' && word[0] is 'R' or 'D' or 'I' && char.IsUpper(word[2]);

    internal static string NameOf(string text, List<WordToken> tokens, (int Start, int End) run)
    {
        var last = Words.StripPossessive(tokens[run.End].Text);
        if (run.Start == run.End)
        {
            return last;
        }
        var name = new StringBuilder();
        for (var t = run.Start; t < run.End; t++)
        {
            if (text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End) is "&")
            {
                name.Append(tokens[t].Text).Append('&'); // "AT&T" as written
                continue;
            }
            // A single capital inside a name is an initial (name words have two letters or more), written with its period;
            // not the letter after an ampersand ("S&P Global").
            var initial = tokens[t].Text.Length == 1 && char.IsUpper(tokens[t].Text[0]) && !(t > run.Start && Words.Gap(text, tokens, t - 1) is "&");
            name.Append(tokens[t].Text).Append(initial ? ". " : " ");
            if (text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End) is " & ")
            {
                name.Append("& ");
            }
        }
        return name.Append(last).ToString();
    }

    private static bool OnlySpacesOrQuotes(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '"' or '“' or '”' or '‘' or '\''))
            {
                return false;
            }
        }
        return to - from <= 3;
    }

    private static HashSet<int> SentenceStartTokens(List<WordToken> tokens, IReadOnlyList<TextSpan> sentences)
    {
        var starts = new HashSet<int>();
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Count && tokens[t].Start < sentence.Start)
            {
                t++;
            }
            if (t < tokens.Count && tokens[t].Start < sentence.End)
            {
                starts.Add(t);
            }
        }
        return starts;
    }
}
