using System.Collections.Frozen;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Who speaks in a sentence: each reporting verb ("said", "according to", "saying") with its speaker phrase, before or
/// after it, and whether the content comes before the speaker (trailing), after the verb, or in a relative clause.
/// </summary>
public static partial class ClaimExtractor
{
    /// <summary>
    /// Whether the words after "per" can be a source: "per the ministry", "per Reuters", "per local authorities", but not
    /// a speaker noun in the singular without its article, which is a rate ("$600 per person").
    /// </summary>
    private static bool NamesASourceAfterPer(ArticleText article, int next, int end) =>
        next < end && (article.Tokens[next].IsCapitalized || article.Key(next).EndsWith('s') || !ReportingWords.SpeakerNouns.Contains(article.Key(next)));

    /// <summary>
    /// Whether "by" at <paramref name="by"/> follows a count in the passive: "has been put at 623 by", "was estimated at
    /// 40,000 by", "Twelve deaths were confirmed by", "was revised down to 38 from 41 by": a verb of counting a few words
    /// before, and the figure between the verb and "by" or opening the sentence (not "In a 1957 film… which was recorded
    /// by"). An active verb's subject is found as its speaker, and "by" then only relays it (see SentenceClaims).
    /// </summary>
    private static bool CountsInPassive(ArticleText article, int first, int by)
    {
        const int MaxWordsBetween = 4, MaxWordsAfterRevision = 6; // "revised down to 38 from 41 by"
        for (var verb = by - 1; verb > first && verb >= by - MaxWordsAfterRevision; verb--)
        {
            if ((PassiveCountVerbs.Contains(article.Key(verb)) && verb >= by - MaxWordsBetween) || Revisions.Contains(article.Key(verb)))
            {
                var counted = article.Tokens[verb].End;
                var opening = article.Tokens[article.Key(first) == "the" ? first + 1 : first].Start;
                // "The figure of at least 90 deaths was given by…": a subject that names a count holds its figure.
                var countSubject = Enumerable.Range(first, Math.Min(3, verb - first)).Any(k => article.Key(k) is "figure" or "toll" or "tally" or "estimate");
                return article.Quantities.Any(q => (q.Span.Start >= counted && q.Span.End <= article.Tokens[by].Start) || q.Span.Start == opening
                    || (countSubject && q.Span.Start > opening && q.Span.End <= article.Tokens[verb].Start));
            }
        }
        return false;
    }

    private static readonly FrozenSet<string> PassiveCountVerbs = FrozenSet.ToFrozenSet(
        ["put", "estimated", "given", "confirmed", "reported", "recorded", "counted", "placed"], StringComparer.Ordinal);

    /// <summary>
    /// "The economy grew 0.3%, official data showed on Thursday.", "…, a Reuters poll showed.": records that trail what
    /// they show, with nothing after the verb but when it was shown. Mid-sentence "showed" needs its "that".
    /// </summary>
    private static bool RecordsShowedAtTheEnd(ArticleText article, int cue, int end)
    {
        if (article.Key(cue) is not ("showed" or "shows") || cue == 0 || !ShowingRecords.Contains(article.Key(cue - 1)))
        {
            return false;
        }
        var after = cue + 1;
        if (after < end && article.Key(after) is "on" or "in" && after + 1 < end && (Words.IsWeekday(article.Key(after + 1)) || article.Tokens[after + 1].IsCapitalized))
        {
            after += 2;
        }
        else if (after < end && Words.IsWeekday(article.Key(after)))
        {
            after++;
        }
        return after >= end;
    }

    /// <summary>
    /// "The health ministry's latest figures, published on Tuesday, listed 97 deaths", "Figures from the health ministry
    /// showed 97 deaths": records that open the sentence give what follows their verb, when it holds a figure, and their
    /// maker speaks — a possessive before them or a source after "from", "by" or "of". Records of no one
    /// ("Figures showed 97 deaths") name no speaker.
    /// </summary>
    private static Attribution? RecordsLeading(ArticleText article, int first, int cue, int end, int sentenceEnd)
    {
        const int MaxSubjectWords = 6;
        if (!LeadingRecordVerbs.Contains(article.Key(cue)))
        {
            return null;
        }
        var records = Enumerable.Range(first, Math.Min(MaxSubjectWords, cue - first)).FirstOrDefault(t => ShowingRecords.Contains(article.Key(t)), -1);
        if (records < 0)
        {
            return null;
        }
        while (records + 1 < cue && ShowingRecords.Contains(article.Key(records + 1)))
        {
            records++; // "Census figures from…": the last of them is made by the source after it
        }
        if (Enumerable.Range(first + 1, records - first).Any(t => !article.Between(t - 1, t).Trim().IsEmpty))
        {
            return null; // one phrase opens the sentence: not "Even before Estrada's conviction, opinion polls showed…"
        }
        var possessive = Enumerable.Range(first, records - first).FirstOrDefault(t => article.Tokens[t].IsPossessive, -1);
        (int First, int Last)? maker = possessive >= 0 ? (first, possessive) : MakerOf(article, (records, records), sentenceEnd);
        if (maker is not { } owner || (possessive >= 0 && !ReportingWords.SpeakerNouns.Contains(article.Key(possessive))
            && article.MentionCovering(possessive) is null))
        {
            return null;
        }
        // Between the subject and the verb: nothing, or what a comma sets off (", published on Tuesday,").
        var afterSubject = Math.Max(records, owner.Last) + 1;
        if (afterSubject < cue && !article.Between(afterSubject - 1, afterSubject).Contains(','))
        {
            return null;
        }
        return Enumerable.Range(cue + 1, Math.Max(0, end - cue - 1)).Any(t => char.IsDigit(article.Tokens[t].Text[0]))
            ? new Attribution(cue, owner.First, owner.Last, false, false)
            : null;
    }

