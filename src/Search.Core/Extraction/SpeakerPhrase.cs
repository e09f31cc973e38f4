using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>
/// Finds the phrase naming a speaker next to a reporting verb: names, known entities, pronouns and speaker nouns
/// ("South Korea's National Intelligence Service (NIS)", "a South Korean intelligence source", "he", "the agency").
/// </summary>
internal static class SpeakerPhrase
{
    private const int MaxWords = 10;

    /// <summary>Conjunctions that open a clause ("While the court acknowledged…", "Because officials said…").</summary>
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["while", "whereas", "although", "though", "when", "if", "unless", "until", "because", "since", "as", "after", "before", "but", "so", "yet", "once"],
        StringComparer.Ordinal);

    /// <summary>Words that open a clause and nothing else: not "since" or "as", which are prepositions too ("since the report").</summary>
    private static readonly FrozenSet<string> Conjunctions = FrozenSet.ToFrozenSet(["while", "whereas", "although", "though", "but"], StringComparer.Ordinal);

    /// <summary>Reporting verbs that are also plural nouns: "the Baltic states", "both reports", "demographic estimates".</summary>
    private static readonly FrozenSet<string> CuesAlsoPluralNouns = FrozenSet.ToFrozenSet(["states", "reports", "estimates", "claims", "notes"], StringComparer.Ordinal);

    /// <summary>Whether the reporting verb (folded) is also a plural noun: "the Baltic states", "Independent estimates".</summary>
    public static bool IsAlsoPluralNoun(string key) => CuesAlsoPluralNouns.Contains(key);

    /// <summary>Auxiliaries before a verb that make it hypothetical, emphatic or a question ("could confirm", "do believe").</summary>
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["can", "cannot", "could", "may", "might", "must", "should", "would", "will", "shall", "do", "does", "did"],
        StringComparer.Ordinal);

    /// <summary>Linking words set off by commas between a speaker and the verb ("Austin, however, told lawmakers").</summary>
    private static readonly FrozenSet<string> Asides = FrozenSet.ToFrozenSet(
        ["however", "meanwhile", "though", "too", "nonetheless", "nevertheless", "moreover", "meantime", "instead", "separately"],
        StringComparer.Ordinal);

    /// <summary>
    /// Words that never end a speaker phrase: "…for the poll This continued…", "my friend and told him", "As previously
    /// reported", "Let's say".
    /// </summary>
    private static readonly FrozenSet<string> NotLast = FrozenSet.ToFrozenSet(
        ["this", "that", "these", "those", "it", "there", "to", "and", "or", "of", "the", "a", "an", "in", "for", "by", "with", "at", "on",
         "its", "his", "her", "their", "as", "let", "whose"],
        StringComparer.Ordinal);

    /// <summary>
    /// Prepositions whose object a following noun phrase is. Not "in" or "of", which speaker phrases hold ("officials
    /// in Lviv") and which also open a clause without a comma ("In Kyiv officials said…").
    /// </summary>
    private static readonly FrozenSet<string> QuestionAuxiliaries = FrozenSet.ToFrozenSet(
        ["did", "does", "do", "will", "would", "could", "should", "can", "may", "might", "must", "shall"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ObjectPrepositions = FrozenSet.ToFrozenSet(
        ["into", "onto", "from", "with", "without", "by", "to", "about", "under", "over", "upon", "through", "against", "toward", "towards", "across"],
        StringComparer.Ordinal);

    /// <summary>A speaker phrase: the speaker's tokens, where the phrase begins and ends around them, and how the verb relates.</summary>
    /// <param name="First">The speaker's first token.</param>
    /// <param name="Last">The speaker's last token.</param>
    /// <param name="PhraseFirst">Where the phrase begins: before the speaker when a description leads up to the name.</param>
    /// <param name="Relative">Whether the verb opens a relative clause after the speaker.</param>
    /// <param name="VerbFrom">Where the words between the speaker and the verb start.</param>
    public readonly record struct Found(int First, int Last, int PhraseFirst, bool Relative, int VerbFrom)
    {
        /// <summary>Where the phrase ends: after the speaker when a description follows the name ("X, Ukraine's economy minister,").</summary>
        public int PhraseLast { get; init; } = Last;
    }

    /// <summary>
    /// The speaker phrase ending just before token <paramref name="cue"/>, or null: the speaker's first and last tokens,
    /// where the phrase begins, which is before the speaker when a description leads up to the name ("The governor of
    /// the region, Oleh Syniehubov, said"), and whether the verb opens a relative clause after the speaker ("the
    /// ministry, which said …,"), whose content ends with the clause.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="cue">The reporting verb's token.</param>
    /// <param name="floor">No token before this offset belongs to the phrase (the sentence or clause start).</param>
    public static Found? Before(ArticleText article, int cue, int floor)
    {
        var last = cue - 1;
        // "in seven states and Mexico", "both reports": a number or a quantifier makes a plural noun of a cue that is one;
        // not a number that ends a name ("Article 69 states that").
        if (last >= 0 && CuesAlsoPluralNouns.Contains(article.Key(cue)) && article.Between(last, cue).Trim().IsEmpty
            && ((article.Tokens[last].Text.All(char.IsAsciiDigit) && !(last > 0 && article.Tokens[last - 1].IsCapitalized && article.Between(last - 1, last).Trim().IsEmpty))
                || QuantityParser.IsNumberWord(article.Key(last))
                || article.Key(last) is "several" or "many" or "both" or "all" or "some" or "few" or "other" or "these" or "those"
                // "Kogi and Niger states": after names joined by "and", the places' kind.
                || (last > 1 && article.Tokens[last].IsCapitalized && article.Key(last - 1) == "and" && article.Tokens[last - 2].IsCapitalized)
                // "States parties reports": after a plural speaker noun the word is a noun, not the verb.
                || (article.Key(last).EndsWith('s') && !article.Key(last).EndsWith("ss", StringComparison.Ordinal) && ReportingWords.SpeakerNouns.Contains(article.Key(last)))))
        {
            return null;
        }
        // Adverbs, auxiliaries and when it was said stand between a speaker and the verb: "the party categorically denied",
        // "had earlier said", "the ministry on Friday said", "Labour on Monday night said".
        while (last >= 0 && article.Tokens[last].Start >= floor)
        {
            // "Today" capitalised ends a name: "USA Today reported".
            if ((ReportingWords.BetweenSpeakerAndCue.Contains(article.Key(last)) && !(article.Tokens[last].IsCapitalized && article.Key(last) is "today" or "yesterday" or "tonight"))
                || IsAdverb(article, last))
            {
                last--;
            }
            // Not a day that ends a clause set off by commas: "The report, published on Tuesday, said".
            else if (!article.Between(last, last + 1).Contains(',') && DayBefore(article, last, floor) is { } on)
            {
                last = on - 1;
            }
            else
            {
                break;
            }
        }
        if (last < 0 || article.Tokens[last].Start < floor)
        {
            return null;
        }
        // "Lloyd Austin, however, told lawmakers", "The civic body (BNCMC), however, put…": a word set off by commas that
        // only links to what came before.
        var linkingAside = last > 0 && article.Between(last, last + 1).Trim().SequenceEqual(",") && Asides.Contains(article.Key(last))
            && article.Between(last - 1, last).Trim() is "," or "),";
        if (linkingAside)
        {
            last--;
        }
        // "Sen. Elizabeth Warren (D-Mass.) said", "Jane Doe (pictured) said": an aside in brackets before the verb.
        var setOff = false; // a party tag or an age between commas
        if (BracketedBefore(article, last, floor) is { } opening)
        {
            last = opening - 1;
        }
        // "Rep. Nancy Pelosi, D-Calif., said": a legislator's party and state set off by commas.
        else if (last > 0 && EntityRecognizer.IsPartyAndState(article.Tokens[last].Text) && article.Between(last, last + 1).Contains(',')
            && article.Between(last - 1, last).Trim().SequenceEqual(",") && article.Tokens[last - 1].Start >= floor)
        {
            last--;
            setOff = true;
        }
        // "John Smith, 45, said", "Messi, 37, has said": the speaker's age set off by commas.
        else if (last > 0 && article.Tokens[last - 1].Start >= floor && SetOffAge.IsAge(article.Text, article.Tokens, last))
        {
            last--;
            setOff = true;
        }
        // Where the words between the speaker and the verb start (after any clause describing the speaker), for the
        // caller's look for a negation.
        var verbFrom = last + 1;
        var relative = false;
        var relativeWho = false;
        var commaExplained = setOff || linkingAside;
        if (!commaExplained && article.Between(last, last + 1).Trim().SequenceEqual(",") && ClauseBetween(article, last, floor) is { } opener)
        {
            // "A senior official, who spoke on condition of anonymity, said": the clause describes the speaker before it.
            last = opener - 1;
            commaExplained = true;
        }
        else if (article.Key(last) is "who" or "which" or "that" && article.MentionCovering(last) is null) // not "the WHO said"
        {
            // "The ministry, which said 200 soldiers died, gave no details": a clause set off by a comma reports what the
            // noun before it said. Without the comma ("economists who warned of the crisis were few") the clause only
            // says which economists are meant, and reports nothing.
            if (article.Key(last) == "that" || last == 0 || article.Tokens[last - 1].Start < floor || !article.Between(last - 1, last).Trim().SequenceEqual(","))
            {
                return null;
            }
            relativeWho = article.Key(last) == "who";
            last--;
            relative = true;
            commaExplained = true;
        }
        var appositive = !commaExplained && article.Between(last, last + 1).Trim().SequenceEqual(",");
        if (!appositive && !commaExplained && !Joined(article, last, last + 1))
        {
            return null;
        }
        // "Nobody believed what he said about the war": what was said is the object of the sentence, not its content.
        if (WhatBefore(article, last, floor))
        {
            return null;
        }
        // "It said" opening a sentence: a body named before ("The ministry denied the report. It said…"), as "he" is a
        // person. Not "it's" (it is), and not a lower-case "it" inside a sentence ("as it says", "what it claims to be"),
        // which over 20,000 corpus articles was mostly no speaker.
        // A lower-case "it" trails its content too: "…, it said." ends the sentence on the body named before; and it
        // follows when it was said: "Later it raised the toll", "On Friday it said".
        // "releasing 14 who they said were bystanders": a speaker set inside a relative clause only vouches for it in
        // passing, and the clause's verb has no subject of its own to report. Not after a preposition: in "a letter in
        // which he asked" and "to whom she said:" the pronoun reports.
        if (article.Key(last) is "he" or "she" or "they" && last > 0 && article.Key(last - 1) is "who" or "whom" or "which" && Joined(article, last - 1, last)
            && !(last > 1 && IsPreposition(article.Key(last - 2))))
        {
            return null;
        }
        if (article.Key(last) is "he" or "she" or "they" || article.Tokens[last].Text == "It"
            || (article.Tokens[last].Text == "it" && (EndsTheSentence(article, cue) || OnlyWhenBefore(article, last, floor))))
        {
            return new Found(last, last, last, relative, verbFrom);
        }
        if (article.Key(last) is "i" or "we" or "you" || article.Key(last).StartsWith("i'", StringComparison.Ordinal)
            || article.Key(last).StartsWith("we'", StringComparison.Ordinal) || article.Key(last).StartsWith("you'", StringComparison.Ordinal))
        {
            return null; // the narrator's "I" or "we" ("I'd still say"), or the reader, names no one
        }
        if (ReportingWords.NotBeforeCue.Contains(article.Key(last)))
        {
            return null; // "are still reported": passive, also with an adverb between
        }
        if (Modals.Contains(article.Key(last)) || article.Key(last).EndsWith("n't", StringComparison.Ordinal) || article.Key(last).EndsWith("'ll", StringComparison.Ordinal))
        {
            return null; // "can't believe", "may confirm", "I'll admit": a stance or a possibility, not a report
        }
        // Not "…for the poll This continued…" or "my friend and told him".
        if (NotLast.Contains(article.Key(last)))
        {
            return null;
        }
        // "The player denied reports that…", "The ministry rejected claims that…": the noun after a verb of report is
        // its object, and the phrase would end on that verb.
        // Not "states", "reports" or "estimates", which are plural nouns too ("The Baltic states said").
        if (ReportingWords.Cues.Contains(article.Key(last)) && !CuesAlsoPluralNouns.Contains(article.Key(last))
            && !article.Tokens[last].IsCapitalized)
        {
            return null;
        }
        // "a doctor at the hospital treating them told", "an official overseeing the rescue said": a participle and its
        // object after a speaker noun say which one speaks. Not before a cue that is also a plural noun ("the group
        // meeting on demographic estimates and…").
        if (!CuesAlsoPluralNouns.Contains(article.Key(cue)) && ParticiplePhraseBefore(article, last) is { } participle
            && Before(article, participle, floor) is { } participleSubject && ReportingWords.SpeakerNouns.Contains(article.Key(participleSubject.Last)))
        {
            return participleSubject;
        }
        var first = last;
        int? description = null;
        int? phraseLast = null;
        while (true)
        {
            while (first - 1 >= 0 && article.Tokens[first - 1].Start >= floor && last - first < MaxWords
                && (Belongs(article, first - 1) || SpeaksFor(article, first - 1)) && Joined(article, first - 1, first))
            {
                first--;
            }
            var modified = OverModifiers(article, first, last, floor);
            if (modified == first)
            {
                break;
            }
            first = modified;
        }
        first = OverProximity(article, first, floor);
        if (appositive && WidenedOverAppositive(article, first, floor) is { } wider)
        {
            if (wider.Describes && NameAfterArticle(article, first, last))
            {
                // "Nigeria's disease agency, the NCDC, said": the name after "the" speaks, and the words before it say
                // what it is, as in "The governor of the region, Oleh Syniehubov, said".
                var describedFrom = wider.First;
                while (describedFrom > 0 && article.Tokens[describedFrom - 1].Start >= floor && wider.Last - describedFrom < MaxWords
                    && Joined(article, describedFrom - 1, describedFrom))
                {
                    describedFrom--; // "Nigeria's disease agency": all the words of the description, not only its head
                }
                description = describedFrom;
                first++;
            }
            else
            {
                // "The National Intelligence Service, or NIS, said": the whole name speaks; "Dmitry Peskov, the Kremlin
                // spokesman, said": the person does, and the description only says who he is.
                phraseLast = wider.Describes ? last : null; // whose the description says he is: "the minister for disaster management"
                (first, last) = wider.Describes ? (wider.First, wider.Last) : (wider.First, last);
            }
        }
        else if (appositive && DescriptionBefore(article, first, last, floor) is { } describedFrom)
        {
            // "The governor of the region, Oleh Syniehubov, said": the name speaks, the words before it say who he is.
            description = describedFrom;
        }
        else if (appositive && DescribedBefore(article, last, floor) is { } described)
        {
            // "The Greens, the remaining coalition partner, said": the name before the description speaks, and the
            // description says whose it is ("Enamur Rahman, the minister of state for disaster management, said").
            phraseLast = last;
            (first, last) = described;
        }
        else if (appositive && BareDescribedBefore(article, last, floor) is { } bare)
        {
            // "Yulia Svyrydenko, Ukraine's economy minister, said": the name speaks; the description's country is his.
            phraseLast = last;
            (first, last) = bare;
        }
        else if (appositive)
        {
            return null; // a comma before the verb without an appositive: not a speaker phrase
        }
        // "While the court acknowledged…", "Later the ministry said…": a conjunction or an adverb of time opening the
        // clause is not part of who speaks.
        while (first < last && (article.Key(first) is "and" or "in" or "of" or "for" or "also" or "then" or "later" or "earlier" or "meanwhile"
            || ClauseOpeners.Contains(article.Key(first))))
        {
            first++;
        }
        first = AfterOpeningAdjunct(article, first, last);
        first = OverListedNames(article, first, last, floor);
        var phraseFirst = description ?? first;
        // "a shopkeeper surnamed Wang told", "a man named Ahmed said": the name speaks, and the words before say who he is.
        if (phraseFirst > 1 && article.Key(phraseFirst - 1) is "named" or "surnamed" && Joined(article, phraseFirst - 1, phraseFirst)
            && Before(article, phraseFirst - 1, floor) is { } named)
        {
            phraseFirst = named.PhraseFirst;
        }
        // "one nurse, who asked not to be named, told", "two people familiar with the talks said": how many speak opens
        // the phrase, though it names no one.
        if (phraseFirst > 0 && article.Tokens[phraseFirst - 1].Start >= floor && Joined(article, phraseFirst - 1, phraseFirst)
            && QuantityParser.IsNumberWord(article.Key(phraseFirst - 1)))
        {
            phraseFirst--;
        }
        if (WhatBefore(article, phraseFirst, floor))
        {
            return null;
        }
        // "one more than the police had reported an hour earlier": a count set beside what another reported, which it
        // does not give.
        if (phraseFirst > 0 && article.Tokens[phraseFirst - 1].Start >= floor && article.Key(phraseFirst - 1) == "than")
        {
            return null;
        }
        // "What did the doctor say to…?", "Will the minister confirm…": an auxiliary before the subject asks; it reports nothing.
        if (phraseFirst > 0 && article.Tokens[phraseFirst - 1].Start >= floor && QuestionAuxiliaries.Contains(article.Key(phraseFirst - 1))
            && article.Between(phraseFirst - 1, phraseFirst).SequenceEqual(" "))
        {
            return null;
        }
        // "slipping earmarks into committee reports that…": a noun after a preposition is its object, not a subject; but
        // in "A poll by Quinnipiac University found that…" the poll's maker speaks.
        // Nor "according to the Civil Defense, which put the toll at 31": the source named is who the clause is about.
        if (phraseFirst > 0 && article.Tokens[phraseFirst - 1].Start >= floor && Joined(article, phraseFirst - 1, phraseFirst)
            && ObjectPrepositions.Contains(article.Key(phraseFirst - 1)) && !MakesTheDocumentBefore(article, phraseFirst, floor)
            && !(relative && phraseFirst >= 2 && article.Key(phraseFirst - 1) == "to" && article.Key(phraseFirst - 2) == "according"))
        {
            return null;
        }
        // "a farmer from a village near Johi in Dadu district, who said…": "who" is a person, never the place before it.
        if (relativeWho && phraseFirst > 0 && article.Key(phraseFirst - 1) is "near" or "in" or "at" or "from" or "of" or "outside")
        {
            return null;
        }
        return HasHead(article, first, last) ? new Found(first, last, phraseFirst, relative, verbFrom) { PhraseLast = phraseLast ?? last } : null;
    }

    /// <summary>
    /// The first word inside brackets that close right after <paramref name="last"/> and open at most five words
    /// before it, after a word of the phrase; null when there are none.
    /// </summary>
    private static int? BracketedBefore(ArticleText article, int last, int floor)
    {
        var gapAfter = article.Between(last, last + 1);
        if (last < 1 || gapAfter.IndexOfAny('(', ')') is var close && (close < 0 || gapAfter[close] != ')'))
        {
            return null;
        }
        for (var t = last; t > 0 && last - t < 5 && article.Tokens[t - 1].Start >= floor; t--)
        {
            var gap = article.Between(t - 1, t);
            if (gap.Contains(')'))
            {
                return null;
            }
            if (gap.Trim().SequenceEqual("("))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>
    /// "A report by Amnesty International said", "New figures from the health ministry showed that": the phrase at
    /// <paramref name="phraseFirst"/> made the document named right before its "by" or "from".
    /// </summary>
    private static bool MakesTheDocumentBefore(ArticleText article, int phraseFirst, int floor)
    {
        var preposition = phraseFirst - 1;
        return article.Key(preposition) is "by" or "from" && preposition > 0 && article.Tokens[preposition - 1].Start >= floor
            && ReportingWords.Documents.Contains(article.Key(preposition - 1)) && Joined(article, preposition - 1, preposition);
    }

    /// <summary>
    /// Where a relative clause or a participle phrase opens (its "who", "whose", "which" or "-ing" word, after a comma)
    /// that ends with the comma after token <paramref name="end"/>: "A senior official, who spoke on condition of
    /// anonymity, said", "Officials, speaking on condition of anonymity, said", "Gul Bibi, whose house was washed away,
    /// said". Null when there is none, or another comma inside that does not list items ("The company, which makes chips,
    /// cars and phones, said").
    /// </summary>
    private static int? ClauseBetween(ArticleText article, int end, int floor)
    {
        const int MaxClauseWords = 16;
        for (var t = end; t > 0 && end - t < MaxClauseWords && article.Tokens[t - 1].Start >= floor; t--)
        {
            var comma = article.Between(t - 1, t).Contains(',');
            // "…, who spoke on condition of anonymity," / "…, speaking on condition of anonymity," / "…, published on Tuesday,"
            if (article.Key(t) is "who" or "which" or "whose" || (comma && (Words.IsParticiple(article.Tokens[t].Text) || OpensPastParticiplePhrase(article, t, end))))
            {
                return comma && t < end ? t : null;
            }
            if (comma && !OpensListItem(article, t, end))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether the comma before <paramref name="token"/> separates items of a list that ends by <paramref name="end"/> ("chips, cars and phones").</summary>
    private static bool OpensListItem(ArticleText article, int token, int end)
    {
        const int MaxItemWords = 4;
        for (var t = token + 1; t <= end && t - token <= MaxItemWords; t++)
        {
            if (article.Key(t) is "and" or "or")
            {
                return true;
            }
            if (article.Between(t - 1, t).Contains(','))
            {
                return OpensListItem(article, t, end);
            }
        }
        return false;
    }


    /// <summary>
    /// The participle opening "treating them" or "overseeing the rescue effort", a phrase of at most five words without
    /// punctuation that ends at <paramref name="last"/>; null when there is none.
    /// </summary>
    private static int? ParticiplePhraseBefore(ArticleText article, int last)
    {
        const int MaxObjectWords = 4;
        for (var t = last - 1; t >= Math.Max(1, last - MaxObjectWords) && Joined(article, t, t + 1); t--)
        {
            if (Words.IsParticiple(article.Tokens[t].Text))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>
    /// A past participle and a preposition after it: "published on Tuesday", "founded in 2019", "led by Keir Starmer",
    /// "filed in federal court". The preposition tells the participle from a verb with an object.
    /// </summary>
    private static bool OpensPastParticiplePhrase(ArticleText article, int token, int end)
    {
        var word = article.Tokens[token].Text;
        return token < end && char.IsLower(word[0]) && (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) || IrregularParticiples.Contains(word))
            && ParticiplePrepositions.Contains(article.Key(token + 1)) && article.Between(token, token + 1).SequenceEqual(" ");
    }

    private static readonly FrozenSet<string> IrregularParticiples = FrozenSet.ToFrozenSet(
        ["led", "held", "run", "written", "made", "built", "known", "seen", "given", "taken", "set", "brought", "sent", "won", "paid", "hit", "struck", "shot", "born", "sold", "bought", "kept", "left", "told", "chosen", "drawn", "grown", "shown", "spent"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ParticiplePrepositions = FrozenSet.ToFrozenSet(
        ["in", "on", "by", "at", "last", "earlier", "this", "for", "from", "with", "after", "before", "during", "under", "over", "since", "as", "into", "to"],
        StringComparer.Ordinal);

    private static bool IsLowerArticle(ArticleText article, int token) =>
        article.Tokens[token].Text is "the" or "a" or "an";

    /// <summary>A lower-case word ending in "-ly" ("categorically", "privately"): an adverb, not part of who speaks.</summary>
    private static bool IsAdverb(ArticleText article, int token)
    {
        var word = article.Tokens[token].Text;
        return word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]) && !ReportingWords.SpeakerWords.Contains(word);
    }

    /// <summary>
    /// "X, or Y," / "X, also known as Y," / "X, the Y," before a verb: the bounds of X, when the words before Y form
    /// such an appositive, and whether Y only describes X ("the", "a": a description, not another name).
    /// </summary>
    private static (int First, int Last, bool Describes)? WidenedOverAppositive(ArticleText article, int second, int floor)
    {
        var t = second - 1;
        // "X, the Kremlin spokesman, said": the article may already be part of the phrase found before the verb.
        // A capital "The" after a comma opens a title in a list ("New Chance, The Children's Hour"), not a description.
        var describes = IsLowerArticle(article, second);
        var marked = describes;
        while (t >= 0 && (article.Key(t) is "or" or "also" or "known" or "as" || IsLowerArticle(article, t)))
        {
            describes |= IsLowerArticle(article, t);
            t--;
            marked = true;
        }
        if (t < 0 || !marked || !article.Between(t, t + 1).Trim().SequenceEqual(","))
        {
            return null;
        }
        var first = t;
        while (first - 1 >= 0 && article.Tokens[first - 1].Start >= floor && t - first < MaxWords && Belongs(article, first - 1) && Joined(article, first - 1, first))
        {
            first--;
        }
        return HasHead(article, first, t) ? (first, t, describes) : null;
    }

    /// <summary>
    /// Whether the phrase from <paramref name="first"/> to <paramref name="last"/> is a lower-case "the" and then exactly
    /// one named body ("the NCDC", "the Nigeria Centre for Disease Control"), not a description with a name in it ("the
    /// Kremlin spokesman") nor a person.
    /// </summary>
    private static bool NameAfterArticle(ArticleText article, int first, int last) =>
        first < last && IsLowerArticle(article, first) && article.Key(first) == "the"
        && article.MentionCovering(first + 1) is { Type: not "person" and not "place" and not "country" } body
        && body.Span.Start == article.Tokens[first + 1].Start && body.Span.End == article.Tokens[last].End;

    /// <summary>
    /// "The Greens, the remaining coalition partner, said", "Jane Doe, a lawyer from Boston, Massachusetts, said",
    /// "Lawyers for the claimants, a group of 12 asylum seekers from Syria, Iraq and Iran, argued": a description after
    /// "the" or "a", set off by commas and ending right before the verb's comma at <paramref name="last"/>, and the
    /// speaker before it: a name or a known entity, which the description only describes. The description holds plain
    /// lower-case words, names and figures; a comma inside it only lists names ("Syria, Iraq and Iran") or gives a
    /// place's state ("Boston, Massachusetts").
    /// </summary>
    private static (int First, int Last)? DescribedBefore(ArticleText article, int last, int floor)
    {
        const int MaxDescriptionWords = 14;
        var t = last;
        while (t >= 0 && last - t < MaxDescriptionWords && article.Tokens[t].Start >= floor
            && (t == last || Joined(article, t, t + 1) || ListsNames(article, t))
            && !(t < last && OpensDescription(article, t) && t > 0 && article.Between(t - 1, t).Trim().SequenceEqual(","))
            && InDescription(article, t))
        {
            t--;
        }
        // A capital "The" after a comma opens a title in a list ("New Chance, The Children's Hour"), not a description.
        if (t == last || t < 1 || !OpensDescription(article, t) || !Joined(article, t, t + 1) || !article.Between(t - 1, t).Trim().SequenceEqual(","))
        {
            return null;
        }
        // "Tomas Brandt, Ukraine's economy minister," describes a person: BareDescribedBefore reads it, with its country.
        if (!IsLowerArticle(article, t) && Enumerable.Range(t + 1, last - t).Any(k => EntityRecognizer.IsPersonNoun(article.Key(k))))
        {
            return null;
        }
        var speakerLast = t - 1;
        var speakerFirst = SpeakerStart(article, speakerLast, floor);
        // A lone capitalised word is a name when the description says what kind of body it is ("Toyota, the biggest
        // carmaker by sales,"; "HSBC, Europe's biggest bank,").
        var describesABody = Enumerable.Range(t + 1, last - t).Any(k => ReportingWords.SpeakerNouns.Contains(article.Key(k)));
        var named = Enumerable.Range(speakerFirst, speakerLast - speakerFirst + 1)
            .Any(k => article.MentionCovering(k) is not null || (article.Tokens[k].IsCapitalized && (k > speakerFirst || describesABody))
                || ReportingWords.SpeakerNouns.Contains(article.Key(k)));
        return named ? (speakerFirst, speakerLast) : null;
    }

    /// <summary>
    /// "Egypt, Qatar and the United States said": a phrase joining names with "and" takes in the names listed before
    /// it with commas, each one a known entity of the same kind and none after a preposition ("In Paris, Macron and
    /// Scholz said" is the two leaders').
    /// </summary>
    private static int OverListedNames(ArticleText article, int first, int last, int floor)
    {
        const int MaxListed = 5;
        if (!Enumerable.Range(first, last - first + 1).Any(t => article.Key(t) == "and") || article.MentionCovering(first) is not { } joined)
        {
            return first;
        }
        var listedFirst = first;
        for (var listed = 0; listed < MaxListed && listedFirst > 0 && article.Between(listedFirst - 1, listedFirst).Trim().SequenceEqual(","); listed++)
        {
            if (article.MentionCovering(listedFirst - 1) is not { } before || before.Type != joined.Type)
            {
                break;
            }
            var opening = article.TokenAtOrAfter(before.Span.Start);
            if (article.Tokens[opening].Start < floor)
            {
                break;
            }
            var beforeList = opening > 0 && article.Tokens[opening - 1].Start >= floor ? article.Key(opening - 1) : "";
            if (IsPreposition(beforeList) || ObjectPrepositions.Contains(beforeList) || beforeList is "after" or "before" or "during")
            {
                return first; // an introductory phrase: "After talks in Brussels, France and Germany said"
            }
            listedFirst = opening;
        }
        return listedFirst;
    }

    /// <summary>What opens a description after a comma: a lower-case article, or a possessive name ("Europe's biggest bank").</summary>
    private static bool OpensDescription(ArticleText article, int token) =>
        IsLowerArticle(article, token) || (article.Tokens[token].IsPossessive && article.Tokens[token].IsCapitalized)
        // "The federation, one of the plaintiffs, said", "The Party of Socialists, part of the Patriotic bloc, said"
        || (article.Tokens[token].Text is "one" or "part" or "member" && token + 1 < article.Tokens.Count && article.Key(token + 1) == "of");

    /// <summary>
    /// "Yulia Svyrydenko, Ukraine's economy minister, said", "Oleh Syniehubov, governor of the Kharkiv region, said",
    /// "Matthew Miller, State Department spokesman, said": a description without an article, set off by commas and ending
    /// right before the verb's comma at <paramref name="last"/>, whose head is a person's title or occupation (the last
    /// word before any "of", "for", "at" or "in"), after a person's name. The name's bounds, or null. Lists of places
    /// ("Kyiv, Kharkiv and Odesa said") have no such head.
    /// </summary>
    private static (int First, int Last)? BareDescribedBefore(ArticleText article, int last, int floor)
    {
        const int MaxDescriptionWords = 10;
        var t = last;
        while (t > 0 && last - t < MaxDescriptionWords && article.Tokens[t - 1].Start >= floor && Joined(article, t - 1, t)
            && InBareDescription(article, t - 1))
        {
            t--;
        }
        if (t < 1 || !InBareDescription(article, t) || IsLowerArticle(article, t) || !article.Between(t - 1, t).Trim().SequenceEqual(",")
            || article.Tokens[t - 1].Start < floor)
        {
            return null;
        }
        var head = t;
        while (head < last && article.Key(head + 1) is not ("of" or "for" or "at" or "in"))
        {
            head++;
        }
        if (!EntityRecognizer.IsPersonNoun(article.Key(head)) && !(article.Key(head) == "head" && head < last))
        {
            return null;
        }
        var speakerLast = t - 1;
        var speakerFirst = SpeakerStart(article, speakerLast, floor);
        var mention = article.MentionCovering(speakerLast);
        var named = mention is { Type: "person" } || (speakerLast > speakerFirst && mention is null or { Type: "other" });
        return named && article.Tokens[speakerLast].IsCapitalized ? (speakerFirst, speakerLast) : null;
    }

    /// <summary>
    /// Where "on Monday", "on Monday night" or "late on Friday" begins when it ends at <paramref name="last"/>, or null:
    /// the day it was said, between the speaker and the verb.
    /// </summary>
    private static int? DayBefore(ArticleText article, int last, int floor)
    {
        var day = article.Key(last) is "night" or "morning" or "afternoon" or "evening" && last > 0 ? last - 1 : last;
        if (day < 1 || !Words.IsWeekday(article.Key(day)) || article.Key(day - 1) != "on" || article.Tokens[day - 1].Start < floor)
        {
            return null;
        }
        var on = day - 1;
        return on > 0 && article.Key(on - 1) is "late" or "early" && article.Tokens[on - 1].Start >= floor ? on - 1 : on;
    }

    /// <summary>
    /// Where the speaker begins after when or where it was said, written without a comma at the start of the sentence:
    /// "(On) Thursday the ministry said", "Yesterday police said", "(In) Kabul the ministry said". A name before a bare
    /// noun is part of the speaker ("Kabul police said").
    /// </summary>
    private static int AfterOpeningAdjunct(ArticleText article, int first, int last)
    {
        var k = first;
        while (k < last && article.Tokens[k].IsCapitalized)
        {
            k++;
        }
        // A name before an article ends where; before a bare noun only a time does: "Thursday police said", not "Sunday
        // Times reporters said".
        return k > first && (article.Key(k) is "the" or "a" or "an" || IsWhen(article, first, k)) ? k : first;
    }

    /// <summary>Whether the sentence, from <paramref name="floor"/>, opens with only when before <paramref name="word"/>: "Later it", "On Friday, it".</summary>
    private static bool OnlyWhenBefore(ArticleText article, int word, int floor)
    {
        var first = article.TokenAtOrAfter(floor);
        return first < word
            && ((word - first == 1 && article.Key(first) is "later" or "earlier" or "afterwards" or "subsequently" or "then")
                || IsWhen(article, first, word));
    }

    /// <summary>
    /// Whether the words from <paramref name="first"/> up to <paramref name="end"/> say only when: "On Thursday", "Late
    /// on Friday", "Yesterday", "In March" (its "In" is gone already).
    /// </summary>
    private static bool IsWhen(ArticleText article, int first, int end)
    {
        var when = end - 1;
        for (var t = first; t < when; t++)
        {
            if (article.Key(t) is not ("on" or "late" or "early"))
            {
                return false;
            }
        }
        return Words.IsWeekday(article.Key(when)) || Words.IsMonth(article.Key(when)) || article.Key(when) is "yesterday" or "today" or "tonight";
    }

    /// <summary>Whether "what" or "whatever" opens the phrase that starts at <paramref name="first"/>: "what the minister said".</summary>
    private static bool WhatBefore(ArticleText article, int first, int floor) =>
        first > 0 && article.Tokens[first - 1].Start >= floor && article.Key(first - 1) is "what" or "whatever";

    /// <summary>
    /// A word of a description without an article: a plain or hyphenated lower-case word, a name, or one of "of", "the",
    /// "and", "for", "at", "in" ("governor of the Kherson region", "chief market strategist at Alpine Saxon Partners").
    /// </summary>
    private static bool InBareDescription(ArticleText article, int token) =>
        IsPlainDescriptionWord(article, token) || article.Tokens[token].IsCapitalized || article.Key(token) is "of" or "the" or "and" or "for" or "at" or "in"
        || article.MentionCovering(token) is not null // "3M's chief executive"
        || (article.Key(token).Contains('-', StringComparison.Ordinal) && char.IsLower(article.Tokens[token].Text[0]));

    /// <summary>
    /// Where the speaker ending at <paramref name="speakerLast"/> begins, before a description after it: over names and
    /// speaker words, and over a speaker noun with its preposition ("A spokesman for Volodymyr Zelensky, Ukraine's
    /// president," is the spokesman's, not Zelensky's).
    /// </summary>
    private static int SpeakerStart(ArticleText article, int speakerLast, int floor)
    {
        var speakerFirst = speakerLast;
        while (speakerFirst - 1 >= 0 && article.Tokens[speakerFirst - 1].Start >= floor && speakerLast - speakerFirst < MaxWords
            && Joined(article, speakerFirst - 1, speakerFirst)
            && (Belongs(article, speakerFirst - 1) || SpeakerNounBeforePreposition(article, speakerFirst - 1, floor)))
        {
            speakerFirst -= Belongs(article, speakerFirst - 1) ? 1 : 2;
        }
        return speakerFirst;
    }

    /// <summary>"Lawyers for the claimants", "a spokesman at the embassy": a speaker noun and the preposition at <paramref name="preposition"/> before the rest of the phrase.</summary>
    private static bool SpeakerNounBeforePreposition(ArticleText article, int preposition, int floor) =>
        article.Key(preposition) is "for" or "at" or "to" && preposition > 0 && article.Tokens[preposition - 1].Start >= floor
        && ReportingWords.SpeakerNouns.Contains(article.Key(preposition - 1)) && Joined(article, preposition - 1, preposition);

    /// <summary>A word a description may hold: a plain lower-case word, a name, a figure, or a list's "and".</summary>
    private static bool InDescription(ArticleText article, int token) =>
        IsPlainDescriptionWord(article, token) || article.Tokens[token].IsCapitalized || article.Tokens[token].Text.All(char.IsAsciiDigit)
        || article.Key(token) is "the" or "a" or "an" or "and" or "or";

    /// <summary>Whether the comma after <paramref name="token"/> only lists names or gives a place's state: a name on both sides.</summary>
    private static bool ListsNames(ArticleText article, int token) =>
        article.Between(token, token + 1).Trim().SequenceEqual(",") && article.Tokens[token].IsCapitalized && article.Tokens[token + 1].IsCapitalized;

    /// <summary>A lower-case word of letters that is neither a reporting verb nor a word that opens a clause.</summary>
    private static bool IsPlainDescriptionWord(ArticleText article, int token)
    {
        var key = article.Key(token);
        return char.IsLower(article.Tokens[token].Text[0]) && key.All(char.IsLetter) && key is not ("the" or "a" or "an" or "who" or "which" or "that" or "and" or "or")
            && !ReportingWords.Cues.Contains(key) && !ReportingWords.NotBeforeCue.Contains(key);
    }

    /// <summary>
    /// Where a description of the speaker begins when one leads up, after a comma, to the capitalised name
    /// <paramref name="first"/>..<paramref name="last"/>: "The governor of Kharkiv region, Oleh Syniehubov, said",
    /// "A spokeswoman for the regional police, Jane Doe, said", "His lawyer, Sarah Klein, said", "The ministry's
    /// spokesman, Igor Konashenkov, said". It is a noun phrase: "the"/"a" or a possessive determiner, at most four
    /// words headed by a speaker noun ("the bank's chief executive"), and then nothing or a short prepositional phrase
    /// without figures or verbs — so a clause before the name ("The army lost 40 tanks, Jane Doe, said") is not taken
    /// for one.
    /// </summary>
    private static int? DescriptionBefore(ArticleText article, int first, int last, int floor)
    {
        var end = first - 1;
        // "the head of the National Flood Agency (NFA), Rosa Quispe, said": the acronym in brackets closes the description.
        if (end > 0 && article.Between(end, first).Trim() is ")," && BracketedBefore(article, end, floor) is { } opening && opening > 0)
        {
            end = opening - 1;
        }
        else if (end < 0 || article.Tokens[end].Start < floor || !article.Between(end, first).Trim().SequenceEqual(","))
        {
            return null;
        }
        // A name's words are capitalised, but for the particles inside it: "Maria da Silva", "Friederike zu Lützow".
        if (!Enumerable.Range(first, last - first + 1).All(t => article.Tokens[t].IsCapitalized
            || (t > first && t < last && Surnames.Particles.Contains(article.Tokens[t].Text))))
        {
            return null;
        }
        if (article.MentionCovering(first) is { Type: "place" or "country" } && article.Tokens[end].IsCapitalized)
        {
            return null; // "a lawyer from Boston, Massachusetts,": the state of the place before it, not a name
        }
        // The widest description: "the head of the agency", not only "the agency" at its end.
        int? described = null;
        for (var start = end; start >= 0 && article.Tokens[start].Start >= floor && end - start < MaxWords; start--)
        {
            // "his lawyer", or a name's: "Madigan's attorney, Dan Collins, said".
            var determiner = article.Key(start) is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our"
                || (article.Tokens[start].IsPossessive && article.Tokens[start].IsCapitalized);
            if (determiner && IsDescription(article, start + 1, end))
            {
                described = start;
            }
            if (start == 0 || !Joined(article, start - 1, start))
            {
                break;
            }
        }
        return described;
    }

    private static bool IsDescription(ArticleText article, int first, int end)
    {
        // The noun that heads it is the last of at most four words before a preposition or the comma: "the ministry
        // spokesman", "the bank's chief executive", "the company's chief", "a spokeswoman for the regional police".
        var noun = first;
        while (noun < end && noun - first < 3 && !IsPreposition(article.Key(noun + 1)))
        {
            noun++;
        }
        if ((noun < end && !IsPreposition(article.Key(noun + 1)))
            || !(ReportingWords.SpeakerNouns.Contains(article.Key(noun)) || article.Key(noun) == "chief"))
        {
            return false;
        }
        for (var t = first; t <= end; t++)
        {
            var key = article.Key(t);
            if (char.IsDigit(key[0]) || ReportingWords.Cues.Contains(key) || ReportingWords.NotBeforeCue.Contains(key)
                || key is "has" or "had" or "have" or "will" or "would" or "can" or "could" or "did" or "does")
            {
                return false;
            }
        }
        return end - noun <= 6;
    }

    private static bool IsPreposition(string key) => key is "of" or "for" or "in" or "at" or "from" or "with" or "to";

    /// <summary>
    /// "the election commission said", "a hospital spokesman said": lower-case words before a speaker noun modify it,
    /// when they run back to an article that opens the clause (after a comma or at its start) or follows the "for" of
    /// "a spokeswoman for the regional police". Elsewhere such words belong to the sentence ("the bridge was hit
    /// twice officials said" has no article before "officials").
    /// </summary>
    private static int OverModifiers(ArticleText article, int first, int last, int floor)
    {
        // The noun ends the phrase ("the election commission"), or is a title before a name ("regional governor Oleh Syniehubov").
        var titled = first < last && ReportingWords.SpeakerNouns.Contains(article.Key(first)) && article.Tokens[last].IsCapitalized;
        if ((!titled && !ReportingWords.SpeakerNouns.Contains(article.Key(last))) || article.Key(first) is "my" or "our" or "your" or "his" or "her" or "their" or "its")
        {
            return first; // a phrase that opens with its determiner is complete
        }
        var t = first - 1;
        for (; t >= 0 && t >= first - 4 && article.Tokens[t].Start >= floor && Joined(article, t, t + 1); t--)
        {
            var key = article.Key(t);
            if (key is "the" or "a" or "an")
            {
                // "the office of the national security adviser": the article may follow the "of" after another speaker noun
                // (not "in the middle of the forest the father said"); "…, while the rights groups said": a conjunction
                // opens the clause.
                // "Dr. Ramesh Tripathi of the Banda district hospital said": the person the body is of speaks.
                return OpensClause(article, t, floor) || (SpeaksFor(article, t - 1) && Joined(article, t - 1, t))
                    || (t >= 1 && Conjunctions.Contains(article.Key(t - 1)))
                    || (t >= 2 && article.Key(t - 1) == "of" && (ReportingWords.SpeakerNouns.Contains(article.Key(t - 2))
                        || article.MentionCovering(t - 2) is { Type: "person" })) ? t : first;
            }
            if (Conjunctions.Contains(key) && t + 1 < first && (titled || (first == last && article.Key(last).EndsWith('s'))))
            {
                return t + 1; // "…, while rights groups said": the clause's plural subject, whole
            }
            if (article.Tokens[t].IsPossessive)
            {
                return t; // "Ukraine's air force", "the country's air force": the owner stands where the article would
            }
            // Not over a preposition or a conjunction: "The NIS's confirmation came after Ukrainian media reported".
            if (!key.All(c => char.IsLower(c) || c == '-')
                || key is "my" or "our" or "your" or "his" or "her" or "their" or "its" or "how" or "where" or "when" or "why"
                || ReportingWords.Cues.Contains(key) || ReportingWords.NotBeforeCue.Contains(key) || ReportingWords.Negations.Contains(key)
                || ClauseOpeners.Contains(key) || ObjectPrepositions.Contains(key) || key is "in" or "of" or "at" or "on")
            {
                return first;
            }
        }
        // A title needs no article when its words open the clause ("…, regional governor Oleh Syniehubov wrote"), nor
        // does a plural ("Hamas-run health authorities say").
        var plural = first == last && article.Key(last).EndsWith('s');
        return (titled || plural) && t + 1 < first && OpensClause(article, t + 1, floor) ? t + 1 : first;
    }

    /// <summary>
    /// Whether the sentence, or a clause before another joined by "and", ends after the token and at most when or where it
    /// was said: "…, it said.", "…, it said on Friday.", "…, it said in a statement.", "…, it said, and three remain
    /// missing."
    /// </summary>
    private static bool EndsTheSentence(ArticleText article, int token)
    {
        const int MaxAdjunctWords = 4;
        for (var t = token; t <= token + MaxAdjunctWords; t++)
        {
            var after = t + 1 >= article.Tokens.Count ? article.Text.AsSpan(article.Tokens[t].End) : article.Between(t, t + 1);
            if (after.TrimStart().StartsWith(".") || (after.Trim().SequenceEqual(",") && article.Key(t + 1) == "and"))
            {
                return true;
            }
            // The adjunct opens with a preposition or a time ("on Friday", "in a statement", "late on Monday").
            if (t + 1 >= article.Tokens.Count || !after.SequenceEqual(" ")
                || (t == token && !(article.Key(t + 1) is "on" or "in" or "at" or "late" or "earlier" or "later" || Words.IsWeekday(article.Key(t + 1)))))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether a comma (after the last word's own marks: "rose to 5.2%, the statistics office said") or the sentence's
    /// start stands right before the token.
    /// </summary>
    private static bool OpensClause(ArticleText article, int token, int floor) =>
        token == 0 || article.Tokens[token - 1].Start < floor || article.Between(token - 1, token).Trim().TrimStart("%)]").SequenceEqual(",");

    /// <summary>
    /// "sources close to Putin said", "officials familiar with the talks said", "sources near the Kremlin said", "a
    /// person with knowledge of the plans said": the speakers are the sources, not the person or body they are close to.
    /// </summary>
    private static int OverProximity(ArticleText article, int first, int floor)
    {
        for (var words = 2; words <= 4; words++)
        {
            var noun = first - words;
            if (noun < 0 || article.Tokens[noun].Start < floor || !ReportingWords.SpeakerNouns.Contains(article.Key(noun))
                || !Enumerable.Range(noun, words).All(t => Joined(article, t, t + 1)))
            {
                continue;
            }
            var link = string.Join(' ', Enumerable.Range(noun + 1, words - 1).Select(article.Key));
            // "of" may already belong to the phrase ("with knowledge of the talks" begins at "of").
            link += article.Key(first) == "of" ? " of" : "";
            if (ProximityLinks.Contains(link))
            {
                // "…, a person familiar with the matter said": the phrase opens with its determiner.
                return noun > 0 && article.Tokens[noun - 1].Start >= floor && Joined(article, noun - 1, noun)
                    && article.Key(noun - 1) is "a" or "an" or "the" ? noun - 1 : noun;
            }
        }
        return first;
    }

    /// <summary>What ties unnamed sources to what they know: "sources close to Putin", "a person familiar with the matter".</summary>
    private static readonly FrozenSet<string> ProximityLinks = FrozenSet.ToFrozenSet(
    [
        "close to", "familiar with", "near", "linked to", "loyal to", "with knowledge of", "with direct knowledge of", "briefed on",
        "aware of", "involved in",
    ], StringComparer.Ordinal);

    /// <summary>
    /// "according to a person familiar with the matter, the board…": after a speaker noun, a link to what the source
    /// knows and that thing, up to the comma, belong to the phrase. The last token of the phrase so extended, or
    /// <paramref name="noun"/>.
    /// </summary>
    private static int OverProximityAfter(ArticleText article, int noun, int ceiling)
    {
        const int MaxWords = 6;
        for (var linkEnd = noun + 1; linkEnd <= noun + 4 && linkEnd < article.Tokens.Count && article.Tokens[linkEnd].End <= ceiling
            && Joined(article, linkEnd - 1, linkEnd); linkEnd++)
        {
            if (!ProximityLinks.Contains(string.Join(' ', Enumerable.Range(noun + 1, linkEnd - noun).Select(article.Key))))
            {
                continue;
            }
            var last = linkEnd;
            // Without a comma the phrase ends where a clause begins: "according to sources close to Putin the talks failed".
            while (last + 1 < article.Tokens.Count && article.Tokens[last + 1].End <= ceiling && last - linkEnd < MaxWords && Joined(article, last, last + 1)
                && !(last > linkEnd && article.Key(last + 1) is "the" or "a" or "an" or "that" or "it" or "he" or "she" or "they")
                && !ReportingWords.Cues.Contains(article.Key(last + 1)) && !Modals.Contains(article.Key(last + 1))
                && article.Key(last + 1) is not ("is" or "are" or "was" or "were" or "has" or "had" or "have"))
            {
                last++;
            }
            return last > linkEnd ? last : noun;
        }
        return noun;
    }

    /// <summary>The speaker phrase starting just after token <paramref name="cue"/> ("said the NIS on Friday"), or null.</summary>
    public static (int First, int Last)? After(ArticleText article, int cue, int ceiling)
    {
        var first = cue + 1;
        if (first >= article.Tokens.Count || article.Tokens[first].End > ceiling || !Joined(article, cue, first))
        {
            return null;
        }
        if (article.Key(first) is "he" or "she" or "they")
        {
            return (first, first);
        }
        // "said in a statement", "revealed in the report": the verb's adjunct or a participle's, not a speaker; and a
        // narrator's "said I" names no one.
        if (article.Key(first) is "in" or "of" or "and" or "i")
        {
            return null;
        }
        var last = first;
        while (last + 1 < article.Tokens.Count && article.Tokens[last + 1].End <= ceiling && last - first < MaxWords
            && (Belongs(article, last + 1) || SpeaksFor(article, last + 1) || ModifiesNounAhead(article, last + 1, ceiling)) && Joined(article, last, last + 1))
        {
            last++;
        }
        while (last > first && article.Key(last) is "and" or "in" or "of" or "the" or "a" or "at" or "for" or "from")
        {
            last--;
        }
        if (ReportingWords.SpeakerNouns.Contains(article.Key(last)))
        {
            last = OverProximityAfter(article, last, ceiling);
        }
        // "said the King's son": the speaker is what the possessive owns.
        if (article.Tokens[last].IsPossessive && last + 1 < article.Tokens.Count && article.Tokens[last + 1].End <= ceiling
            && Joined(article, last, last + 1) && char.IsLower(article.Tokens[last + 1].Text[0]))
        {
            last++;
        }
        // "said the group's director, Ni Made Suartini.", "said Yungay's mayor, Marleni Huamán Ccori": the person named
        // after a description of one speaks.
        if (EntityRecognizer.IsPersonNoun(article.Key(last)) && NamedAfter(article, last, ceiling) is { } person)
        {
            return person;
        }
        // "according to lead researcher Professor Adrian Hill": a lower-case word may open the phrase when it describes
        // the speaker noun after it; not after "per", which is as often "per cent" or "per capita".
        return (Belongs(article, first) || (article.Key(cue) != "per" && ModifiesNounAhead(article, first, ceiling))) && HasHead(article, first, last)
            ? (first, last)
            : null;
    }

    /// <summary>
    /// The person named right after <paramref name="description"/> and a comma: "the group's director, Ni Made
    /// Suartini.", "said the mayor, Kovalenko". Null when no name follows.
    /// </summary>
    private static (int First, int Last)? NamedAfter(ArticleText article, int description, int ceiling)
    {
        var first = description + 1;
        if (first >= article.Tokens.Count || article.Tokens[first].End > ceiling || !article.Between(description, first).Trim().SequenceEqual(",")
            || article.MentionCovering(first) is not { Type: "person" or "other" } name || name.Span.Start != article.Tokens[first].Start)
        {
            return null;
        }
        var last = first;
        while (last + 1 < article.Tokens.Count && article.Tokens[last + 1].Start < name.Span.End)
        {
            last++;
        }
        return (first, last);
    }

    /// <summary>
    /// Whether a lower-case word after a reporting verb or "according to" modifies a speaker noun a few words on: the
    /// "election" of "according to state election officials".
    /// </summary>
    private static bool ModifiesNounAhead(ArticleText article, int token, int ceiling)
    {
        for (var t = token; t < article.Tokens.Count && t - token < 3 && article.Tokens[t].End <= ceiling; t++)
        {
            var key = article.Key(t);
            if (ReportingWords.SpeakerNouns.Contains(key))
            {
                return t > token;
            }
            if (!key.All(char.IsAsciiLetterLower) || ReportingWords.Cues.Contains(key) || ReportingWords.NotBeforeCue.Contains(key)
                || (t > token && !Joined(article, t - 1, t)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The "for" of "a spokesman for the ministry", the "at" of "analysts at Morgan Stanley", the "from" of "officials from
    /// the ministry": after a speaker noun it joins whom the speaker speaks for.
    /// </summary>
    private static bool SpeaksFor(ArticleText article, int token) =>
        token > 0 && article.Key(token) is "for" or "at" or "from" && ReportingWords.SpeakerNouns.Contains(article.Key(token - 1));

    private static bool Belongs(ArticleText article, int token)
    {
        var word = article.Tokens[token];
        // A run of letters longer than any word (a pasted hash, a broken file) is no part of who speaks.
        if (word.Text.Length > MaxWordLength)
        {
            return false;
        }
        return word.IsCapitalized || article.MentionCovering(token) is not null || ReportingWords.SpeakerWords.Contains(word.Key)
            || (word.Text.Contains('-', StringComparison.Ordinal) && char.IsLower(word.Text[0]));
    }

    /// <summary>Longer than the longest words of names and titles ("Wolfeschlegelsteinhausenbergerdorff" has 35 letters).</summary>
    private const int MaxWordLength = 64;

    /// <summary>
    /// A speaker phrase needs a name, a known entity, or a speaker noun. A lone demonym is an adjective, not a speaker:
    /// in "confirmed Ukrainian reports that", "Ukrainian" does not report.
    /// </summary>
    private static bool HasHead(ArticleText article, int first, int last)
    {
        if (first == last && article.MentionCovering(first) is { Rule: EntityRecognizer.DemonymRule })
        {
            return false;
        }
        for (var t = first; t <= last; t++)
        {
            if (article.MentionCovering(t) is not null || ReportingWords.SpeakerNouns.Contains(article.Key(t)) || (article.Tokens[t].IsCapitalized && t > first))
            {
                return true;
            }
        }
        return article.Tokens[first].IsCapitalized && first == last && article.Key(first) is not ("it" or "this" or "that" or "the");
    }

    /// <summary>Words that after "U." open the next sentence rather than continue a name ("…the U. The complaint said").</summary>
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i", "in", "on", "at", "but", "and", "as", "if"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether only spaces, quotes and brackets stand between two tokens (so they belong to one phrase), or the full
    /// stop of an initial or an abbreviated title ("J. Kendrick Noble", "Sen. Lisa Murkowski").
    /// </summary>
    private static bool Joined(ArticleText article, int left, int right)
    {
        var abbreviation = article.Tokens[left].Text is [var initial] && char.IsUpper(initial)
            || (article.Tokens[left].IsCapitalized && EntityRecognizer.AbbreviatedTitles.Contains(article.Key(left)));
        if (abbreviation && article.Between(left, right) is ['.', ' ']
            && char.IsUpper(article.Tokens[right].Text[0]) && !SentenceOpeners.Contains(article.Key(right)))
        {
            return true;
        }
        foreach (var c in article.Between(left, right))
        {
            if (c is not (' ' or '(' or ')' or '"' or '“' or '”'))
            {
                return false;
            }
        }
        return true;
    }
}
