using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Turns a speaker phrase into a claimant: the entity it names when a known entity heads the phrase; for a pronoun
/// or description ("he", "the agency"), the nearest earlier mention of a compatible entity; otherwise the phrase as
/// written, with the country it names if it names one.
/// </summary>
internal static partial class ClaimantResolver
{
    public sealed record Resolution(Claimant Claimant, bool ByReference);

    /// <param name="article">The article.</param>
    /// <param name="first">First token of the speaker phrase.</param>
    /// <param name="last">Last token of the speaker phrase.</param>
    /// <param name="quotes">Quoted speech: names inside quotes are never the antecedent of "he" or "the agency".</param>
    /// <param name="phraseFirst">
    /// Where a description of the speaker before the name begins ("A Ukrainian military intelligence spokesman, Andriy
    /// Yusov,"), whose country is the speaker's; <paramref name="first"/> when there is none.
    /// </param>
    /// <param name="phraseLast">
    /// Where a description after the name ends ("Yulia Svyrydenko, Ukraine's economy minister,"); <paramref name="last"/>
    /// when there is none.
    /// </param>
    public static Resolution Resolve(ArticleText article, int first, int last, IReadOnlyList<TextSpan> quotes, int phraseFirst, int phraseLast)
    {
        var resolution = ResolveSpeaker(article, first, last, quotes, phraseFirst, phraseLast);
        // A speaker the phrase makes a state's ("Alexandria Governor Ahmed Fathi El-Sharkawy") is marked so, for a
        // comparison to place one the article gives no country.
        return SpeaksForAState(article, Math.Min(first, phraseFirst), Math.Max(last, phraseLast))
            ? resolution with { Claimant = resolution.Claimant with { OfAState = true } }
            : resolution;
    }