    private static readonly FrozenSet<string> LeadingRecordVerbs = FrozenSet.ToFrozenSet(
        ["showed", "shows", "listed", "lists", "recorded", "put", "puts", "counted", "gave"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ShowingRecords = FrozenSet.ToFrozenSet(
        ["data", "figures", "statistics", "poll", "polls", "survey", "surveys", "study", "census", "estimates", "records", "documents"], StringComparer.Ordinal);

    /// <summary>
    /// "The agency quoted a senior official as saying…", "Interfax cited a source as saying…": the one quoted speaks,
    /// and what follows "saying" is what they said.
    /// </summary>
    private static Attribution? QuotedAsSaying(ArticleText article, int verb, int end)
    {
        const int MaxSpeakerWords = 8;
        if (article.Key(verb) is not ("quoted" or "quotes" or "cited" or "cites"))
        {
            return null;
        }
        for (var asWord = verb + 2; asWord + 1 < end && asWord <= verb + 1 + MaxSpeakerWords; asWord++)
        {
            if (article.Key(asWord) == "as" && article.Key(asWord + 1) is "saying" or "telling" or "stating")
            {
                return new Attribution(asWord + 1, verb + 1, asWord - 1, false, false);
            }
            if (article.Between(asWord - 1, asWord).Trim().Length > 0)
            {
                return null; // punctuation ends the speaker phrase
            }
        }
        return null;
    }

    /// <summary>The attributions of one sentence, in text order; cues already used by a quote are skipped.</summary>
    private static List<Attribution> FindAttributions(ArticleText article, TextSpan sentence, int first, int end, HashSet<int> usedCues)
    {
        var attributions = new List<Attribution>();
        for (var t = first; t < end; t++)
        {
            var key = article.Key(t);
            if ((key == "according" && t + 1 < end && article.Key(t + 1) == "to") || (key == "per" && NamesASourceAfterPer(article, t + 1, end)))
            {
                var at = key == "per" ? t : t + 1;
                if (SpeakerPhrase.After(article, at, sentence.End) is { } found)
                {
                    var source = MakerOf(article, found, sentence.End) ?? found;
                    attributions.Add(new Attribution(t, source.First, source.Last, false, true));
                    t = source.Last;
                }
                continue;
            }
            // "The number arrested has been put at 623 by the rights commission": the agent of a passive count is its source.
            if (key == "by" && CountsInPassive(article, first, t) && SpeakerPhrase.After(article, t, sentence.End) is { } agent)
            {
                attributions.Add(new Attribution(t, agent.First, agent.Last, false, true));
                t = agent.Last;
                continue;
            }
            if (QuotedAsSaying(article, t, end) is { } relayed)
            {
                attributions.Add(relayed);
                t = relayed.Cue;
                continue;
            }
            if (key.EndsWith("ing", StringComparison.Ordinal)
                && (WithSpeaker(article, t, end) ?? (attributions.Count == 0 ? SubjectSaying(article, first, t, end) : AddingTo(article, attributions[^1], t, end))) is { } gerund)
            {
                attributions.Add(gerund);
                continue;
            }
            if (RecordsLeading(article, first, t, end, sentence.End) is { } records)
            {
                attributions.Add(records);
                continue;
            }
            // A capitalised cue inside a sentence is part of a name ("the Organization of American States was…").
            var cue = ReportingWords.Cues.Contains(key)
                || (ReportingWords.CuesBeforeThat.Contains(key) && ThatAfterCue(article, t, article.Tokens[end - 1].End) is not null)
                || RecordsShowedAtTheEnd(article, t, end) || RevisesACount(article, t, end) || GivesAFigure(article, t, end);
            if (!cue || usedCues.Contains(t) || (t > first && (ReportingWords.NotBeforeCue.Contains(article.Key(t - 1))
                || ReportingWords.BeforeNouns.Contains(article.Key(t - 1)) || article.Tokens[t].IsCapitalized)) || IsOrder(article, t))
            {
                continue;
            }
            if (key is "put" or "puts" && !PutsAFigure(article, t, end))
            {
                continue;
            }
            if (IsAPluralNounBeforeItsVerb(article, t, end))
            {
                continue;
            }
            // "The ministry rejected claims that…", "dismissed reports that…": after a verb in the past tense the word is
            // its object, a noun.
            if (t > first && key is "claims" or "reports" or "estimates" && article.Key(t - 1).EndsWith("ed", StringComparison.Ordinal)
                && !article.Tokens[t - 1].IsCapitalized)
            {
                continue;
            }
            // "a person accused of fraud": the passive participle, as who accuses names the accused before the "of"; "a
            // publisher noted for its castles": known for.
            if (t + 1 < end && ((key == "accused" && article.Key(t + 1) == "of") || (key == "noted" && article.Key(t + 1) == "for")))
            {
                continue;
            }
            // "a letter said to have been written by…", "the man said to be his brother", "the number of people confirmed
            // to have died": a hearsay passive or a participle of the noun before, no report.
            if (key is "said" or "reported" or "believed" or "confirmed" or "known" && t + 2 < end && article.Key(t + 1) == "to" && article.Key(t + 2) is "be" or "have"
                && article.Between(t, t + 1).SequenceEqual(" "))
            {
                continue;
            }
            if (InvertedAttribution(article, first, t, end, sentence.End) is { } inverted)
            {
                attributions.Add(inverted);
                t = inverted.Last;
                continue;
            }
            // "Meta has denied the allegations and said it would appeal", "Feige admitted the delay, and explained that…": a
            // second verb of the same speaker, after a verb whose object is a thing or after a comma, and when what
            // follows it is said ("…and continued to modernise" is a deed). After a clause without a comma the verb is
            // the clause's own: "Watson said Dynegy had run the numbers and concluded that…" is Dynegy's conclusion.
            if (t > first && article.Key(t - 1) == "and" && article.Between(t - 1, t).SequenceEqual(" ") && SpeechVerbs.Contains(key)
                && attributions.LastOrDefault() is { Trailing: false, According: false, Inverted: false, Relative: false } shared
                && ((TakesAThing.Contains(article.Key(shared.Cue)) && shared.Cue + 1 < t
                        && (ThingOpeners.Contains(article.Key(shared.Cue + 1)) || char.IsDigit(article.Tokens[shared.Cue + 1].Text[0])))
                    || article.Between(t - 2, t - 1).Contains(','))
                && !Enumerable.Range(shared.Cue + 1, Math.Max(0, t - shared.Cue - 2)).Any(k => ReportingWords.Cues.Contains(article.Key(k)))
                && OpensWhatWasSaid(article, t, end) && !InOrdinarySense(article, t, end))
            {
                attributions.Add(new Attribution(t, shared.First, shared.Last, false, false)
                {
                    PhraseFirst = shared.PhraseFirst, PhraseLast = shared.PhraseLast, Conjoined = true,
                });
                continue;
            }
            if (attributions.Count == 0 && SubjectOfDeedBefore(article, first, t, end, sentence.Start) is { } doer)
            {
                attributions.Add(doer);
                continue;
            }
            if (SpeakerPhrase.Before(article, t, sentence.Start) is not { } speaker || Negated(article, speaker.First, speaker.Last, speaker.VerbFrom, t)
                || (speaker.Relative && !ReportsInRelativeClause(article, t, end)))
            {
                continue;
            }
            // "Reports suggest that…", "Reports say…": unnamed reports are a hedge (ReportingWords.Hedges), not a source.
            if (speaker.First == speaker.Last && speaker.PhraseFirst == speaker.First && article.Key(speaker.First) == "reports")
            {
                continue;
            }
            if (ReportingWords.AlsoNouns.Contains(key) && !IsPluralSubject(article, speaker.Last))
            {
                continue; // "the Government's claim that…", "the Special Rapporteur report that…": the noun, not the verb
            }
            var trailing = !speaker.Relative && IsTrailing(article, sentence, speaker.PhraseFirst, t, end);
            if (!trailing && InOrdinarySense(article, t, end))
            {
                continue;
            }
            attributions.Add(new Attribution(t, speaker.First, speaker.Last, trailing, false)
            {
                PhraseFirst = speaker.PhraseFirst,
                PhraseLast = speaker.PhraseLast,
                Relative = speaker.Relative,
            });
        }
        return attributions;
    }

    /// <summary>
    /// Where the story opens in a sentence starting at <paramref name="first"/>: after its dateline, if any ("HUARAZ – Peru's
    /// civil defence institute ended its search, putting…"), where a sentence's subject stands.
    /// </summary>
    private static int StoryStart(ArticleText article, int first) =>
        Dateline.At(article.Text, article.Tokens[first].Start) is { } dateline ? article.TokenAtOrAfter(dateline.End) : first;

    /// <summary>
    /// "Police arrested two men and said more arrests were likely", "The firm fired its chief and said profits would
    /// fall": a speech verb joined by "and" to the sentence's first verb, a deed in the past tense, shares that verb's
    /// subject when the subject opens the sentence (after any dateline) and no clause of another subject comes between
    /// ("who", "when", a second report).
    /// </summary>
    private static Attribution? SubjectOfDeedBefore(ArticleText article, int first, int cue, int end, int sentenceStart)
    {
        first = StoryStart(article, first);
        if (cue - 3 <= first || article.Key(cue - 1) != "and" || !article.Between(cue - 1, cue).SequenceEqual(" ")
            || !SpeechVerbs.Contains(article.Key(cue)) || !(SaysThatOrQuotes(article, cue, end) || FiniteVerbSoonAfter(article, cue, end))
            || InOrdinarySense(article, cue, end))
        {
            return null;
        }
        var deed = first + 1;
        while (deed < cue - 2 && !(char.IsLower(article.Tokens[deed].Text[0])
            && (article.Key(deed).EndsWith("ed", StringComparison.Ordinal) || IrregularDeeds.Contains(article.Key(deed)))))
        {
            deed++;
        }
        // A report of its own is found as one ("denied the allegations and said"), unless it is a deed ("added 300 jobs").
        if (deed >= cue - 2 || (ReportingWords.Cues.Contains(article.Key(deed)) && !InOrdinarySense(article, deed, end))
            || ReportingWords.CuesBeforeThat.Contains(article.Key(deed))
            || SpeakerPhrase.Before(article, deed, sentenceStart) is not { Relative: false } doer || doer.PhraseFirst != first
            || Negated(article, doer.First, doer.Last, doer.VerbFrom, deed))
        {
            return null;
        }
        // "Police fired tear gas at protesters who massed outside the governor's office, and said…": a relative clause
        // closed by the comma before "and" only says which protesters; the police still speak.
        var closedByComma = article.Between(cue - 2, cue - 1).Contains(',');
        for (var k = deed + 1; k < cue - 1; k++)
        {
            // "…two men and the mayor thanked officers and said…": after an "and", a new subject and its verb.
            var anotherSubject = article.Key(k) == "and" && k + 1 < cue - 1
                && (article.Tokens[k + 1].IsCapitalized || ReportingWords.ClauseSubjects.Contains(article.Key(k + 1)));
            var closedRelative = closedByComma && article.Key(k) is "who" or "which";
            if (ReportingWords.Cues.Contains(article.Key(k)) || (AnotherSubjectsClause.Contains(article.Key(k)) && !closedRelative) || anotherSubject)
            {
                return null;
            }
        }
        return new Attribution(cue, doer.First, doer.Last, false, false) { PhraseFirst = doer.PhraseFirst, PhraseLast = doer.PhraseLast, Conjoined = true };
    }

    /// <summary>
    /// "said that…", "said on X that…", "said: …", "said "…"": what follows the verb (after at most when, where or to whom
    /// it was said) is what was said.
    /// </summary>
    private static bool SaysThatOrQuotes(ArticleText article, int cue, int end) =>
        cue + 1 < end && (ThatAfterCue(article, cue, article.Tokens[end - 1].End) is not null || article.Between(cue, cue + 1).IndexOfAny(":\"“") >= 0);

    /// <summary>
    /// "said more arrests were likely", "said it had retaken three villages": an auxiliary a few words on, with no comma,
    /// preposition or relative word before it, makes what follows a clause; not "said hello", "wrote a history of…",
    /// "said to Ali Baba, who was…".
    /// </summary>
    private static bool FiniteVerbSoonAfter(ArticleText article, int cue, int end)
    {
        if (cue + 1 >= end || ObjectPrepositionsAfterVerb.Contains(article.Key(cue + 1)))
        {
            return false;
        }
        for (var k = cue + 2; k < end && k <= cue + 5; k++)
        {
            if (article.Between(k - 1, k).Contains(',') || AnotherSubjectsClause.Contains(article.Key(k)))
            {
                return false;
            }
            if (article.Key(k) is "is" or "are" or "was" or "were" or "had" or "has" or "have" or "would" or "will" or "could" or "can"
                or "may" or "might" or "should" or "must")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after a verb of speech that open its object or adjunct, not what was said: "said to the crew", "spoke of".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectPrepositionsAfterVerb = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "in", "on", "at", "for", "with", "about", "of", "by", "from"], StringComparer.Ordinal);

    /// <summary>
    /// Words that open a clause whose subject may be another's: "arrested two men who had fled and said…". Not "after",
    /// "until" or "since", prepositions as often ("adjourned the trial until June and said…").
    /// </summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> AnotherSubjectsClause = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["who", "which", "that", "whose", "whom", "when", "while", "because", "as", "if", "where"], StringComparer.Ordinal);

    /// <summary>Deeds in the past tense that do not end in "-ed": "shot down 24 drones and said…", "cut its forecast and warned that…".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularDeeds = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "shot", "struck", "cut", "sold", "held", "won", "beat", "took", "made", "hit", "led", "began", "fought", "built", "bought",
        "sent", "brought", "lost", "paid", "spent", "met", "ran", "kept", "drew", "gave", "broke", "chose", "froze", "upheld",
        "withdrew", "shut", "set", "let", "spoke",
    ], StringComparer.Ordinal);

