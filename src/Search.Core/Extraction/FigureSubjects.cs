using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>
/// Works out what a figure counts from the words around it: the noun phrase after it ("North Korean soldiers"),
/// the participle it leads to ("have been killed or wounded", "are in Russia"), a verb before it ("has sent around
/// 11,000", "killed 20 militants"), or "the number of X at N". The count's kind is what comparison groups by.
/// </summary>
internal static class FigureSubjects
{
    private static readonly FrozenDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["killed"] = "killed", ["dead"] = "killed", ["died"] = "killed", ["drowned"] = "killed", ["perished"] = "killed", ["murdered"] = "killed", ["slain"] = "killed", ["fallen"] = "killed", ["deaths"] = "killed", ["fatalities"] = "killed", ["lives"] = "killed", ["toll"] = "killed",
        ["killing"] = "killed", ["wounded"] = "wounded", ["injured"] = "wounded", ["hurt"] = "wounded", ["wounding"] = "wounded", ["injuring"] = "wounded",
        ["casualties"] = "killed-or-wounded", ["losses"] = "killed-or-wounded",
        ["deployed"] = "deployed", ["sent"] = "deployed", ["dispatched"] = "deployed", ["arrived"] = "deployed", ["stationed"] = "deployed", ["deployment"] = "deployed",
        ["captured"] = "captured", ["prisoners"] = "captured", ["detained"] = "captured", ["arrested"] = "captured", ["recaptured"] = "captured",
        // Outbreaks: "3,381 suspected cases", "4,000 people have been infected" (see IllnessNear for "cases").
        ["cases"] = "cases", ["infections"] = "cases", ["infected"] = "cases", ["infecting"] = "cases",
        // People driven from their homes: a flood's "400,000 displaced", "1,900 families were left homeless".
        ["displaced"] = "displaced", ["displacing"] = "displaced", ["homeless"] = "displaced",
        ["evacuated"] = "evacuated", ["evacuating"] = "evacuated", ["refugees"] = "refugees",
        // "forcing 30,000 residents to evacuate", "forced 20,000 people to flee their homes".
        ["evacuate"] = "evacuated", ["flee"] = "displaced", ["fled"] = "displaced", ["fleeing"] = "displaced",
        // Protests: "80,000 people marched", "the crowd at 15,000", where police and organisers give their own figures.
        ["marched"] = "crowd", ["rallied"] = "crowd", ["protested"] = "crowd", ["demonstrated"] = "crowd", ["crowd"] = "crowd",
        // Disasters: "45 people are still missing", "12 remain unaccounted for", whom a search may yet find.
        ["missing"] = "missing", ["unaccounted"] = "missing",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words that say what a count is of ("killed", "deployed", "cases", "evacuated"…).</summary>
    public static bool IsCountWord(string word) => Kinds.ContainsKey(word);