    private static Resolution ResolveSpeaker(ArticleText article, int first, int last, IReadOnlyList<TextSpan> quotes, int phraseFirst, int phraseLast)
    {
        var span = TextSpan.FromBounds(article.Tokens[first].Start, article.Tokens[last].End);
        var written = Tidy(span.Of(article.Text));
        if (article.Tokens[last].IsPossessive)
        {
            written = Words.StripPossessive(written); // the maker of what the phrase goes on to name: "the ministry's figures"
        }
        var lower = written.ToLowerInvariant();
        if (NamedBodyBefore(article, span, quotes) is { } body)
        {
            return new Resolution(new Claimant(body.Name, body.Label, body.Country), true);
        }
        if (TitledPersonBefore(article, first, last, quotes) is { } titled)
        {
            return new Resolution(new Claimant(titled.Name, titled.Label, titled.Country ?? StateCountry(article, first, last)), true);
        }
        if (ReportingWords.Anaphora.TryGetValue(lower, out var types) || ReportingWords.Anaphora.TryGetValue("the " + lower, out types))
        {
            var reach = AntecedentReach(article, span.Start, quotes);
            var antecedent = article.Mentions.LastOrDefault(m => m.Span.End <= span.Start && m.Span.Start >= reach && types.Contains(m.Type)
                && !quotes.Any(q => q.Start <= m.Span.Start && m.Span.End <= q.End));
            // Unresolved, "The ministry" opening a sentence is the same claimant as "the ministry" inside one.
            return antecedent is null
                ? new Resolution(new Claimant(written.StartsWith("The ", StringComparison.Ordinal) ? "the" + written[3..] : written, null,
                    StateCountry(article, first, last)), false)
                : new Resolution(new Claimant(antecedent.Name, antecedent.Label, antecedent.Country), true);
        }
        // Only as written with its article: "bank notes" is no reference to a bank.
        var asWritten = span.Of(article.Text).ToLowerInvariant();
        var centralBank = asWritten == "the central bank";
        if (centralBank || ReportingWords.BusinessReferences.Contains(asWritten))
        {
            var reach = AntecedentReach(article, span.Start, quotes);
            var business = article.Mentions.LastOrDefault(m => m.Span.End <= span.Start && m.Span.Start >= reach
                && (centralBank ? IsCentralBank(m) : IsBusiness(article, m)) && !quotes.Any(q => q.Start <= m.Span.Start && m.Span.End <= q.End));
            if (business is not null)
            {
                return new Resolution(new Claimant(business.Name, business.Label, business.Country), true);
            }
        }
        var mentions = article.MentionsIn(TextSpan.FromBounds(article.Tokens[Math.Min(first, phraseFirst)].Start, article.Tokens[Math.Max(last, phraseLast)].End)).ToList();
        var countries = mentions.Select(m => m.Country).Where(c => c is not null).Distinct().ToList();
        var country = countries.Count == 1 ? countries[0] : null;
        var head = HeadToken(article, first, last);
        // "according to IOM figures", "World Bank data showed": the records speak for the body named before them, a
        // known one or an acronym; not a place ("a California study") nor a report's title ("the State of the World's
        // Children report"). A poll or a survey keeps its name ("a Reuters poll"): who asked is not who answered.
        if (head > first && ReportingWords.Documents.Contains(article.Key(head)) && article.Key(head) is not ("poll" or "survey")
            && article.Between(head - 1, head).SequenceEqual(" ")
            && article.MentionCovering(head - 1) is { } maker
            && (maker.Type is "organisation" or "company" or "group" || (maker.Type == "other" && IsAcronym(maker.Name))))
        {
            head--;
        }
        // A body that watches a state (a human-rights commission, Amnesty's section in it) is held against that state's
        // figures, not grouped with them as one country's.
        country = WatchesTheState(span.Of(article.Text)) ? null : country;
        // "Israel and Hamas said" are two speakers; the "and" of "National Search and Rescue Agency" is inside one name.
        var conjoined = Enumerable.Range(first, last - first + 1).Any(t => article.Key(t) == "and" && article.MentionCovering(t) is null);
        if (!conjoined && article.MentionCovering(head) is { } named && named.Rule != EntityRecognizer.DemonymRule)
        {
            // "Ukraine's General Staff", "Russia's Sergei Lavrov": the one country the phrase names is theirs when the
            // entity has none of its own.
            return new Resolution(new Claimant(named.Name, named.Label,
                named.Country ?? country ?? (named.Type is "person" or "other" ? StateCountry(article, Math.Min(first, phraseFirst), Math.Max(last, phraseLast)) : null))
            {
                SpeaksFor = named.Type == "person" ? BodyDescribing(article, named, Math.Min(first, phraseFirst), Math.Max(last, phraseLast)) : null,
            }, false);
        }
        return new Resolution(new Claimant(written, null, country ?? StateCountry(article, Math.Min(first, phraseFirst), Math.Max(last, phraseLast))), false);
    }

    /// <summary>
    /// The body a named person speaks for, as the words describing them name it: right before the name, or before the
    /// titles there ("NDRRMC executive director Undersecretary Ricardo Ilagan", "the WHO's Jane Doe") or in the
    /// description the speaker phrase holds ("Ricardo Ilagan, executive director of the NDRRMC,", "A spokeswoman for the
    /// World Health Organization, Jane Doe,"). Past the titles, or in a description, only a public body or an acronym:
    /// "investment director at AJ Bell" gives the analyst's view, not the firm's.
    /// </summary>
    private static string? BodyDescribing(ArticleText article, EntityMention person, int phraseFirst, int phraseLast)
    {
        const int MaxTitleWords = 5;
        var name = article.TokenAtOrAfter(person.Span.Start);
        var titlesFrom = name;
        while (titlesFrom > 0 && name - titlesFrom < MaxTitleWords && EntityRecognizer.IsTitleWord(article.Key(titlesFrom - 1))
            && article.Between(titlesFrom - 1, titlesFrom) is " " or ". ")
        {
            titlesFrom--;
        }
        // Before the titles any body the person heads or serves: "Basarnas chief Air Marshal Hendra Kusuma Wijaya", not
        // only a known one; but a firm's analyst ("HSBC economist Jane Doe") gives her own view. Not a name that is part
        // of the titles ("Deputy Economics Minister", "Palestine Executive producer").
        if (titlesFrom > 0 && titlesFrom < name && article.Between(titlesFrom - 1, titlesFrom) is " "
            && article.MentionCovering(titlesFrom - 1) is { Type: "organisation" or "other" } titledBy && titledBy.Span.End <= article.Tokens[titlesFrom].Start
            && !EntityRecognizer.IsTitleWord(article.Key(article.TokenAtOrAfter(titledBy.Span.Start))))
        {
            return titledBy.Name;
        }
        if (titlesFrom > 0 && article.Between(titlesFrom - 1, titlesFrom) is " "
            && article.MentionCovering(titlesFrom - 1) is { } possessor && IsPublicBody(possessor))
        {
            return possessor.Name; // "the WHO's Jane Doe"
        }
        var phrase = TextSpan.FromBounds(article.Tokens[phraseFirst].Start, article.Tokens[phraseLast].End);
        return article.MentionsIn(phrase).FirstOrDefault(IsPublicBody)?.Name;
    }