    /// <summary>What is refused rather than said to be untrue after "denied": "denied bail", "denied entry".</summary>
    private static readonly FrozenSet<string> RefusedThings = FrozenSet.ToFrozenSet(
        ["bail", "entry", "access", "visa", "visas", "permission", "parole", "admission", "asylum", "boarding", "treatment", "passage"],
        StringComparer.Ordinal);

    /// <summary>Whether the word before a verb in the plural present can be its subject: "officials", "they", "police".</summary>
    private static bool IsPluralSubject(ArticleText article, int last) =>
        article.Key(last).EndsWith('s') || article.Key(last) is "they" or "we" or "i" or "you" or "people" or "police";

    /// <summary>
    /// "Prices continued to rise", "Fighting continued in the east", "The company added 300 jobs", "Rain added to the
    /// misery": verbs that report only now and then, followed by what their ordinary sense takes rather than by what
    /// was said ("added that…", "added the plan was flawed").
    /// </summary>
    private static bool InOrdinarySense(ArticleText article, int cue, int end)
    {
        // "Activists denied bail", "were denied entry", "denies a visa": what is refused, not what is said to be untrue.
        if (ReportingWords.Denials.Contains(article.Key(cue)) && cue + 1 < end
            && RefusedThings.Contains(article.Key(cue + 1) is "a" or "an" && cue + 2 < end ? article.Key(cue + 2) : article.Key(cue + 1)))
        {
            return true;
        }
        if (article.Key(cue) is not ("continued" or "added" or "adds") || cue + 1 >= end
            || !(ReportingWords.OrdinarySenseOpeners.Contains(article.Key(cue + 1)) || char.IsDigit(article.Tokens[cue + 1].Text[0])))
        {
            return false;
        }
        return ThatAfterCue(article, cue, article.Tokens[end - 1].End) is null; // not "added on Friday that…"
    }

