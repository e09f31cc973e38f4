using System.Collections.Frozen;
using System.Runtime.InteropServices;

namespace Search.Core.Extraction;

/// <summary>
/// Surnames in running text: which words before a known surname only qualify it rather than give a first name, and
/// which lone words stand for a full name written earlier (news names a person in full once, by surname after that).
/// </summary>
internal static class Surnames
{
    /// <summary>
    /// Words that open a sentence before a well-known surname without being a first name: "Former Trump aides…",
    /// "Embattled Netanyahu…", "Will Biden run?" (whatever else "Will" may be). Any other capitalised word there is taken
    /// for a first name, unless the article also writes it in lower case.
    /// </summary>
    public static readonly FrozenSet<string> Modifiers = FrozenSet.ToFrozenSet(
    [
        "former", "ex", "late", "then", "outgoing", "incoming", "acting", "interim", "embattled", "ousted", "jailed", "exiled",
        "deposed", "disgraced", "veteran", "fellow", "young", "elderly", "newly", "only", "even", "just", "like", "unlike",
        "without", "despite", "until", "unless", "because", "although", "though", "once", "whether", "did", "does", "do", "will",
        "would", "can", "could", "should", "must", "might", "is", "was", "are", "were", "has", "had", "have", "let",
        "republican", "democrat", "democratic", "conservative", "labour", "liberal", "tory", "miss", "sir", "lady", "lord",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The words that join a family name to what comes before it, written in lower case inside a full name ("Jonah van
    /// der Berg", "Maria de la Cruz", "Luiz Inácio Lula da Silva", "Ramon dela Cruz", "Ana delos Santos", "Friederike zu
    /// Lützow") and with a capital when the surname opens a sentence ("Van der Berg said").
    /// </summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["de", "del", "dela", "delos", "della", "al", "bin", "van", "von", "vom", "zu", "zur", "la", "le", "ten", "ter", "den", "der", "da", "di", "do", "du", "dos", "das"],
        StringComparer.Ordinal);

    /// <summary>
    /// Common family names of China (Mandarin and Cantonese spellings), Korea and Vietnam, which open a name as English news
    /// writes it ("Zhang Wei", "Lee Jae-myung", "Nguyen Van An"). Not those that are English words a sentence may open
    /// with ("He", "Do", "Long", "Song").
    /// </summary>
    private static readonly FrozenSet<string> FamilyNamesFirst = FrozenSet.ToFrozenSet(
    [
        "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "lin",
        "gao", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan",
        "yuan", "cai", "jiang", "yu", "du", "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "jin", "zhong", "xi",
        "qin", "cui", "lai", "mao", "qiu", "shi", "xiong", "meng", "hou", "lei", "duan", "hao", "shao", "qian", "dai", "zou",
        "jia", "chang", "chan", "wong", "leung", "cheung", "ng", "lam", "chow", "tse", "yip", "fung", "kwok", "lau", "tsang",
        "kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "jang", "lim", "han", "shin", "seo", "kwon",
        "hwang", "ahn", "yoo", "hong", "jeon", "moon", "bae", "baek", "nam", "noh", "nguyen", "tran", "le", "pham", "hoang",
        "huynh", "phan", "vu", "vo", "dang", "bui", "ngo", "duong", "ly",
    ], StringComparer.Ordinal);

    /// <summary>Last words of the names of bodies, places and works, which are never a person's surname.</summary>
    private static readonly FrozenSet<string> NotSurnames = FrozenSet.ToFrozenSet(ReportingWords.SpeakerNouns.Union(
    [
        "court", "commission", "house", "council", "ministry", "department", "agency", "committee", "party", "union", "bank",
        "group", "company", "corporation", "corp", "inc", "ltd", "office", "service", "army", "corps", "forces", "republic",
        "region", "oblast", "province", "street", "square", "city", "county", "state", "states", "island", "islands", "river",
        "sea", "bay", "university", "college", "school", "institute", "times", "post", "news", "herald", "journal", "kingdom",
        "hall", "tower", "bridge", "airport", "station", "park", "center", "centre", "hospital", "church", "fund", "foundation",
        "association", "assembly", "parliament", "senate", "congress", "museum", "project", "act", "treaty", "accord",
        "agreement", "summit", "conference", "games", "cup", "league", "club", "team", "brigade", "battalion", "division",
        "regiment", "fleet", "navy", "guard", "valley", "mountains", "lake", "coast", "gulf", "strait", "peninsula", "road",
        "avenue", "prize", "award", "festival", "war", "day", "airlines", "motors", "systems", "technologies", "hills", "heights",
        "springs", "beach", "harbour", "harbor", "garden", "gardens", "prison", "terminal", "stadium", "arena", "memorial",
        "cathedral", "temple", "mosque", "library", "theatre", "theater", "co", "playoffs", "hotel", "resort", "plan", "dam", "canyon",
        "peak", "mount", "glacier", "falls", "forest", "desert", "highway", "boulevard", "port", "district",
        // Clubs and companies: "Manchester United… United's director", "Goldman Sachs Group… Group said".
        "united", "town", "rovers", "athletic", "albion", "wanderers", "hotspur", "rangers", "villa", "palace", "daily",
        "holdings", "partners", "capital", "ventures", "energy", "labs", "studios", "records", "pictures", "entertainment", "airways",
        // Members of parties and movements: "Senate Republicans… Republicans asked".
        "republicans", "democrats", "conservatives", "liberals", "tories", "socialists", "greens", "communists", "nationalists",
        "progressives", "moderates", "independents", "loyalists", "separatists", "rebels",
    ]), StringComparer.Ordinal);

    /// <summary>
    /// "Maria Lopez said… Lopez added": news names a person in full once and then by surname. When a lone word that
    /// ends a full name written earlier speaks ("Lopez said", "said Lopez") or is given an age ("Lopez, 45,"), the full
    /// name is a person's, and that word alone stands for it from there on — unless two full names end in it. Only names
    /// of two or three plain words qualify, the first not an ordinary word of the article ("Central America", "Human
    /// Rights" do not), the last not a word for a body or a place. Renames the linked runs in <paramref name="names"/>,
    /// moves their counts to the full name, and returns the full names so confirmed. A lone word after a courtesy title
    /// ("Ms. Castellanos") or described as a person ("Murkomen, the interior minister,"), as <paramref name="marked"/>
    /// tells, confirms it as speaking does. A surname with particles ("Jonah van
    /// der Berg") is linked from "Berg", "van der Berg" and "Van der Berg".
    /// </summary>
    public static IReadOnlySet<string> Link(string text, List<WordToken> tokens, List<((int Start, int End) Run, string Name)> names,
        Dictionary<string, (int Count, bool MidSentence)> seen, HashSet<int> sentenceStarts, LowerCaseWords lowerCase, Func<int, bool> marked)
    {
        // "said van der Berg": the verb is before the particles, which are no part of a capitalised run.
        bool Confirms((int Start, int End) run) => SpeaksOrIsAged(text, tokens, OverParticles(tokens, run)) || marked(run.Start);

        // Few lone names speak, so they are looked for first and most articles stop here without allocating anything.
        HashSet<string>? speakers = null;
        foreach (var (run, name) in names)
        {
            if (IsSurnameRun(tokens, run) && Confirms(run))
            {
                // Without regard to case: a surname's particle takes a capital at the start of a sentence ("Ahmed
                // al-Sharaa… Al-Sharaa told").
                (speakers ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(name);
            }
        }
        if (speakers is null)
        {
            return NoNames;
        }
        var fullNames = new Dictionary<string, (string? Name, int Start)>(StringComparer.OrdinalIgnoreCase);
        void Register(string surname, string name, int start)
        {
            if (!speakers.Contains(surname))
            {
                return;
            }
            if (!fullNames.TryGetValue(surname, out var known))
            {
                fullNames[surname] = (name, start);
            }
            else if (known.Name != name)
            {
                fullNames[surname] = (null, known.Start); // two people of that name: a lone surname could be either
            }
        }
        foreach (var (run, name) in names)
        {
            if (!IsLone(tokens, run) && LooksLikeFullName(tokens, run))
            {
                // "Jonah van der Berg" is "Berg" after "van der", and "Van der Berg" opening a sentence.
                Register(Words.StripPossessive(tokens[run.End].Text), name, run.Start);
                var particles = run.End;
                while (particles > run.Start && Particles.Contains(tokens[particles - 1].Text))
                {
                    particles--;
                }
                if (particles < run.End)
                {
                    Register(EntityRecognizer.NameOf(text, tokens, (particles, run.End)), name, run.Start);
                }
                // "Javier Quispe Mamani… Quispe said": Spanish and Portuguese names put the father's surname first, and
                // news uses it alone. Not a second given name ("Mary Ann Smith"), and only after a given name.
                if (run.End - run.Start == 2 && !GivenNames.Contains(tokens[run.Start + 1].Key)
                    && GivenNames.Contains(tokens[run.Start].Key))
                {
                    Register(tokens[run.Start + 1].Text, name, run.Start);
                }
                // "Luis Fernando Arce Montaño… Arce said", "… Arce Montaño told": after two given names, the father's
                // surname alone or both surnames together.
                if (run.End - run.Start >= 2 && GivenNames.Contains(tokens[run.Start].Key) && !GivenNames.Contains(tokens[run.End - 1].Key))
                {
                    Register(EntityRecognizer.NameOf(text, tokens, (run.End - 1, run.End)), name, run.Start);
                    if (run.End - run.Start == 3)
                    {
                        Register(tokens[run.End - 1].Text, name, run.Start);
                    }
                }
                // "Zhang Wei… Mr Zhang said", "Lee Jae-myung… Lee said": Chinese, Korean and Vietnamese names put the
                // family name first, and news uses it alone.
                if (FamilyNamesFirst.Contains(tokens[run.Start].Key))
                {
                    Register(tokens[run.Start].Text, name, run.Start);
                }
            }
        }
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (run, name) in names)
        {
            // The first word is checked last: gathering the article's lower-case words costs more than the rest.
            if (IsSurnameRun(tokens, run) && fullNames.TryGetValue(name, out var full) && full.Name is { } fullName && full.Start < run.Start
                && Confirms(run) && !lowerCase.Contains(tokens[full.Start].Key))
            {
                confirmed.Add(fullName);
            }
        }
        for (var n = 0; n < names.Count; n++)
        {
            var (run, name) = names[n];
            if (IsSurnameRun(tokens, run) && fullNames.TryGetValue(name, out var full) && full.Name is { } fullName && confirmed.Contains(fullName)
                && full.Start < run.Start)
            {
                // "van der Berg told": the mention is the whole surname, so the speaker is where it is written.
                var written = OverParticles(tokens, run);
                names[n] = (written.Start < run.Start && fullName.EndsWith(" " + EntityRecognizer.NameOf(text, tokens, written), StringComparison.Ordinal) ? written : run, fullName);
                CollectionsMarshal.GetValueRefOrNullRef(seen, name).Count--;
                ref var stats = ref CollectionsMarshal.GetValueRefOrAddDefault(seen, fullName, out _);
                stats = (stats.Count + 1, stats.MidSentence || !sentenceStarts.Contains(run.Start));
            }
        }
        return confirmed;
    }

    private static readonly IReadOnlySet<string> NoNames = FrozenSet<string>.Empty;

    /// <summary>A run with the lower-case particles written before it: "van der Berg" for "Berg".</summary>
    private static (int Start, int End) OverParticles(List<WordToken> tokens, (int Start, int End) run)
    {
        var start = run.Start;
        while (start > 0 && Particles.Contains(tokens[start - 1].Text))
        {
            start--;
        }
        return (start, run.End);
    }

    /// <summary>
    /// A surname written alone: one word, or one after its particles ("Van der Berg"), or two ("Arce Montaño").
    /// </summary>
    private static bool IsSurnameRun(List<WordToken> tokens, (int Start, int End) run) =>
        IsLone(tokens, run) || (run.End == run.Start + 1 && !Particles.Contains(tokens[run.Start].Text));

    /// <summary>A surname on its own: one word, or one after its particles ("Van der Berg", "De la Cruz").</summary>
    private static bool IsLone(List<WordToken> tokens, (int Start, int End) run)
    {
        for (var t = run.Start; t < run.End; t++)
        {
            if (!Particles.Contains(tokens[t].Key))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Two or three plain capitalised words, as a person's full name is written ("Maria Lopez", "Jean-Luc Picard", "C.S.
    /// Venkatakrishnan"); the caller checks that the first is no ordinary word. After a judge's title, one to five words
    /// ("Judge Jackson", "Judge Maria De La Cruz Whitfield"): the title says a person is named.
    /// </summary>
    public static bool LooksLikeFullName(List<WordToken> tokens, (int Start, int End) run, bool benchTitled = false)
    {
        // "Luis Fernando Arce Montaño", "Andrés Manuel López Obrador": two given names, then the father's and the mother's surnames.
        // "Nguyễn Thị Thu Hà": a family name first, a middle name and a given name of two words.
        var (fewest, most) = benchTitled ? (0, 4)
            : (run.End - run.Start == 3 && GivenNames.Contains(tokens[run.Start].Key) && GivenNames.Contains(tokens[run.Start + 1].Key)
                && tokens[run.Start + 2].IsCapitalized) || FamilyNamesFirst.Contains(Text.AccentFolding.Fold(tokens[run.Start].Key)) ? (1, 3) : (1, 2);
        var particles = 0;
        var dutchOrGerman = false;
        for (var t = run.Start + 1; t < run.End; t++)
        {
            particles += Particles.Contains(tokens[t].Text) ? 1 : 0;
            dutchOrGerman |= tokens[t].Text is "van" or "von";
        }
        var gaps = run.End - run.Start - particles; // "Jonah van der Berg" is two words as a name's length goes
        if (gaps < fewest || gaps > most || NotSurnames.Contains(tokens[run.End].Key) || Modifiers.Contains(tokens[run.Start].Key)
            // "de la" joins places' names as often as a person's ("Place de la Concorde"): a given name must open those.
            || (particles > 0 && !dutchOrGerman && !GivenNames.Contains(tokens[run.Start].Key)))
        {
            return false;
        }
        for (var t = run.Start; t <= run.End; t++)
        {
            if ((t == run.Start && IsInitials(tokens[t].Text)) || (t < run.End && tokens[t].Text.Length == 1 && char.IsUpper(tokens[t].Text[0])))
            {
                continue; // "C.S. Venkatakrishnan", "J.R.R. Tolkien", "J. Kendrick Noble", "George W. Bush"
            }
            var word = t == run.End ? Words.StripPossessive(tokens[t].Text) : tokens[t].Text;
            if (word.Length < 2 || tokens[t].IsAllCaps)
            {
                return false;
            }
            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c != '-')
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool SpeaksOrIsAged(string text, List<WordToken> tokens, (int Start, int End) run) =>
        Speaks(text, tokens, run) || SetOffAge.FollowsName(text, tokens, run.Start, run.End);

    /// <summary>Capitals each followed by a period, as initials are written: "C.S.", "J.R.R."; not "U.S" without its last period.</summary>
    public static bool IsInitials(string word)
    {
        if (word.Length < 4 || word.Length % 2 != 0)
        {
            return false;
        }
        for (var i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the name is the speaker of a reporting verb right after it ("Lopez said", "Lopez also told") or right before it ("said Lopez", "according to Lopez").</summary>
    private static bool Speaks(string text, List<WordToken> tokens, (int Start, int End) run)
    {
        var next = run.End + 1;
        while (next < tokens.Count && next <= run.End + 2 && ReportingWords.BetweenSpeakerAndCue.Contains(tokens[next].Key))
        {
            next++;
        }
        if (next < tokens.Count && ReportingWords.QuoteCues.Contains(tokens[next].Key) && text.AsSpan(tokens[run.End].End, tokens[run.End + 1].Start - tokens[run.End].End).Trim(' ').IsEmpty)
        {
            return true;
        }
        // "According to Huaman": the source of what the sentence reports speaks as much.
        return (run.Start > 0 && ReportingWords.QuoteCues.Contains(tokens[run.Start - 1].Key) && text.AsSpan(tokens[run.Start - 1].End, tokens[run.Start].Start - tokens[run.Start - 1].End).Trim(' ').IsEmpty)
            || (run.Start > 1 && tokens[run.Start - 1].Key == "to" && tokens[run.Start - 2].Key == "according");
    }
}