    private static readonly FrozenSet<string> Skip = FrozenSet.ToFrozenSet(
        ["more", "of", "have", "has", "had", "been", "be", "are", "were", "is", "was", "already", "reportedly", "thought", "to", "believed", "now", "so", "far", "also", "estimated", "said",
         "shot", // "were shot dead"
         "left", // "were left homeless"
         "confirmed", "reported", "found", // "have been confirmed dead", "reported killed", "found dead"; not "feared dead", a fear
         "forced", // "were forced to flee"
         "remain", "remained", "remains", // "remain in custody"
         "still"], // "are still missing"
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "from", "since", "among", "for", "by", "with", "into", "during", "after", "before", "as", "and", "or", "but", "while", "who", "which", "that", "the", "a", "an", "their", "its",
         "whose", "between", "across", "against", "through", "near", "about", "under", "according"],
        StringComparer.Ordinal);

    public static ClaimFigure Describe(ArticleText article, Quantity quantity, int clauseEnd)
    {
        var own = DescribeOwn(article, quantity, clauseEnd);
        return own.SubjectKey == "other" && Restated(article, quantity) is { } restated ? own with { Subject = restated.Subject, SubjectKey = restated.SubjectKey } : own;
    }

    /// <summary>Words that stand for a count already named: "put it at 95", "the figure was 15", "revised its tally to 19".</summary>
    private static readonly FrozenSet<string> CountHeads = FrozenSet.ToFrozenSet(["figure", "number", "total", "count", "tally", "estimate"], StringComparer.Ordinal);

    /// <summary>Words between such a head and the figure: "put it at", "the figure had risen to", "the number now stands at".</summary>
    private static readonly FrozenSet<string> RestatingWords = FrozenSet.ToFrozenSet(
        ["at", "to", "was", "is", "stood", "stands", "now", "had", "has", "risen", "rose", "reached", "climbed", "jumped", "fell", "dropped", "down", "up",
         "revised", "raised", "lowered", "put", "puts", "putting", "placed", "as", "high", "low"], StringComparer.Ordinal);

    /// <summary>
    /// The count a figure restates, when it names none of its own: "The NDMA said 80 people had died. The provincial
    /// authority put the figure at 95", "…, while the provincial authority put it at 95", "The civic body said the
    /// number was 15": the nearest figure before it, in its sentence or the one before, that says what it counts. So does
    /// a bare figure beside another for a second source, after the nearest such figure of its sentence: "killed 19 people
    /// according to the health ministry and 17 according to the interior ministry".
    /// </summary>
    private static ClaimFigure? Restated(ArticleText article, Quantity quantity)
    {
        const int MaxWordsBetween = 4;
        var first = article.TokenAtOrAfter(quantity.Span.Start);
        var after = article.TokenAtOrAfter(quantity.Span.End);
        // "killed 19 people according to the health ministry and 17 according to the interior ministry": a bare figure
        // set beside another for a second source counts what the other counts.
        var parallel = first >= 1 && after < article.Tokens.Count && article.Key(first - 1) is "and" or "or" && article.Key(after) == "according"
            && NoPunctuation(article, first) && NoPunctuation(article, after);
        // The figure ends its clause ("put it at 95."), not "put the figure at 15 percent" or "at 15 million dollars".
        if (!parallel && after < article.Tokens.Count && NoPunctuation(article, after) && !Stops.Contains(article.Key(after)))
        {
            return null;
        }
        var sentence = -1;
        for (var s = 0; s < article.Sentences.Count && article.Sentences[s].Start <= quantity.Span.Start; s++)
        {
            sentence = s;
        }
        if (parallel)
        {
            return EarlierCountOf(article, quantity, sentence >= 0 ? article.Sentences[sentence].Start : 0);
        }
        var head = first - 1;
        while (head >= 0 && first - head <= MaxWordsBetween && NoPunctuation(article, head + 1) && RestatingWords.Contains(article.Key(head)))
        {
            head--;
        }
        if (head < 1 || !NoPunctuation(article, head + 1))
        {
            return null;
        }
        var restates = (article.Key(head) == "it" && article.Key(head - 1) is "put" or "puts" or "putting" or "placed" or "revised" or "raised" or "lowered")
            || (CountHeads.Contains(article.Key(head)) && article.Key(head - 1) is "the" or "its" or "their" or "this" or "that" or "his" or "her");
        return restates ? EarlierCountOf(article, quantity, sentence > 0 ? article.Sentences[sentence - 1].Start : 0) : null;
    }

    /// <summary>The nearest figure before <paramref name="quantity"/>, from <paramref name="from"/> on, that says what it counts.</summary>
    private static ClaimFigure? EarlierCountOf(ArticleText article, Quantity quantity, int from)
    {
        for (var q = article.Quantities.Count - 1; q >= 0; q--)
        {
            var earlier = article.Quantities[q];
            if (earlier.Span.Start >= quantity.Span.Start)
            {
                continue;
            }
            if (earlier.Span.Start < from)
            {
                break;
            }
            var end = article.Sentences.FirstOrDefault(s => s.Contains(earlier.Span.Start)).End;
            if (DescribeOwn(article, earlier, Math.Max(end, earlier.Span.End)) is { SubjectKey: not "other" } counted)
            {
                return counted;
            }
        }
        return null;
    }

    private static ClaimFigure DescribeOwn(ArticleText article, Quantity quantity, int clauseEnd)
    {
        var after = article.TokenAtOrAfter(quantity.Span.End);
        // "hundreds of soldiers", "thousands of troops": the people come after the "of".
        if (after + 1 < article.Tokens.Count && article.Key(after) == "of" && !char.IsDigit(quantity.Text[^1]) && NoPunctuation(article, after))
        {
            after++;
        }
        var noun = new List<string>();
        var predicate = new List<string>();
        var t = after;
        // The noun phrase right after the figure, up to a verb, preposition or punctuation.
        while (t < article.Tokens.Count && article.Tokens[t].End <= clauseEnd && noun.Count < 5 && NoPunctuation(article, t))
        {
            var key = article.Key(t);
            if (Kinds.ContainsKey(key) || Skip.Contains(key) || Stops.Contains(key) || AgeLimit.Skip(article.Tokens, t) > t)
            {
                break;
            }
            noun.Add(article.Tokens[t].Text);
            t++;
        }
        // "Five doctors and nurses have been infected": a second noun joined by "and", right before the verb, is of the
        // same people.
        if (noun.Count > 0 && t + 2 < article.Tokens.Count && article.Key(t) is "and" or "or" && article.Tokens[t + 2].End <= clauseEnd
            && char.IsLower(article.Tokens[t + 1].Text[0]) && Auxiliaries.Contains(article.Key(t + 2)) && NoPunctuation(article, t) && NoPunctuation(article, t + 1))
        {
            noun.Add(article.Tokens[t].Text);
            noun.Add(article.Tokens[t + 1].Text);
            t += 2;
        }
        // "640 residents living near the park were evacuated": the participle's phrase says which residents, and what
        // befell them follows it.
        if (noun.Count > 0 && Words.IsParticiple(noun[^1]) && AuxiliaryAfterPhrase(article, t) is { } auxiliary)
        {
            noun.RemoveAt(noun.Count - 1);
            t = auxiliary;
        }
        // "About 1,100 firefighters, backed by 14 aircraft, have been deployed": an aside set off by commas says what helps
        // them, and what befell them follows it.
        var resumed = noun.Count > 0 ? AfterAside(article, t, clauseEnd) : null;
        t = resumed ?? t;
        // "300 children under five had died": who the children are is no part of what happened to them.
        t = AgeLimit.Skip(article.Tokens, t);
        // What happened to them: "have been killed or wounded", "are reportedly in Russia", "thought to have arrived".
        for (var steps = 0; t < article.Tokens.Count && article.Tokens[t].End <= clauseEnd && steps < 7; t++, steps++)
        {
            var key = article.Key(t);
            if (Kinds.ContainsKey(key))
            {
                predicate.Add(article.Tokens[t].Text);
                if (t + 2 < article.Tokens.Count && article.Key(t + 1) is "or" or "and" && Kinds.ContainsKey(article.Key(t + 2)))
                {
                    predicate.Add(article.Key(t + 1));
                    predicate.Add(article.Tokens[t + 2].Text);
                }
                break;
            }
            if (key == "in" && t + 1 < article.Tokens.Count && article.MentionCovering(t + 1) is { Type: "country" or "place" } place && predicate.Count == 0 && IsPresence(article, after, t))
            {
                predicate.Add($"in {place.Name}");
                break;
            }
            if (!Skip.Contains(key) || (!NoPunctuation(article, t) && t != resumed))
            {
                break;
            }
        }
        var before = BeforeFigure(article, quantity, noun);
        // "the number of dead civilians at 40", "the death toll rose to 2,900": what is numbered, unless the figure names
        // its own ("put the number of attacks at 40 strikes" keeps "strikes").
        if (noun.Count == 0 && NumberOf(article, quantity) is { } counted)
        {
            noun = counted;
        }
        else if (noun.Count == 0 && predicate.Count == 0 && NumberedAfter(article, after, clauseEnd) is { } numbered)
        {
            noun = numbered;
        }
        var words = predicate.Concat(noun).Concat(before).Select(w => w.ToLowerInvariant()).ToList();
        if (SavedBefore(article, quantity))
        {
            words.Remove("lives"); // "could save 300,000 lives" counts the living, not the dead
        }
        if (before is [var verb] && LossVerbs.Contains(verb.ToLowerInvariant()))
        {
            words.Add("losses"); // people lost in a war are its losses: the killed and wounded counted together
        }
        var kind = KindOf(words);
        if (kind == "deployed" && noun.Exists(w => Civilians.Contains(w.ToLowerInvariant())))
        {
            kind = "other"; // "38,000 people had arrived in Italy", "pilgrims arrived": no troops
        }
        // "80,000 people marched", not "the winter of 1991-1992 demonstrated how…": people make a crowd.
        if (kind == "crowd" && before is not ["crowd"] && !noun.Exists(w => Personnel.Contains(w.ToLowerInvariant()) || Civilians.Contains(w.ToLowerInvariant())))
        {
            kind = "other";
        }
        if (kind == "other" && predicate.Count == 0 && InCustodyAfter(article, t, clauseEnd))
        {
            kind = "captured"; // "198 people remain in custody", "40 protesters were still in police custody"
        }
        if (kind == "captured" && !words.Exists(w => w is "captured" or "detained" or "arrested") && GotAwayAfter(article, t, clauseEnd))
        {
            kind = "other"; // "100 prisoners who escaped", "140 prisoners broke out": no longer held
        }
        // "recovered 41 bodies", "41 bodies had been recovered": the bodies found are the dead.
        if ((before is [var found] && RecoveryVerbs.Contains(found.ToLowerInvariant()))
            || (noun is [.., var last] && last.Equals("bodies", StringComparison.OrdinalIgnoreCase) && t < article.Tokens.Count
                && article.Tokens[t].End <= clauseEnd && RecoveryVerbs.Contains(article.Key(t))
                // "three bodies had been counted twice", "counted at both the morgue and the site": a correction of the
                // toll, not a toll
                && !CountedTwice(article, t)))
        {
            kind = "killed";
        }
        // "the bodies of 12 people were pulled from the mud": whose bodies they are, the dead. "Mortuaries have received
        // 149 bodies": a morgue's bodies are the dead (not bodies handed over in an exchange of the war dead).
        var figure = article.TokenAtOrAfter(quantity.Span.Start);
        if ((figure >= 2 && article.Key(figure - 1) == "of" && article.Key(figure - 2) is "bodies" or "remains")
            || (noun is [.., var bodies] && bodies.Equals("bodies", StringComparison.OrdinalIgnoreCase) && MortuaryIn(article, quantity)
                && !(t < article.Tokens.Count && CountedTwice(article, t))))
        {
            kind = "killed";
        }
        // "a review committee found that three people had died of other causes": taken off the toll, not added to it.
        if (kind == "killed" && OfOtherCauses(article, t, clauseEnd))
        {
            kind = "other";
        }
        if (kind == "other" && TreatedForInjuries(article, t, clauseEnd))
        {
            kind = "wounded"; // "23 people have been treated for injuries", "31 were treated for burns"
        }
        if (kind == "other" && LeftTheirHomes(article, t, clauseEnd))
        {
            kind = "displaced"; // "1,450 people had left their homes"
        }
        if (kind == "other" && noun.Exists(w => Dwellings.Contains(w.ToLowerInvariant()))
            && (noun.Select(w => DamageOf(w.ToLowerInvariant())).FirstOrDefault(d => d is not null) ?? Damage(article, t, clauseEnd)
                ?? (before.Count == 0 ? Damage(article, article.TokenAtOrAfter(quantity.Span.Start) - 1, clauseEnd) : null)) is { } damage)
        {
            kind = damage; // "74 homes had been destroyed", "41 permanent homes destroyed", "damaged 300 houses"
        }
        // "2,000 children under the age of five were infected": the count's own words may lie beyond the window.
        if (kind == "cases" && !words.Exists(IllnessWords.Contains) && !IllnessNear(article, quantity, clauseEnd))
        {
            kind = "other"; // "argued 39 cases before the court", "500 cases of wine"
        }
        if (kind == "missing" && (!MissingArePeople(article, noun, t, clauseEnd) || FoundAfter(article, t, clauseEnd)))
        {
            kind = "other"; // "2,000 files were missing", "three missing children were found alive"
        }
        var subject = string.Join(' ', noun.Concat(predicate.Count > 0 ? predicate : before)).Trim();
        return new ClaimFigure(quantity, subject.Length > 0 ? subject : kind, kind);
    }

    /// <summary>
    /// "Forty-one is the number of people whose deaths we can certify", "27 was the toll": the figure opens a sentence
    /// that says what it numbers after "is the number of" or "is the toll"; those words, up to six of them.
    /// </summary>
    private static List<string>? NumberedAfter(ArticleText article, int after, int clauseEnd)
    {
        const int MaxWords = 6;
        if (after + 2 >= article.Tokens.Count || article.Key(after) is not ("is" or "was") || article.Key(after + 1) != "the")
        {
            return null;
        }
        if (article.Key(after + 2) is "toll" or "death")
        {
            return ["toll"];
        }
        if (after + 3 >= article.Tokens.Count || article.Key(after + 2) is not ("number" or "count" or "total") || article.Key(after + 3) != "of")
        {
            return null;
        }
        return Enumerable.Range(after + 4, Math.Max(0, Math.Min(MaxWords, article.Tokens.Count - after - 4)))
            .TakeWhile(t => article.Tokens[t].End <= clauseEnd && NoPunctuation(article, t))
            .Select(t => article.Tokens[t].Text).ToList();
    }

    /// <summary>Whether the figure's sentence names a morgue: "the mortuary had received 62 bodies".</summary>
    private static bool MortuaryIn(ArticleText article, Quantity quantity)
    {
        var sentence = article.Sentences.FirstOrDefault(s => s.Contains(quantity.Span.Start));
        for (var t = article.TokenAtOrAfter(sentence.Start); t < article.Tokens.Count && article.Tokens[t].Start < sentence.End; t++)
        {
            if (article.Key(t) is "mortuary" or "mortuaries" or "morgue" or "morgues")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"had died of other causes", "of unrelated causes", "of natural causes", from the word after the noun on.</summary>
    private static bool OfOtherCauses(ArticleText article, int from, int clauseEnd)
    {
        for (var t = from; t + 1 < article.Tokens.Count && article.Tokens[t + 1].End <= clauseEnd; t++)
        {
            if (article.Key(t) is "other" or "unrelated" or "natural" && article.Key(t + 1) == "causes")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"counted twice", "counted again", "counted at both the morgue and the site".</summary>
    private static bool CountedTwice(ArticleText article, int verb) =>
        Enumerable.Range(verb + 1, Math.Min(3, article.Tokens.Count - verb - 1))
            .TakeWhile(t => NoPunctuation(article, t))
            .Any(t => article.Key(t) is "twice" or "again" or "both" or "double");

    /// <summary>Verbs that put a participle aside after a count: "backed by 14 aircraft", "supported by the army".</summary>
    private static readonly FrozenSet<string> AsideOpeners = FrozenSet.ToFrozenSet(
        ["backed", "supported", "joined", "aided", "helped", "assisted", "led", "including", "equipped", "armed"], StringComparer.Ordinal);

    /// <summary>
    /// The word after an aside set off by commas right after a count's noun, when the aside opens with a participle
    /// ("backed by 14 water-bombing aircraft,") and the clause goes on with an auxiliary: "…, have been deployed".
    /// </summary>
    private static int? AfterAside(ArticleText article, int from, int clauseEnd)
    {
        const int MaxAsideWords = 8;
        if (from >= article.Tokens.Count || NoPunctuation(article, from) || !article.Between(from - 1, from).Trim().SequenceEqual(",")
            || !AsideOpeners.Contains(article.Key(from)))
        {
            return null;
        }
        for (var t = from + 1; t < article.Tokens.Count && t <= from + MaxAsideWords && article.Tokens[t].End <= clauseEnd; t++)
        {
            if (!NoPunctuation(article, t))
            {
                return article.Between(t - 1, t).Trim().SequenceEqual(",") && Auxiliaries.Contains(article.Key(t)) ? t : null;
            }
        }
        return null;
    }

    /// <summary>"treated for injuries", "treated for burns", "treated for smoke inhalation": the people counted were hurt.</summary>
    private static bool TreatedForInjuries(ArticleText article, int t, int clauseEnd) =>
        t + 2 < article.Tokens.Count && article.Tokens[t + 2].End <= clauseEnd && article.Key(t) == "treated" && article.Key(t + 1) == "for"
        && article.Key(t + 2) is "injuries" or "injury" or "wounds" or "burns" or "smoke" && NoPunctuation(article, t + 1) && NoPunctuation(article, t + 2);

    /// <summary>"had left their homes": the people counted are displaced ("left" is skipped before "their").</summary>
    private static bool LeftTheirHomes(ArticleText article, int t, int clauseEnd) =>
        t >= 1 && t + 1 < article.Tokens.Count && article.Tokens[t + 1].End <= clauseEnd && article.Key(t - 1) == "left" && article.Key(t) == "their"
        && article.Key(t + 1) is "homes" or "houses" && NoPunctuation(article, t) && NoPunctuation(article, t + 1);

    /// <summary>Where people live, whose destruction a disaster's reports count: "74 homes", "300 houses".</summary>
    private static readonly FrozenSet<string> Dwellings = FrozenSet.ToFrozenSet(
        ["homes", "houses", "dwellings", "buildings", "residences", "apartments", "shelters", "huts"], StringComparer.Ordinal);

    /// <summary>What the word at <paramref name="t"/> says befell dwellings, if anything.</summary>
    private static string? Damage(ArticleText article, int t, int clauseEnd) =>
        t < 0 || t >= article.Tokens.Count || article.Tokens[t].End > clauseEnd ? null : DamageOf(article.Key(t));

    /// <summary>What a word (lower case) says befell dwellings: destroyed (razed, gutted, burned) or damaged.</summary>
    private static string? DamageOf(string key) => key switch
    {
        "destroyed" or "destroying" or "razed" or "flattened" or "gutted" or "burned" or "burnt" or "levelled" or "leveled" or "demolished" => "destroyed",
        "damaged" or "damaging" => "damaged",
        _ => null,
    };

    /// <summary>People who go missing in a disaster, beside the people and personnel other counts know.</summary>
    private static readonly FrozenSet<string> MissingPeople = FrozenSet.ToFrozenSet(
        ["crew", "crewmen", "members", "fishermen", "sailors", "seafarers", "miners", "climbers", "hikers", "divers", "swimmers", "staff",
         "employees", "persons", "individuals", "adults", "boys", "girls", "teenagers", "babies", "infants", "victims", "guests", "others"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether a count of the missing is of people: the noun before "missing" ("45 people are missing", "18 crew members"),
    /// or the one right after it ("three missing children"), names people or a nationality ("12 Filipinos"); a bare "14
    /// were missing" is of people too, while "2,000 files were missing" and "30 missing documents" are not.
    /// </summary>
    private static bool MissingArePeople(ArticleText article, List<string> noun, int missing, int clauseEnd)
    {
        // "the number of missing": the count's own word names no one else.
        var words = noun.Where(w => !Kinds.ContainsKey(w.ToLowerInvariant())).ToList();
        if (words.Count == 0 && missing + 1 < article.Tokens.Count && article.Tokens[missing + 1].End <= clauseEnd && NoPunctuation(article, missing + 1)
            && !Stops.Contains(article.Key(missing + 1)) && !Skip.Contains(article.Key(missing + 1)))
        {
            words = [article.Tokens[missing + 1].Text];
        }
        return words.Count == 0 || words.Exists(w =>
            Personnel.Contains(w.ToLowerInvariant()) || Civilians.Contains(w.ToLowerInvariant()) || MissingPeople.Contains(w.ToLowerInvariant())
            || (char.IsUpper(w[0]) && w.EndsWith('s')));
    }

    /// <summary>
    /// Whether the next few words of the clause say the people counted were found: "were found alive", "have been
    /// rescued"; not those of another count joined to it ("57 still missing and 211 rescued").
    /// </summary>
    private static bool FoundAfter(ArticleText article, int from, int clauseEnd)
    {
        const int Reach = 5;
        for (var t = from + 1; t < article.Tokens.Count && t <= from + Reach && article.Tokens[t].End <= clauseEnd && NoPunctuation(article, t)
            && article.Key(t) is not ("and" or "or" or "but"); t++)
        {
            if (article.Key(t) is "found" or "rescued" or "located" or "reunited" or "traced")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the words from <paramref name="from"/> say the people are held: "remain in custody", "were in police custody".</summary>
    private static bool InCustodyAfter(ArticleText article, int from, int clauseEnd)
    {
        var t = from;
        while (t < article.Tokens.Count && t < from + 3 && article.Key(t) is "remain" or "remained" or "remains" or "are" or "were" or "is" or "was" or "still" or "being" or "held")
        {
            t++;
        }
        if (t + 1 >= article.Tokens.Count || article.Key(t) != "in")
        {
            return false;
        }
        var custody = article.Key(t + 1) == "police" ? t + 2 : t + 1;
        return custody < article.Tokens.Count && article.Tokens[custody].End <= clauseEnd && article.Key(custody) == "custody"
            && Enumerable.Range(from, custody - from + 1).All(k => NoPunctuation(article, k));
    }

    /// <summary>Whether the next few words of the clause say the people counted got away: "who escaped", "broke out", "were freed".</summary>
    private static bool GotAwayAfter(ArticleText article, int from, int clauseEnd)
    {
        const int Reach = 5;
        for (var t = from; t < article.Tokens.Count && t < from + Reach && article.Tokens[t].End <= clauseEnd; t++)
        {
            if (article.Key(t) is "escaped" or "escape" or "escaping" or "broke" or "freed" or "released")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPresence(ArticleText article, int from, int inToken) =>
        Enumerable.Range(from, inToken - from).Any(t => article.Key(t) is "are" or "were" or "is" or "was");

    /// <summary>Verbs that, a few words before a figure of lives, say they were kept: "save", "saved up to".</summary>
    private static readonly FrozenSet<string> SavingVerbs = FrozenSet.ToFrozenSet(
        ["save", "saves", "saved", "saving", "spare", "spared", "sparing", "protect", "protected", "protecting", "rescue", "rescued"],
        StringComparer.Ordinal);

    private static bool SavedBefore(ArticleText article, Quantity quantity)
    {
        var first = article.TokenAtOrAfter(quantity.Span.Start);
        for (var t = first - 1; t >= Math.Max(0, first - 3); t--)
        {
            if (SavingVerbs.Contains(article.Key(t)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> LossVerbs = FrozenSet.ToFrozenSet(["lost", "lose", "loses", "losing"], StringComparer.Ordinal);

    /// <summary>
    /// Who can be lost in a war's count of losses ("lost 1,200 troops" are casualties, "lost 40 tanks" are not), or
    /// killed, wounded or captured ("killed 20 militants").
    /// </summary>
    private static readonly FrozenSet<string> Personnel = FrozenSet.ToFrozenSet(
        ["troops", "soldiers", "servicemen", "personnel", "men", "fighters", "people", "lives", "marines", "paratroopers", "mercenaries",
         "militants", "civilians", "children", "women", "protesters", "rebels", "insurgents", "officers", "police", "policemen",
         "migrants", "passengers", "workers", "residents", "prisoners", "hostages", "gunmen", "attackers", "families", "villagers",
         "households", "patients", "inhabitants"],
        StringComparer.Ordinal);

    /// <summary>
    /// A verb just before the figure that says what it counts: deployment ("has sent around 11,000", "deployed thousands
    /// of"), or loss of people ("Russia has lost about 1,200 troops", which counts the killed and wounded together).
    /// </summary>
    private static List<string> BeforeFigure(ArticleText article, Quantity quantity, List<string> noun)
    {
        var first = article.TokenAtOrAfter(quantity.Span.Start);
        // "estimated the crowd at 15,000", "a crowd of 80,000": what the figure counts is named before it.
        if (noun.Count == 0 && first >= 2 && article.Key(first - 1) is "at" or "of" && article.Key(first - 2) is "crowd" or "turnout" or "attendance"
            && NoPunctuation(article, first - 1) && NoPunctuation(article, first))
        {
            return ["crowd"];
        }
        // Not across punctuation: in "81 people were killed, nearly 1,900 families were left homeless" the families were not killed.
        // Nor across a conjunction: in "312 had been injured and nearly 4,200 families had been displaced" the families were
        // not injured, nor in "212 were arrested after 80,000 people marched" the marchers arrested.
        for (var t = first - 1; t >= Math.Max(0, first - 2) && NoPunctuation(article, t + 1)
            && article.Key(t) is not ("and" or "or" or "after" or "before" or "while" or "when" or "as" or "since" or "until"); t--)
        {
            if (Kinds.TryGetValue(article.Key(t), out var kind) && kind == "deployed")
            {
                return [article.Tokens[t].Text];
            }
            if (LossVerbs.Contains(article.Key(t)) && noun.Count > 0 && Personnel.Contains(noun[^1].ToLowerInvariant()))
            {
                return [article.Tokens[t].Text];
            }
            // "recovered 41 bodies", "pulled 12 bodies from the rubble" (not "41 bodies had been handed over").
            if (RecoveryVerbs.Contains(article.Key(t)) && noun is [.., var last] && last.Equals("bodies", StringComparison.OrdinalIgnoreCase))
            {
                return [article.Tokens[t].Text];
            }
            // "the army said it had killed 20 militants", "the strike wounded 15 civilians", "killing at least 14 people and
            // injuring 230", "killed hundreds of supporters": the verb right before the figure says what befell them,
            // whoever they are ("killed three years ago" is no figure: QuantityParser leaves out spans of time);
            // "captured 12 soldiers" (not "40 tanks") and "the deaths of two patients" name people.
            if (Kinds.TryGetValue(article.Key(t), out var befell) && befell is "killed" or "wounded" or "captured" or "cases" or "displaced" or "evacuated"
                && (((HarmVerbs.Contains(article.Key(t)) || (UprootVerbs.Contains(article.Key(t)) && noun.Count == 0)) && t == first - 1 && NoPunctuation(article, first))
                    || (noun.Count > 0 && TakesPeople.Contains(article.Key(t)) && Personnel.Contains(noun[^1].ToLowerInvariant()))))
            {
                return [Participles.GetValueOrDefault(article.Key(t), article.Tokens[t].Text)];
            }
        }
        return [];
    }

    /// <summary>Verbs by which bodies are found: what they count before "bodies" is the dead.</summary>
    /// <summary>People who arrive or are somewhere without being sent there as a force.</summary>
    private static readonly FrozenSet<string> Civilians = FrozenSet.ToFrozenSet(
        ["people", "migrants", "refugees", "asylum-seekers", "tourists", "visitors", "pilgrims", "passengers", "residents", "civilians",
         "children", "families", "workers", "students", "fans", "spectators",
         // Who come to help after a disaster: "2,000 volunteers arrived", "300 rescuers were deployed" are no troops.
         "volunteers", "rescuers", "doctors", "nurses", "medics", "journalists", "relatives"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RecoveryVerbs = FrozenSet.ToFrozenSet(
        ["recovered", "recovering", "found", "finding", "retrieved", "pulled", "exhumed", "counted", "counting"], StringComparer.Ordinal);

    /// <summary>Whether the word says bodies were found ("recovered 41 bodies"): what befell them, not who they were.</summary>
    public static bool IsRecoveryVerb(string word) => RecoveryVerbs.Contains(word);

    /// <summary>
    /// Verbs after which a bare figure counts people: "killed 19 and injured scores more", "arrested 300" (not "died, 63",
    /// "Evil Dead 2", nor "captured 3 of the villages").
    /// </summary>
    private static readonly FrozenSet<string> HarmVerbs = FrozenSet.ToFrozenSet(
        ["killed", "killing", "wounded", "wounding", "injured", "injuring", "arrested", "detained"], StringComparer.Ordinal);

    /// <summary>
    /// Verbs after which a figure that names nothing counts people: "displaced about 12 million", "evacuated 3,000 from
    /// the town"; not "evacuated 3 hospitals".
    /// </summary>
    private static readonly FrozenSet<string> UprootVerbs = FrozenSet.ToFrozenSet(["displaced", "displacing", "evacuated", "evacuating"], StringComparer.Ordinal);

    /// <summary>
    /// Words whose object is the people they befell: "captured 12 soldiers", "the deaths of two patients"; not "the lives
    /// of millions of people".
    /// </summary>
    private static readonly FrozenSet<string> TakesPeople = FrozenSet.ToFrozenSet(
        [.. HarmVerbs, .. UprootVerbs, "hurt", "captured", "deaths", "infected", "infecting"], StringComparer.Ordinal);

    /// <summary>"killing 14 people" reads as "people killed", as "killed 14 people" does.</summary>
    private static readonly FrozenDictionary<string, string> Participles = new Dictionary<string, string>
    {
        ["killing"] = "killed", ["wounding"] = "wounded", ["injuring"] = "injured",
        ["infecting"] = "infected", ["displacing"] = "displaced", ["evacuating"] = "evacuated",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// "put the number of killed or wounded North Koreans at 1,000", "put the death toll at 40", "the death toll from the
    /// quake rose to 2,900", "bringing the toll to 148", "the toll stood at 42", "the number of injured rose to 530",
    /// "cases have climbed to 400", "a death toll of 81", "the toll could be as high as 150", "raised its count of people
    /// killed to six":
    /// what is numbered, named a few words before the figure in the same clause.
    /// </summary>
    private static List<string>? NumberOf(ArticleText article, Quantity quantity)
    {
        var first = article.TokenAtOrAfter(quantity.Span.Start);
        if (first >= 2 && article.Key(first - 1) == "of" && article.Key(first - 2) == "toll")
        {
            return first >= 3 && article.Key(first - 3) == "death" ? ["death", "toll"] : ["toll"]; // "gave a death toll of 81"
        }
        if (first < 1 || !NumberingWords.Contains(article.Key(first - 1)))
        {
            return null;
        }
        List<string>? deaths = null;
        // Not across a comma or a conjunction: "took a heavy toll on the region and aid reached 30 villages" counts villages.
        for (var t = first - 2; t >= Math.Max(0, first - MaxWordsBack) && NoPunctuation(article, t + 1) && article.Key(t) is not ("and" or "as" or "but" or "while"); t--)
        {
            if (t >= 1 && article.Key(t) == "of" && article.Key(t - 1) is "number" or "count" or "tally")
            {
                var counted = new List<string>();
                // Up to the verb: "the number of people arrested has been put at 623" counts "people arrested".
                // An infinitive is the count's own words: "the number of people confirmed to have died".
                bool Infinitive(int w) => (article.Key(w) == "to" && article.Key(w + 1) is "have" or "be") || article.Key(w - 1) == "to";
                for (var w = t + 1; w < first - 1 && ((!NumberingWords.Contains(article.Key(w)) && !Auxiliaries.Contains(article.Key(w))) || Infinitive(w)); w++)
                {
                    counted.Add(article.Tokens[w].Text);
                }
                // "revised the number of people arrested down to 198": which way it moved is no part of who is counted.
                if (counted.Count > 1 && counted[^1] is "down" or "up")
                {
                    counted.RemoveAt(counted.Count - 1);
                }
                return counted;
            }
            if (article.Key(t) == "toll")
            {
                return t >= 1 && article.Key(t - 1) == "death" ? ["death", "toll"] : ["toll"];
            }
            if (article.Key(t) is "cases" or "infections")
            {
                return [article.Tokens[t].Text]; // "cholera cases rose to 400"
            }
            if (article.Key(t) is "deaths" or "fatalities")
            {
                // "Deaths attributed to the heat rose to 41", unless "the number of heat deaths" before says it better.
                deaths ??= [article.Tokens[t].Text];
            }
        }
        return deaths;
    }

    /// <summary>
    /// How far before the figure "the number of" or "toll" may stand, in one clause: "The number of people killed in
    /// Monday's collapse of a waste dump at a copper mine near Chingola rose to 38" puts eighteen words between.
    /// </summary>
    private const int MaxWordsBack = 20;

    /// <summary>The words right before a figure that say what it numbers: "at", "rose to", "reached", "stood at", "was".</summary>
    private static readonly FrozenSet<string> NumberingWords = FrozenSet.ToFrozenSet(
    [
        "at", "to", "be", "reached", "reaches", "hit", "hits", "topped", "tops", "passed", "passes", "surpassed", "surpasses", "exceeded",
        "exceeds", "was", "is", "stood", "stands", "rose", "risen", "climbed", "jumped", "increased",
    ], StringComparer.Ordinal);

    private static string KindOf(List<string> words)
    {
        var kinds = words.Select(w => Kinds.GetValueOrDefault(w)).Where(k => k is not null).ToHashSet();
        if (kinds.Contains("killed-or-wounded") || (kinds.Contains("killed") && kinds.Contains("wounded")))
        {
            return "killed-or-wounded";
        }
        if (kinds.Contains("killed") && kinds.Contains("missing"))
        {
            return "killed-or-missing"; // "the number of dead or missing rose to 120": one count of both
        }
        foreach (var kind in new[] { "killed", "wounded", "captured", "deployed", "cases", "refugees", "displaced", "evacuated", "crowd", "missing" })
        {
            if (kinds.Contains(kind))
            {
                return kind;
            }
        }
        return words.Any(w => w.StartsWith("in ", StringComparison.Ordinal)) ? "deployed" : "other";
    }

    /// <summary>
    /// Whether a count of "cases" is one of illness: the words of its clause, from a few before the figure to a few
    /// after, name a disease or speak as health officials do ("3,381 suspected cases", "312 new cases", "cases of cholera
    /// rose to 400").
    /// </summary>
    private static bool IllnessNear(ArticleText article, Quantity quantity, int clauseEnd)
    {
        var first = article.TokenAtOrAfter(quantity.Span.Start);
        var start = first;
        while (start > 0 && first - start < IllnessWindow && !article.Between(start - 1, start).ContainsAny(".;!?".AsSpan()))
        {
            start--;
        }
        for (var t = start; t < Math.Min(article.Tokens.Count, first + IllnessWindow) && article.Tokens[t].Start < clauseEnd; t++)
        {
            if (IllnessWords.Contains(article.Key(t)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Words before or after a figure, in its clause, that may still name its disease: "the cholera outbreak has reached
    /// 3,000 cases", "3,000 cases of the new virus".
    /// </summary>
    private const int IllnessWindow = 8;

    private static readonly FrozenSet<string> IllnessWords = FrozenSet.ToFrozenSet(
    [
        "new", "confirmed", "suspected", "probable", "active", "positive", "infected", "infections", "infection", "outbreak", "epidemic",
        "pandemic", "disease", "virus", "cholera", "measles", "covid", "covid-19", "coronavirus", "flu", "influenza", "dengue",
        "malaria", "ebola", "mpox", "monkeypox", "polio", "tuberculosis", "hiv", "aids", "diphtheria", "typhoid", "meningitis",
        "hepatitis", "zika", "sars", "mers", "h5n1", "cancer", "illness",
        // "cases of Lassa fever", "of typhoid fever", "of Marburg virus disease"
        "fever", "lassa", "marburg", "nipah", "anthrax", "plague", "rabies", "mumps", "chikungunya", "pertussis", "smallpox",
        "chickenpox", "leprosy", "listeria", "salmonella", "norovirus", "rsv", "syndrome", "sickness",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["were", "was", "are", "is", "have", "has", "had", "been"], StringComparer.Ordinal);

    /// <summary>The first auxiliary ("were", "had") within a few words from <paramref name="from"/>, in one clause without punctuation.</summary>
    private static int? AuxiliaryAfterPhrase(ArticleText article, int from)
    {
        const int MaxPhraseWords = 8;
        for (var t = from; t < article.Tokens.Count && t < from + MaxPhraseWords && NoPunctuation(article, t); t++)
        {
            if (Auxiliaries.Contains(article.Key(t)))
            {
                return t;
            }
        }
        return null;
    }

    private static bool NoPunctuation(ArticleText article, int token) =>
        token == 0 || !article.Between(token - 1, token).ContainsAny(",.;:!?()".AsSpan());
}