    /// <summary>
    /// "put the death toll at 40", "put the number of dead at 40", "put support for the party at 32 percent": "put"
    /// reports an estimate when a count's noun follows it or a figure follows its "at"; not "put the plan on hold".
    /// </summary>
    private static bool PutsAFigure(ArticleText article, int cue, int end)
    {
        const int MaxObjectWords = 8;
        for (var k = cue + 1; k < end && k - cue <= MaxObjectWords; k++)
        {
            if (k - cue <= 3 && article.Key(k) is "number" or "toll" or "figure")
            {
                return true;
            }
            if (article.Key(k) == "at" && k + 1 < end)
            {
                return char.IsDigit(article.Tokens[k + 1].Text[0]) || article.Key(k + 1) is "about" or "around" or "nearly" or "roughly" or "more" or "less";
            }
        }
        return false;
    }

    /// <summary>
    /// "Independent estimates vary widely", "Early reports suggested…": a reporting verb that is also a plural noun
    /// ("estimates", "reports", "states"), followed by another verb rather than what was said ("reports over 3,000
    /// casualties", "claims benefits will exceed…") or when or where it was ("reports on its website"), is the noun.
    /// </summary>
    private static bool IsAPluralNounBeforeItsVerb(ArticleText article, int cue, int end)
    {
        if (!SpeakerPhrase.IsAlsoPluralNoun(article.Key(cue)) || cue + 1 >= end || !char.IsLower(article.Tokens[cue + 1].Text[0]))
        {
            return false;
        }
        var next = article.Key(cue + 1);
        return !OpensWhatWasSaid(article, cue, end) && !FiniteVerbSoonAfter(article, cue, end)
            && !article.Quantities.Any(q => q.Span.Start == article.Tokens[cue + 1].Start)
            && next is not ("on" or "in" or "at" or "late" or "earlier" or "later" or "last" or "this" or "from" or "to" or "via" or "with" or "by")
            && !Words.IsWeekday(next);
    }

