namespace Search.Core.Extraction;

/// <summary>
/// Finds the phrase naming a speaker next to a reporting verb: names, known entities, pronouns and speaker nouns
/// ("South Korea's National Intelligence Service (NIS)", "a South Korean intelligence source", "he", "the agency").
/// </summary>
internal static class SpeakerPhrase
{
    private const int MaxWords = 10;

    /// <summary>The speaker phrase ending just before token <paramref name="cue"/>, or null.</summary>
    /// <param name="article">The article.</param>
    /// <param name="cue">The reporting verb's token.</param>
    /// <param name="floor">No token before this offset belongs to the phrase (the sentence or clause start).</param>
    public static (int First, int Last)? Before(ArticleText article, int cue, int floor)
    {
        var last = cue - 1;
        while (last >= 0 && article.Tokens[last].Start >= floor && ReportingWords.BetweenSpeakerAndCue.Contains(article.Key(last)))
        {
            last--;
        }
        if (last < 0 || article.Tokens[last].Start < floor)
        {
            return null;
        }
        var appositive = article.Between(last, last + 1).Trim().SequenceEqual(",");
        if (!appositive && !Joined(article, last, last + 1))
        {
            return null;
        }
        if (article.Key(last) is "he" or "she" or "they")
        {
            return (last, last);
        }
        var first = last;
        while (first - 1 >= 0 && article.Tokens[first - 1].Start >= floor && last - first < MaxWords && Belongs(article, first - 1) && Joined(article, first - 1, first))
        {
            first--;
        }
        first = OverProximity(article, first, floor);
        if (appositive && WidenedOverAppositive(article, first, floor) is { } wider)
        {
            // "The National Intelligence Service, or NIS, said": the whole name speaks; "Dmitry Peskov, the Kremlin
            // spokesman, said": the person does, and the description only says who he is.
            (first, last) = wider.Describes ? (wider.First, wider.Last) : (wider.First, last);
        }
        else if (appositive)
        {
            return null; // a comma before the verb without an appositive: not a speaker phrase
        }
        while (first < last && article.Key(first) is "and" or "in" or "of" or "also")
        {
            first++;
        }
        return HasHead(article, first, last) ? (first, last) : null;
    }

    /// <summary>
    /// "X, or Y," / "X, also known as Y," / "X, the Y," before a verb: the bounds of X, when the words before Y form
    /// such an appositive, and whether Y only describes X ("the", "a": a description, not another name).
    /// </summary>
    private static (int First, int Last, bool Describes)? WidenedOverAppositive(ArticleText article, int second, int floor)
    {
        var t = second - 1;
        // "X, the Kremlin spokesman, said": the article may already be part of the phrase found before the verb.
        var describes = article.Key(second) is "the" or "a" or "an";
        var marked = describes;
        while (t >= 0 && article.Key(t) is "or" or "also" or "known" or "as" or "the" or "a" or "an")
        {
            describes |= article.Key(t) is "the" or "a" or "an";
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
    /// "sources close to Putin said", "officials familiar with the talks said", "sources near the Kremlin said": the
    /// speakers are the sources, not the person or body they are close to.
    /// </summary>
    private static int OverProximity(ArticleText article, int first, int floor)
    {
        for (var words = 2; words <= 3; words++)
        {
            var noun = first - words;
            if (noun < 0 || article.Tokens[noun].Start < floor || !ReportingWords.SpeakerNouns.Contains(article.Key(noun))
                || !Enumerable.Range(noun, words).All(t => Joined(article, t, t + 1)))
            {
                continue;
            }
            var link = string.Join(' ', Enumerable.Range(noun + 1, words - 1).Select(article.Key));
            if (link is "close to" or "familiar with" or "near" or "linked to" or "loyal to")
            {
                return noun;
            }
        }
        return first;
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
        var last = first;
        while (last + 1 < article.Tokens.Count && article.Tokens[last + 1].End <= ceiling && last - first < MaxWords && Belongs(article, last + 1) && Joined(article, last, last + 1))
        {
            last++;
        }
        while (last > first && article.Key(last) is "and" or "in" or "of" or "the" or "a")
        {
            last--;
        }
        return Belongs(article, first) && HasHead(article, first, last) ? (first, last) : null;
    }

    private static bool Belongs(ArticleText article, int token)
    {
        var word = article.Tokens[token];
        return word.IsCapitalized || article.MentionCovering(token) is not null || ReportingWords.SpeakerWords.Contains(word.Key)
            || (word.Text.Contains('-', StringComparison.Ordinal) && char.IsLower(word.Text[0]));
    }

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

    /// <summary>Whether only spaces, quotes and brackets stand between two tokens (so they belong to one phrase).</summary>
    private static bool Joined(ArticleText article, int left, int right)
    {
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