    /// <summary>An organisation, or a name written as an acronym or ending in a body's noun ("Civil Protection Authority").</summary>
    private static bool IsPublicBody(EntityMention mention) =>
        mention.Type == "organisation"
        || (mention.Type == "other" && (IsAcronym(mention.Name) || IsBodyNoun(mention.Name[(mention.Name.LastIndexOf(' ') + 1)..].ToLowerInvariant())));

    /// <summary>
    /// The body that "the commission", "the ministry" or "the agency" refers back to: the nearest name before it, anywhere
    /// in the article, with that word in it ("The Kenya National Commission on Human Rights said… The commission said").
    /// Not a name inside quotes.
    /// </summary>
    private static EntityMention? NamedBodyBefore(ArticleText article, TextSpan span, IReadOnlyList<TextSpan> quotes)
    {
        var phrase = span.Of(article.Text);
        if (!phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var noun = Words.StripPossessive(phrase[4..]).ToLowerInvariant();
        if (!BodyNouns.Contains(noun))
        {
            return null;
        }
        return article.Mentions.LastOrDefault(m => m.Span.End <= span.Start
            && m.Name.Split(' ').Any(word => string.Equals(word, noun, StringComparison.OrdinalIgnoreCase))
            && !quotes.Any(q => q.Start <= m.Span.Start && m.Span.End <= q.End));
    }

    /// <summary>
    /// The person that "the governor" or "the health minister" refers back to: the nearest person before it, anywhere in
    /// the article, written with that title, before the name ("Gov. Bello Adamu", "Health Minister Jean Kalala") or in a
    /// description after it ("Bello Adamu, the governor of Kogi,"). Not a name inside quotes.
    /// </summary>
    private static EntityMention? TitledPersonBefore(ArticleText article, int first, int last, IReadOnlyList<TextSpan> quotes)
    {
        const int MaxWords = 3;
        if (article.Key(first) != "the" || last == first || last - first > MaxWords || !EntityRecognizer.IsPersonTitle(article.Key(last)))
        {
            return null;
        }
        var words = Enumerable.Range(first + 1, last - first).Select(article.Key).ToList();
        for (var i = article.Mentions.Count - 1; i >= 0; i--)
        {
            var mention = article.Mentions[i];
            if (mention.Type == "person" && mention.Span.End <= article.Tokens[first].Start
                && !quotes.Any(q => q.Start <= mention.Span.Start && mention.Span.End <= q.End)
                && words.All(TitleWordsAround(article, mention).Contains))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// The words of a person's title, as "governor" for "Gov.": the few words before the name in its sentence and the first
    /// few set off by a comma after it ("Bello Adamu, 52, governor of Kogi").
    /// </summary>
    private static HashSet<string> TitleWordsAround(ArticleText article, EntityMention mention)
    {
        const int Reach = 4;
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = article.TokenAtOrAfter(mention.Span.Start);
        var sentence = article.Sentences.FirstOrDefault(s => s.Start <= mention.Span.Start && mention.Span.Start < s.End);
        for (var t = start - 1; t >= 0 && t >= start - Reach && article.Tokens[t].Start >= sentence.Start; t--)
        {
            words.Add(TitleAbbreviations.GetValueOrDefault(article.Key(t), article.Key(t)));
        }
        var after = article.TokenAtOrAfter(mention.Span.End);
        if (after < article.Tokens.Count
            && article.Text.AsSpan(mention.Span.End, article.Tokens[after].Start - mention.Span.End).Trim().SequenceEqual(","))
        {
            for (var t = after; t < article.Tokens.Count && t < after + Reach; t++)
            {
                words.Add(article.Key(t));
            }
        }
        return words;
    }

    private static readonly FrozenDictionary<string, string> TitleAbbreviations = new Dictionary<string, string>
    {
        ["gov"] = "governor", ["sen"] = "senator", ["rep"] = "representative", ["gen"] = "general", ["col"] = "colonel",
        ["lt"] = "lieutenant", ["sgt"] = "sergeant", ["capt"] = "captain", ["adm"] = "admiral", ["prof"] = "professor", ["dr"] = "doctor",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Kinds of body that news names in full once and then as "the commission". Not "union", which a trade union is
    /// called as often in an article that names the European Union, nor "police" or "army", said of a country's own.
    /// </summary>
    private static readonly FrozenSet<string> BodyNouns = FrozenSet.ToFrozenSet(
    [
        "commission", "ministry", "agency", "council", "committee", "authority", "department", "bureau", "office", "board",
        "service", "institute", "tribunal", "court", "unit", "directorate", "administration", "centre", "center", "fund",
        "organisation", "organization", "association", "federation", "coalition", "alliance", "party", "foundation",
        "secretariat", "inspectorate", "observatory", "regulator",
    ], StringComparer.Ordinal);

    /// <summary>Whether a name is written as an acronym ("NDMA", "IOM"), which names a body far more often than a person.</summary>
    public static bool IsAcronym(string name) => name.Length is >= 2 and <= 8 && name.All(char.IsAsciiLetterUpper);

    /// <summary>Whether <paramref name="noun"/> (lower case) names a body that speaks as one: "ministry", "government", "army".</summary>
    public static bool IsBodyNoun(string noun) =>
        BodyNouns.Contains(noun) || noun is "government" or "army" or "military" or "cabinet" or "presidency" or "navy" or "coastguard" or "guard" or "brigade";

    /// <summary>Words that make a speaker an organ of a state: "the ministry", "officials", "Jane Doe, the health minister".</summary>
    internal static readonly FrozenSet<string> StateWords = FrozenSet.ToFrozenSet(
    [
        "ministry", "ministries", "minister", "ministers", "government", "authorities", "officials", "official", "police", "army",
        "military", "cabinet", "presidency", "administrator", "governor", "mayor",
        // Public bodies of the place the story is about: "the provincial disaster authority", "the civil defence agency",
        // "the provincial mines division", "the regional health directorate", "the district prefect", "the national
        // disaster council", "the electoral commission".
        "authority", "agency", "division", "directorate", "department", "prefect", "prefecture", "municipality", "council", "commission",
        // Who searches and rescues after a disaster: "the coastguard", "the coast guard", "the navy", "the fire brigade".
        "coastguard", "guard", "navy", "brigade",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The country of a state's speaker that names none ("the ministry said", "officials said", "Enamur Rahman, the
    /// minister of state for disaster management, said"): the one country of the places its sentence names ("In
    /// Myanmar, the information ministry said"), else the article's own, when most of the places it names (two in
    /// three) are of one country. Without it, the same ministry quoted by two outlets, once with its country and once
    /// without, would be two sources whose figures are never compared.
    /// </summary>
    private static string? StateCountry(ArticleText article, int first, int last)
    {
        if (!SpeaksForAState(article, first, last))
        {
            return null;
        }
        var at = article.Tokens[first].Start;
        var sentence = article.Sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        // "In Benin, the health ministry said it had confirmed cases near the Nigerian border": where the sentence opens
        // says whose ministry it is, whatever places what was said names.
        var opening = TextSpan.FromBounds(sentence.Start, first > 0 && article.Key(first - 1) == "the" ? article.Tokens[first - 1].Start : at);
        if (article.Text.AsSpan(opening.Start, opening.Length).TrimEnd().EndsWith(",") && OneCountry(article.MentionsIn(opening)) is { } where)
        {
            return where;
        }
        if (OneCountry(article.MentionsIn(sentence)) is { } named)
        {
            return named;
        }
        return MostPlaces(article);
    }

    private static string? OneCountry(IEnumerable<EntityMention> mentions)
    {
        string? country = null;
        foreach (var mention in mentions)
        {
            if (mention.Country is { } each && mention.Type is "country" or "place")
            {
                if (country is not null && country != each)
                {
                    return null;
                }
                country = each;
            }
        }
        return country;
    }

    /// <summary>
    /// Whether the words of a speaker's phrase make it an organ of a state ("the ministry", "officials", "Governor Jane
    /// Doe"), and not a body that watches one ("the Kenyan human rights commission", held against the state's figures).
    /// </summary>
    private static bool SpeaksForAState(ArticleText article, int first, int last)
    {
        if (WatchesTheState(article.Text[article.Tokens[first].Start..article.Tokens[last].End]))
        {
            return false;
        }
        var national = Enumerable.Range(first, last - first + 1).Any(t => NationalWords.Contains(article.Key(t)));
        return Enumerable.Range(first, last - first + 1).Any(t => IsStateWord(article.Key(t), char.IsLower(article.Tokens[t].Text[0]), national))
            || NamesCivilDefence(Enumerable.Range(first, last - first + 1).Select(article.Key).ToList());
    }

    private static readonly FrozenSet<string> NationalWords = FrozenSet.ToFrozenSet(
        ["national", "state", "provincial", "regional", "district", "municipal", "civil"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a word (lower case) of a speaker's name makes it an organ of a state. A council or commission is a state's
    /// when written in lower case or named national, provincial…: "the national disaster council", "the electoral
    /// commission", "the National Disaster Risk Reduction and Management Council"; a bare "the Commission" or "the
    /// Special Commission" of a document of an international body is not, nor is "the European Commission". A service is
    /// a state's only when so named: "the provincial civil protection service", not "the news service".
    /// </summary>
    private static bool IsStateWord(string key, bool writtenLowerCase, bool national) =>
        (StateWords.Contains(key) && (key is not ("council" or "commission") || writtenLowerCase || national)) || (key == "service" && national);

    /// <summary>
    /// Whether a speaker's name, as the comparison shows it, names an organ of a state ("National Disaster Risk Reduction
    /// and Management Council", "health ministry"), not a body that watches one.
    /// </summary>
    public static bool NamesAStateBody(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        // As the tokenizer keys them: "Nigeria's" is "nigeria".
        var keys = words.Select(w => w.ToLowerInvariant() is var key && (key.EndsWith("'s", StringComparison.Ordinal) || key.EndsWith("’s", StringComparison.Ordinal)) ? key[..^2] : key).ToList();
        var national = keys.Exists(NationalWords.Contains);
        return !WatchesTheState(name) && (words.Where((w, i) => IsStateWord(keys[i], char.IsLower(w[0]), national)).Any() || NamesCivilDefence(keys));
    }

    /// <summary>
    /// Whether the words (lower case) name a country's emergency service without a body's noun: "the state Civil
    /// Defense", "Minas Gerais Civil Defense", "Italy's Civil Protection".
    /// </summary>
    private static bool NamesCivilDefence(List<string> keys)
    {
        for (var i = 0; i + 1 < keys.Count; i++)
        {
            if (keys[i] == "civil" && keys[i + 1] is "defence" or "defense" or "protection")
            {
                return true;
            }
        }
        return false;
    }

    private static string? MostPlaces(ArticleText article)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var mention in article.Mentions)
        {
            // Places only: news agencies and broadcasters ("Reuters", "the BBC") carry a country too, but not the story's;
            // nor where someone in it comes from ("said Lee Soo-jin, a tourist from Busan, South Korea").
            if (mention.Country is { } country && mention.Type is "country" or "place" && !IsOrigin(article, mention))
            {
                counts[country] = counts.GetValueOrDefault(country) + 1;
                total++;
            }
        }
        if (counts.Count == 0)
        {
            return null;
        }
        var top = counts.MaxBy(c => c.Value);
        return top.Value * 3 >= total * 2 ? top.Key : null;
    }

    /// <summary>Who speaks or fights for a state: "a Nigerian diplomat" may well be of the story's country.</summary>
    private static readonly FrozenSet<string> StatesVoices = FrozenSet.ToFrozenSet(
        ["spokesman", "spokeswoman", "spokesperson", "diplomat", "diplomats", "envoy", "ambassador", "soldier", "soldiers", "troops",
         "officer", "officers", "commander", "general", "president", "minister", "lawmaker", "lawmakers", "senator"],
        StringComparer.Ordinal);

    /// <summary>People described by where they come from: "a tourist from Busan", "a student from Lagos".</summary>
    private static readonly FrozenSet<string> Travellers = FrozenSet.ToFrozenSet(
        ["tourist", "tourists", "visitor", "visitors", "student", "students", "man", "men", "woman", "women", "boy", "girl", "native",
         "national", "nationals", "citizen", "citizens", "pilgrim", "pilgrims", "passenger", "passengers", "traveller", "travellers",
         "traveler", "travelers", "migrant", "migrants", "worker", "workers", "couple", "family", "volunteer", "volunteers", "fan", "fans"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a place is named as where a person comes from: "a tourist from Busan, South Korea" (the country after the
    /// town too), "two students from Ghana", "a Nigerian engineer", "three British tourists". That place is theirs, not
    /// the story's. Not "a Nigerian official" or "Nigerian soldiers", who may well speak or act for it.
    /// </summary>
    private static bool IsOrigin(ArticleText article, EntityMention mention)
    {
        if (mention.Rule == EntityRecognizer.DemonymRule)
        {
            var next = article.TokenAtOrAfter(mention.Span.End);
            return next < article.Tokens.Count
                && (Travellers.Contains(article.Key(next)) || EntityRecognizer.IsPersonNoun(article.Key(next)))
                && !StateWords.Contains(article.Key(next)) && !StatesVoices.Contains(article.Key(next));
        }
        const int MaxTownWords = 3;
        var from = article.TokenAtOrAfter(mention.Span.Start) - 1;
        // Past the town before the country: "from Busan, South Korea".
        for (var words = 0; from >= 0 && words < MaxTownWords && article.Key(from) != "from" && char.IsUpper(article.Tokens[from].Text[0]); words++)
        {
            from--;
        }
        return from >= 1 && article.Key(from) == "from" && Travellers.Contains(article.Key(from - 1));
    }

    /// <summary>
    /// A company of the gazetteer ("Tesla"), a name that a corporate word ends ("Acme Corp", "Veltrona Systems"), or one
    /// outside the gazetteer that spoke ("Globex said sales rose. The company said…"). Not any name, which is as often a
    /// product or an event, nor any other organisation of the gazetteer, which are news agencies and public bodies
    /// ("…, Reuters reported").
    /// </summary>
    private static bool IsBusiness(ArticleText article, EntityMention mention)
    {
        if (mention.Type == "company")
        {
            return true;
        }
        if (mention.Type is not ("other" or "organisation"))
        {
            return false;
        }
        if (mention.Name.LastIndexOf(' ') is > 0 and var space && ReportingWords.CorporateEndings.Contains(mention.Name[(space + 1)..].TrimEnd('.')))
        {
            return true;
        }
        // The name must be the subject of its verb: not "Analysts at Jefferies said", nor "Russ Mould, investment director
        // at AJ Bell, said", where the firm is only where the speaker works.
        var next = article.TokenAtOrAfter(mention.Span.End);
        var before = article.TokenAtOrAfter(mention.Span.Start) - 1;
        return mention.Type == "other" && next < article.Tokens.Count && ReportingWords.Cues.Contains(article.Key(next))
            && article.Text.AsSpan(mention.Span.End, article.Tokens[next].Start - mention.Span.End).IsWhiteSpace()
            && !(before >= 0 && article.Key(before) is "at" or "of" or "for" or "from" or "with" or "by" or "to");
    }

    /// <summary>A central bank's name: "Federal Reserve", "Bank of England", "European Central Bank", not "World Bank".</summary>
    private static bool IsCentralBank(EntityMention mention) =>
        mention.Type is "organisation" or "other"
        && (mention.Name.Contains("Central Bank", StringComparison.Ordinal) || mention.Name.Contains("Reserve", StringComparison.Ordinal)
            || mention.Name.Contains("Bank of", StringComparison.Ordinal));

    /// <summary>Sentences back that "he" or "the agency" may refer to; further back, it is left unresolved.</summary>
    private const int AntecedentSentences = 3;

    /// <summary>
    /// Where the sentences a reference may reach back over begin: its own and the two before it, counted from the start
    /// of the quote it closes ("…," he said) and without the sentences inside quotes, where the speaker is not named.
    /// </summary>
    private static int AntecedentReach(ArticleText article, int at, IReadOnlyList<TextSpan> quotes)
    {
        var anchor = quotes.Where(q => q.End <= at && at - q.End <= 4).Select(q => q.Start).DefaultIfEmpty(at).Min();
        var counted = 0;
        for (var i = article.Sentences.Count - 1; i >= 0; i--)
        {
            var sentence = article.Sentences[i];
            if (sentence.Start > anchor || quotes.Any(q => q.Start - 1 <= sentence.Start && sentence.End <= q.End + 1))
            {
                continue;
            }
            if (++counted == AntecedentSentences)
            {
                return sentence.Start;
            }
        }
        return 0;
    }

    /// <summary>
    /// The head word: the last, unless a speaker noun is followed by a preposition — "authorities in Seoul",
    /// "the mayor of Kharkiv", "sources close to Putin" — where the speaker noun heads the phrase, or a person's name
    /// is followed by where they are from ("Sen. James Lankford of Oklahoma", "Jane Doe from Kyiv").
    /// </summary>
    private static int HeadToken(ArticleText article, int first, int last)
    {
        // "Secretary of State Antony Blinken", "Bank of England Governor Andrew Bailey": a title in capitals, then the
        // person, who speaks whatever the words before the title are.
        if (article.MentionCovering(last) is { Type: "person" })
        {
            for (var t = first; t < last; t++)
            {
                if (article.Tokens[t].IsCapitalized && EntityRecognizer.IsPersonTitle(article.Key(t)))
                {
                    return last;
                }
            }
        }
        for (var t = first + 1; t <= last; t++)
        {
            var key = article.Key(t);
            if (key is "in" or "of" or "for" or "from" or "at" or "close" or "familiar" or "near" or "linked" or "loyal"
                && ReportingWords.SpeakerNouns.Contains(article.Key(t - 1)))
            {
                return t - 1;
            }
            if (key is "of" or "from" && article.MentionCovering(t - 1) is { Type: "person" })
            {
                return t - 1;
            }
        }
        // "Amnesty International Kenya": a body's national section speaks, not its country.
        if (last > first && article.MentionCovering(last) is { Type: "country" } section && article.TokenAtOrAfter(section.Span.Start) - 1 is var before
            && before >= first && article.MentionCovering(before) is not null)
        {
            return before;
        }
        return last;
    }

    private static bool WatchesTheState(string name) => Watchdogs().IsMatch(name);

    [GeneratedRegex(@"\b(human rights|amnesty|ombudsman|red cross|red crescent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Watchdogs();

    /// <summary>
    /// The phrase without a leading article, a trailing bracketed abbreviation or a leading "country's" (whose country is
    /// the article's, as for any state's speaker): "the NIS" → "NIS", "the country's health ministry" → "health ministry".
    /// </summary>
    private static string Tidy(string phrase)
    {
        var text = phrase.Trim();
        var bracket = text.IndexOf(" (", StringComparison.Ordinal);
        if (bracket > 0 && text.EndsWith(')'))
        {
            text = text[..bracket];
        }
        foreach (var article in new[] { "a ", "an ", "the ", "A ", "An ", "The " })
        {
            if (text.StartsWith(article, StringComparison.Ordinal) && !ReportingWords.Anaphora.ContainsKey(text.ToLowerInvariant()))
            {
                text = text[article.Length..];
                break;
            }
        }
        foreach (var country in new[] { "country's ", "country’s ", "nation's ", "nation’s " })
        {
            if (text.StartsWith(country, StringComparison.Ordinal) && text.Length > country.Length)
            {
                return text[country.Length..];
            }
        }
        return text;
    }
}