    /// <summary>
    /// "Police gave a death toll of 81", "officials gave a figure of 74 dead": a count's noun within a few words of
    /// "gave" and a figure after its "of" report the count; not "gave a speech", "gave the number of a lawyer".
    /// </summary>
    private static bool GivesAFigure(ArticleText article, int cue, int end)
    {
        const int MaxNounWords = 3;
        if (article.Key(cue) is not ("gave" or "gives" or "give"))
        {
            return false;
        }
        for (var k = cue + 1; k + 2 < end && k - cue <= MaxNounWords; k++)
        {
            if (article.Key(k) is "toll" or "figure" or "count" or "tally" or "estimate" && article.Key(k + 1) == "of")
            {
                var figure = article.Tokens[k + 2].Start;
                return article.Quantities.Any(q => q.Span.Start == figure);
            }
        }
        return false;
    }

    /// <summary>Verbs by which a source changes a count it gave: "revised the death toll to 24", "raised the toll to 92".</summary>
    private static readonly FrozenSet<string> Revisions = FrozenSet.ToFrozenSet(
        ["revised", "revises", "corrected", "corrects", "raised", "raises", "lowered", "lowers", "updated", "updates"], StringComparer.Ordinal);

    /// <summary>
    /// "The health ministry revised the death toll from the collision to 24", "corrected the number of dead to 41": a
    /// revision reports the new count, when a count's noun follows the verb and a figure its "to"; not "raised prices",
    /// "raised the issue with…".
    /// </summary>
    private static bool RevisesACount(ArticleText article, int cue, int end)
    {
        if (!Revisions.Contains(article.Key(cue)) || cue + 3 >= end)
        {
            return false;
        }
        // "The ministry later raised it to 92": "it" is a count named before (FigureSubjects.Restated), not "raised it to
        // 4.5" of a bank's rate.
        if (article.Key(cue + 1) == "it" && article.Key(cue + 2) == "to")
        {
            var figure = article.Quantities.FirstOrDefault(q => q.Span.Start >= article.Tokens[cue + 3].Start && q.Span.Start < article.Tokens[cue + 3].End);
            return figure is not null && FigureSubjects.Describe(article, figure, article.Tokens[end - 1].End).SubjectKey != "other";
        }
        if (!Enumerable.Range(cue + 1, 3).Any(k => article.Key(k) is "toll" or "number" or "figure" or "count" or "tally"))
        {
            return false;
        }
        // "revised the death toll from Sunday's earthquake in the Áncash region down to 41": the count's phrase may run
        // long, within its clause.
        const int MaxObjectWords = 16;
        for (var k = cue + 2; k + 1 < end && k - cue <= MaxObjectWords && !article.Between(k - 1, k).ContainsAny(",;:"); k++)
        {
            if (article.Key(k) == "to")
            {
                return char.IsDigit(article.Tokens[k + 1].Text[0]) || QuantityParser.IsNumberWord(article.Key(k + 1));
            }
        }
        return false;
    }

    /// <summary>"told them to leave", "told us if we had questions…": an order or advice to someone, not a report.</summary>
    private static bool IsOrder(ArticleText article, int cue) =>
        article.Key(cue) is "told" or "tells" && cue + 2 < article.Tokens.Count && ReportingWords.Audiences.Contains(article.Key(cue + 1))
        && article.Key(cue + 2) is "to" or "if" or "not";

    /// <summary>
    /// "The bridge was hit twice, said Jane Doe, a spokeswoman for the police.": the verb opens the last clause after a
    /// comma (not a verb whose object follows it: "Lindner, leader of the party, accused Scholz of…"), its speaker
    /// follows it, and what comes after the speaker is only an adjunct or a description ("on Friday", "a spokeswoman
    /// for the police"), not a clause of its own with a "that". The words before the comma are the claim, when there are
    /// at least three ("Yes, said Smith" claims nothing).
    /// </summary>
    private static Attribution? InvertedAttribution(ArticleText article, int first, int cue, int end, int sentenceEnd)
    {
        if (cue - first < 3 || !article.Between(cue - 1, cue).Contains(',') || ReportingWords.TakeAnObject.Contains(article.Key(cue))
            || SpeakerPhrase.After(article, cue, sentenceEnd) is not { } speaker)
        {
            return null;
        }
        // "…, said Jane Doe, a spokeswoman, adding that aid was on its way": what the speaker added is a claim of its own
        // (see AddingTo), and only the words before it must be an adjunct or a description. So is "…, said Jane Doe, the
        // governor, who met the pupils": a relative clause on the speaker tells more of them, not what was said.
        var tail = speaker.Last + 1;
        while (tail < end && !(article.Between(tail - 1, tail).Contains(',') && (IsGerundCue(article, tail, end) || RelativeOnSpeaker(article, speaker.Last, tail))))
        {
            tail++;
        }
        const int MaxAdjunctWords = 8;
        if (tail - speaker.Last - 1 > MaxAdjunctWords)
        {
            return null;
        }
        // "…, said Washington was considering sanctions": the name after the verb opens a clause of its own.
        var next = speaker.Last + 1;
        if (next < tail && !article.Between(speaker.Last, next).ContainsAny(",(—–") && !ReportingWords.AdjunctOpeners.Contains(article.Key(next)))
        {
            return null;
        }
        for (var t = speaker.Last + 1; t < tail; t++)
        {
            if (article.Key(t) == "that" || ReportingWords.Cues.Contains(article.Key(t)))
            {
                return null;
            }
        }
        return new Attribution(cue, speaker.First, speaker.Last, true, false) { PhraseFirst = cue, Inverted = true };
    }

    /// <summary>
    /// "…, said Jane Doe, who…", "…, said the ministry, which…", "…, said Jane Doe, the governor, who…": a relative
    /// pronoun right after the speaker, or "who" after a description of them; not "said Ricardo, for the weapon, which…".
    /// </summary>
    private static bool RelativeOnSpeaker(ArticleText article, int speakerLast, int relative) =>
        article.Key(relative) is "who" or "which" && relative == speakerLast + 1
        || (article.Key(relative) == "who" && (article.Key(speakerLast + 1) is "the" or "a" or "an" || article.Tokens[speakerLast + 1].IsPossessive));

    /// <summary>
    /// "…, South Korea's spy agency said on Friday, adding that it had learned of the death…", "…, said Jane Doe, a
    /// spokeswoman, noting that…": a reporting verb in "-ing" after a comma, a few words after a speaker who follows the
    /// content, says more of that speaker's, which follows it.
    /// </summary>
    private static Attribution? AddingTo(ArticleText article, Attribution previous, int cue, int end)
    {
        // Only a few words stand between (IsTrailing and InvertedAttribution allow no more than an adjunct or a description).
        // At least three words said: "…, she said, adding nothing." adds no claim.
        var after = Math.Max(previous.Cue, previous.PhraseLast);
        if (!previous.Trailing || cue <= after || end - cue <= 3 || !article.Between(cue - 1, cue).Contains(',')
            || !IsGerundCue(article, cue, end))
        {
            return null;
        }
        return new Attribution(cue, previous.First, previous.Last, false, false) { PhraseFirst = previous.PhraseFirst, PhraseLast = previous.PhraseLast };
    }

    /// <summary>
    /// "according to a report by Amnesty International", "figures from the health ministry": the source is whoever made
    /// the report or the figures, named after "by", "from" or "of".
    /// </summary>
    private static (int First, int Last)? MakerOf(ArticleText article, (int First, int Last) source, int ceiling)
    {
        var link = source.Last + 1;
        if (link >= article.Tokens.Count || !ReportingWords.Documents.Contains(article.Key(source.Last)) || article.Key(link) is not ("by" or "from" or "of")
            || !article.Between(source.Last, link).Trim().IsEmpty)
        {
            return null;
        }
        return SpeakerPhrase.After(article, link, ceiling);
    }

    /// <summary>
    /// A reporting verb in "-ing": "saying", or "writing" and the like with a "that" after an adjunct ("writing on X that").
    /// Not "adding to the frustration", which says nothing.
    /// </summary>
    private static bool IsGerundCue(ArticleText article, int cue, int end) =>
        (ReportingWords.GerundCues.Contains(article.Key(cue)) && !(article.Key(cue) == "adding" && cue + 1 < end && article.Key(cue + 1) == "to"))
        || (article.Key(cue) == "putting" && PutsAFigure(article, cue, end)) // "…, putting the final toll at 41"
        || (ReportingWords.GerundCuesBeforeThat.Contains(article.Key(cue)) && ThatAfterCue(article, cue, article.Tokens[end - 1].End) is not null);

    /// <summary>
    /// "…, with governor Andrew Bailey warning that inflation remained too high": a speaker after "with" and a
    /// reporting verb in "-ing" with its "that" (or "saying"), whose content follows.
    /// </summary>
    private static Attribution? WithSpeaker(ArticleText article, int cue, int end)
    {
        if (!IsGerundCue(article, cue, end))
        {
            return null;
        }
        const int MaxSpeakerWords = 8;
        for (var with = cue - 2; with >= 0 && cue - with <= MaxSpeakerWords; with--)
        {
            if (article.Key(with) != "with")
            {
                continue;
            }
            var that = article.Key(cue) == "saying" || (cue + 1 < end && article.Key(cue + 1) == "that");
            return that && SpeakerPhrase.Before(article, cue, article.Tokens[with + 1].Start) is { Relative: false } speaker && speaker.PhraseFirst == with + 1
                ? new Attribution(cue, speaker.First, speaker.Last, false, false) { PhraseFirst = speaker.PhraseFirst }
                : null;
        }
        return null;
    }

    /// <summary>
    /// "Hungarian Prime Minister Viktor Orban criticised the sanctions, saying they had failed": the subject that opens
    /// the sentence, a known entity or a pronoun followed by its verb, says what follows the "-ing" verb after a comma.
    /// Of a run of titles and names the last entity speaks (Viktor Orban, not Hungary).
    /// </summary>
    private static Attribution? SubjectSaying(ArticleText article, int first, int cue, int end)
    {
        first = StoryStart(article, first);
        // At least three words said: "He left, saying nothing" claims nothing.
        if (cue <= first || !IsGerundCue(article, cue, end) || !article.Between(cue - 1, cue).Contains(',') || end - cue <= 3)
        {
            return null;
        }
        var next = first;
        while (next < cue && article.Tokens[next].IsCapitalized && (next == first || article.Between(next - 1, next) is " "))
        {
            next++;
        }
        if (next >= cue || !char.IsLower(article.Tokens[next].Text[0]))
        {
            return null; // no verb right after the subject
        }
        if (next - 1 == first && article.Key(first) is "he" or "she" or "they")
        {
            return new Attribution(cue, first, first, false, false);
        }
        // "Peru's civil defence institute ended its search, putting…", "South Korea's military has been monitoring…,
        // reporting signs that…": the possessive says whose body speaks.
        if (next > first && article.Tokens[next - 1].IsPossessive && DescribedSubjectSaying(article, first, cue) is { } owned)
        {
            return owned;
        }
        for (var last = next - 1; last >= first; last--)
        {
            if (article.MentionCovering(last) is { } mention && mention.Rule != EntityRecognizer.DemonymRule)
            {
                var start = last;
                while (start > first && article.MentionCovering(start - 1) == mention)
                {
                    start--;
                }
                return new Attribution(cue, start, last, false, false) { PhraseFirst = start };
            }
        }
        return article.Key(first) == "the" ? DescribedSubjectSaying(article, first, cue) : null;
    }

    /// <summary>Words that continue a subject's phrase rather than open its verb: "The head of the agency resigned".</summary>
    private static readonly FrozenSet<string> NoVerbs = FrozenSet.ToFrozenSet(
        ["of", "in", "at", "for", "from", "on", "and", "or", "with", "who", "which", "that", "to", "by", "whose"], StringComparer.Ordinal);

    /// <summary>
    /// "The prime minister resigned on Friday, telling reporters that…": a described speaker opens the sentence, and its
    /// phrase ends at the first word that is no part of it, the subject's own verb. The words before the phrase describe
    /// it ("The central bank chief").
    /// </summary>
    private static Attribution? DescribedSubjectSaying(ArticleText article, int first, int cue)
    {
        const int MaxSubjectWords = 5;
        Attribution? found = null; // the first phrase that could be the subject
        for (var verb = first + 2; verb < cue && verb - first <= MaxSubjectWords; verb++)
        {
            if (!char.IsLower(article.Tokens[verb].Text[0]) || !article.Between(verb - 1, verb).SequenceEqual(" "))
            {
                break;
            }
            if (SpeakerPhrase.Before(article, verb, article.Tokens[first].Start) is { Relative: false } speaker
                && speaker.Last == verb - 1
                && !ReportingWords.SpeakerWords.Contains(article.Key(verb)) && !ReportingWords.ClauseSubjects.Contains(article.Key(verb))
                && !NoVerbs.Contains(article.Key(verb)))
            {
                var attribution = new Attribution(cue, speaker.First, speaker.Last, false, false) { PhraseFirst = speaker.PhraseFirst };
                // A phrase that ends on a speaker's noun is the subject; one before it may end too early: "Portugal's civil
                // protection authority declared…" is no "Portugal's civil" that "protected".
                if (ReportingWords.SpeakerNouns.Contains(article.Key(verb - 1)))
                {
                    return attribution;
                }
                found ??= attribution;
            }
        }
        return found;
    }



    /// <summary>
    /// Whether the verb opening a relative clause reports something: "the ministry, which said 200 soldiers died", "who
    /// told reporters that…". Not "Otis Redding, who wrote the song" or "the mission, which told them to leave": a verb
    /// that also just names a deed needs its "that", and the clause needs three words of content.
    /// </summary>
    private static bool ReportsInRelativeClause(ArticleText article, int cue, int end)
    {
        var words = 0;
        var that = false;
        for (var t = cue + 1; t < end && !article.Between(t - 1, t).Contains(','); t++)
        {
            that |= article.Key(t) == "that" && words < 6;
            words++;
        }
        if (words < 3 || (cue + 1 < end && article.Key(cue + 1) == "to"))
        {
            return false;
        }
        // "the Civil Defense, which put the death toll at 31": "put" has given its figure (see PutsAFigure).
        return that || ReportingWords.ClauseVerbs.Contains(article.Key(cue)) || article.Key(cue) is "put" or "puts";
    }


    /// <summary>
    /// "Neither Putin nor Kim has confirmed", "has not confirmed", "no official has confirmed": a denial, not a claim.
    /// Only the words of the speaker and those from <paramref name="verbFrom"/> to the verb count, and a "neither", "nor"
    /// or "no" just before the speaker: in "The war is not over, Putin said" the "not" belongs to what was said.
    /// </summary>
    private static bool Negated(ArticleText article, int speakerFirst, int speakerLast, int verbFrom, int cue)
    {
        // Not inside a clause that only describes the speaker ("an official, who did not want to be named, said").
        for (var t = speakerFirst; t < cue; t = t == speakerLast ? Math.Max(t + 1, verbFrom) : t + 1)
        {
            if (ReportingWords.Negations.Contains(article.Key(t)))
            {
                return true;
            }
        }
        for (var t = Math.Max(0, speakerFirst - 2); t < speakerFirst; t++)
        {
            if (article.Key(t) is "neither" or "nor")
            {
                return true;
            }
        }
        // "no official has confirmed": the denial stands right before the speaker
        return speakerFirst > 0 && article.Key(speakerFirst - 1) is "no" or "not" or "never";
    }

    /// <summary>Reporting verbs whose object may be a thing rather than a clause: "denied the allegations".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> TakesAThing = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["denied", "denies", "rejected", "rejects", "confirmed", "confirms", "announced", "announces", "acknowledged", "dismissed",
         "condemned", "welcomed", "disputed", "reported", "reports"], StringComparer.Ordinal);

    /// <summary>Words that open such a thing: "denied the allegations", "rejected any wrongdoing", "welcomed its decision".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ThingOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "his", "her", "their", "any", "all", "reports", "claims", "allegations", "wrongdoing", "accusations"],
        StringComparer.Ordinal);

    /// <summary>Verbs that a speaker's second verb after "and" may be: "…and said", "…and warned that".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> SpeechVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "says", "added", "adds", "explained", "warned", "argued", "insisted", "noted", "stressed", "told", "claimed",
         "acknowledged", "admitted", "confirmed", "denied", "vowed", "promised", "predicted", "suggested", "wrote", "asked",
         "maintained", "accused", "ruled", "pledged"], StringComparer.Ordinal);

    /// <summary>Whether what follows the verb at <paramref name="cue"/> is what was said: a "that", a clause, a quote or a colon.</summary>
    private static bool OpensWhatWasSaid(ArticleText article, int cue, int end) =>
        cue + 1 < end && (article.Key(cue + 1) == "that" || article.Between(cue, cue + 1).IndexOfAny(",:\"“") >= 0
            || OpensContentClause(article, cue + 1) || article.Tokens[cue + 1].IsCapitalized);

    /// <summary>"…, Powell told a news conference", "told the briefing in Frankfurt": whom it was told to, not what.</summary>
    private static bool ToldAGathering(ArticleText article, int cue, int end) =>
        article.Key(cue) is "told" or "tells" && Enumerable.Range(cue + 2, Math.Max(0, Math.Min(end, cue + 4) - (cue + 2)))
            .Any(t => Gatherings.Contains(article.Key(t)) && !article.Between(cue + 1, t).ContainsAny(",;:".AsSpan()));

    private static readonly System.Collections.Frozen.FrozenSet<string> Gatherings = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["conference", "briefing", "meeting", "hearing", "rally", "summit", "session", "audience", "crowd", "gathering", "forum",
         "parliament", "committee", "court", "jury", "reporters", "journalists"], StringComparer.Ordinal);

    /// <summary>
    /// "Asked whether…", "Pressed on the timing", "Speaking in Brussels", "Responding to the report": a participle that
    /// opens a clause setting the scene. An "-ing" word needs its preposition, so "Speaking rarely works, the coach
    /// said" is what was said.
    /// </summary>
    private static bool SetsTheScene(ArticleText article, int token, int end) =>
        token + 1 < end && ReportingWords.SceneOpeners.Contains(article.Key(token))
        && (!article.Key(token).EndsWith("ing", StringComparison.Ordinal) || ScenePrepositions.Contains(article.Key(token + 1)));

    private static readonly FrozenSet<string> ScenePrepositions = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "to", "after", "before", "from", "with", "about", "for", "by", "during", "outside", "via", "alongside", "ahead"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the words from <paramref name="opening"/> to the speaker only say where or how it was said: a preposition and
    /// the words of such an adjunct ("In a press release,", "In an interview with Le Monde on Sunday,", "In Benin and
    /// Togo,").
    /// </summary>
    private static bool SaysWhereItWasSaid(ArticleText article, int opening, int speakerFirst)
    {
        const int MaxWords = 10;
        if (speakerFirst - opening > MaxWords || article.Key(opening) is not ("in" or "on" or "at" or "during" or "via"))
        {
            return false;
        }
        for (var t = opening + 1; t < speakerFirst; t++)
        {
            if (!ReportingWords.BeforeThat.Contains(article.Key(t)) && !ReportingWords.InAdjunctBeforeThat.Contains(article.Key(t))
                && !article.Tokens[t].IsCapitalized && !char.IsDigit(article.Tokens[t].Text[0])
                && !(article.Key(t) == "and" && article.Tokens[t - 1].IsCapitalized))
            {
                return false;
            }
        }
        return true;
    }

    private static bool OpensContentClause(ArticleText article, int token) =>
        char.IsDigit(article.Tokens[token].Text[0])
        || article.Key(token) is "the" or "a" or "an" or "it" or "he" or "she" or "they" or "we" or "there" or "its" or "his" or "her" or "their";

    /// <summary>
    /// The source comes after its content — "…, the NIS said (in a statement on Friday)." — when a comma separates it
    /// from a clause of its own and what follows the verb up to the next comma is a short adjunct, not a that-clause.
    /// A clause of three words or fewer is taken for an adverbial ("In Kyiv, officials said that…") unless the verb
    /// ends the sentence, or only when it was said follows it, when the words before are all there is to claim ("Three
    /// people died, officials said.", "Inflation will fall, the minister said on Friday."). A
    /// clause that sets the scene ("Speaking in Brussels, …", "Asked whether…, …", "When pressed, …") never trails.
    /// </summary>
    private static bool IsTrailing(ArticleText article, TextSpan sentence, int speakerFirst, int cue, int end)
    {
        // The comma may stand inside a closing quotation mark: …hit "military targets," officials said.
        var before = article.Text.AsSpan(sentence.Start, article.Tokens[speakerFirst].Start - sentence.Start).TrimEnd().TrimEnd("\"”");
        if (before.Length == 0 || before[^1] != ',')
        {
            return false;
        }
        var opening = article.TokenAtOrAfter(sentence.Start);
        // Only when the scene's comma is the one before the speaker: in "Questioned by police, the suspect confessed,
        // prosecutors said" the scene belongs to what was said.
        if ((SetsTheScene(article, opening, end) || (article.Key(opening) is "when" or "if" or "after" && SetsTheScene(article, opening + 1, end)))
            && before.Count(',') == 1)
        {
            return false; // "Asked whether he would resign, Johnson said no": the question is not what was said
        }
        if (before.Count(',') == 1 && SaysWhereItWasSaid(article, opening, speakerFirst))
        {
            return false; // "In a press release, the firm said revenue rose": where it was said, not what
        }
        // "…, Powell told a news conference.", "…, she told the BBC.": whom it was told to, and nothing more, follows.
        // "Prices will rise, the minister said, adding that…": what follows is another claim of the speaker's (see AddingTo).
        // "Twelve people died, police said, and the fire was out": a clause joined after the comma is no one's words.
        var toWhomOnly = ToldAGathering(article, cue, end) || NothingSaidFollows(article, cue, sentence.End)
            || (cue + 1 < end && article.Between(cue, cue + 1).Contains(',')
                && (IsGerundCue(article, cue + 1, end) || article.Key(cue + 1) is "and" or "but"));
        if (article.TokenAtOrAfter(article.Tokens[speakerFirst].Start) - article.TokenAtOrAfter(sentence.Start) < 4 && cue + 1 < end && !toWhomOnly)
        {
            return false;
        }
        // "Speaking to the BBC, the minister said the talks had collapsed": a clause right after the verb is what was
        // said, and the words before the comma only set the scene. "…, officials said on Tuesday" trails.
        if (cue + 1 < end && !article.Between(cue, cue + 1).Contains(',') && OpensContentClause(article, cue + 1) && !toWhomOnly)
        {
            return false;
        }
        var rest = 0;
        for (var t = cue + 1; t < end && !article.Between(t - 1, t).Contains(','); t++)
        {
            if (article.Key(t) == "that" || ++rest > 9)
            {
                return false;
            }
        }
        return true;
    }
}
