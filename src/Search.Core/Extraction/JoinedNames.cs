using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>
/// Names the run of capitalised words breaks apart at "and" or "&amp;", which are whole again when the article shows
/// they are one: an acronym it defines ("the Party of Action and Solidarity (PAS)"), or a party so described ("the Law
/// and Justice party", "the Justice and Development Party"). Two names are joined by "and" far more often than one name
/// holds it ("Israel and Hamas", "the Bank of England and Barclays"), so nothing is joined on weaker evidence.
/// </summary>
internal static class JoinedNames
{
    /// <summary>Lower-case words a long name may hold without an initial in its acronym.</summary>
    private static readonly FrozenSet<string> MinorWords = FrozenSet.ToFrozenSet(
        ["of", "and", "for", "the", "on", "to", "in", "de", "du", "des", "del", "la", "le", "el"], StringComparer.Ordinal);

    /// <summary>What a party or a grouping of parties is called, written after its name or opening it.</summary>
    private static readonly FrozenSet<string> PartyWords = FrozenSet.ToFrozenSet(
        ["party", "coalition", "alliance", "bloc", "movement", "front", "union"], StringComparer.Ordinal);

    /// <summary>
    /// Joins the runs in <paramref name="names"/> that the article shows to be one name, and renames a defined acronym
    /// ("PAS", wherever it is written after its definition) to the name it stands for. Recounts <paramref name="seen"/>
    /// when anything changed.
    /// </summary>
    public static void Join(string text, List<WordToken> tokens, bool[] covered, List<((int Start, int End) Run, string Name)> names,
        Dictionary<string, (int Count, bool MidSentence)> seen, HashSet<int> sentenceStarts)
    {
        var changed = JoinDefinedAcronyms(text, tokens, covered, names);
        changed |= JoinPartyNames(text, tokens, covered, names, seen);
        if (!changed)
        {
            return;
        }
        seen.Clear();
        foreach (var (run, name) in names)
        {
            ref var stats = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, name, out _);
            stats = (stats.Count + 1, stats.MidSentence || !sentenceStarts.Contains(run.Start));
        }
    }

    /// <summary>
    /// "the Department of Health and Human Services (HHS)": capitalised words, perhaps with minor words between, whose
    /// initials spell the capitals of the acronym in brackets right after them. The name runs from the first of those
    /// words, or from the start of the run that holds it ("Department of" has no initial in "HHS"), to the bracket.
    /// </summary>
    private static bool JoinDefinedAcronyms(string text, List<WordToken> tokens, bool[] covered, List<((int Start, int End) Run, string Name)> names)
    {
        Dictionary<string, string>? definitions = null;
        for (var a = 1; a + 1 < tokens.Count; a++)
        {
            if (Words.Gap(text, tokens, a - 1) is not " (" || !text.AsSpan(tokens[a].End).StartsWith(")") || AcronymCapitals(tokens[a].Text) is not { } capitals)
            {
                continue;
            }
            // Not a word with one capital ("Basarnas"): after a body's name a place ("Institute for Air Research
            // (Lillestrom)") or a faction ("Muslim League (Nawaz)") is bracketed as often as a short name.
            var start = LongFormStart(text, tokens, covered, a - 1, capitals) ?? NameSpelling(tokens, names, a - 1, capitals)
                ?? BodyNamedBefore(text, tokens, names, a - 1) ?? SpelledBeforeAnd(text, tokens, covered, names, a - 1, capitals);
            if (start is null)
            {
                continue;
            }
            var holding = names.FindIndex(n => n.Run.Start < start && n.Run.End >= start);
            if (holding >= 0)
            {
                start = names[holding].Run.Start;
            }
            var run = (start.Value, a - 1);
            var name = EntityRecognizer.NameOf(text, tokens, run);
            names.RemoveAll(n => n.Run.Start <= a - 1 && n.Run.End >= start); // every run the long name overlaps
            names.Insert(InsertionPoint(names, start.Value), (run, name));
            (definitions ??= new(StringComparer.Ordinal))[tokens[a].Text] = name;
        }
        if (definitions is null)
        {
            return false;
        }
        // The acronym stands for the long name from its definition on; before that it may be anything of that name.
        for (var n = 0; n < names.Count; n++)
        {
            var (run, name) = names[n];
            if (run.Start == run.End && definitions.TryGetValue(Words.StripPossessive(tokens[run.Start].Text), out var longName)
                && DefinedBefore(text, tokens, run.Start, Words.StripPossessive(tokens[run.Start].Text)))
            {
                names[n] = (run, longName);
            }
        }
        return true;
    }

    /// <summary>
    /// "the National Institute of Civil Defence (INDECI)", "the Disaster and Emergency Management Authority (AFAD)": a
    /// body abroad is written in English while its acronym keeps its own language's initials. A run of capitalised
    /// words ending right before the bracket that names a body ("Institute", "Authority", "Ministry"…) is what the
    /// acronym stands for; not a place before a news agency's credit ("KYIV, Ukraine (AP)").
    /// </summary>
    private static int? BodyNamedBefore(string text, List<WordToken> tokens, List<((int Start, int End) Run, string Name)> names, int end)
    {
        var holding = names.FindIndex(n => n.Run.End == end);
        if (holding < 0)
        {
            return null;
        }
        var (start, _) = names[holding].Run;
        for (var t = start; t <= end; t++)
        {
            if (EntityRecognizer.BodyHeads.Contains(tokens[t].Key) || OtherBodies.Contains(tokens[t].Key))
            {
                // "Disaster and Emergency Management Authority (AFAD)": the run broke at "and", which the acronym shows is inside.
                // Not after another acronym's bracket: "the Christian-Democratic Union (CDU) and Christian-Social Union (CSU)".
                return holding > 0 && names[holding - 1].Run.End == start - 2 && tokens[start - 1].Text == "and"
                    && Words.Gap(text, tokens, start - 2) is " " && Words.Gap(text, tokens, start - 1) is " " ? names[holding - 1].Run.Start : start;
            }
        }
        return null;
    }

    /// <summary>
    /// "the Nigeria Centre for Disease Control and Prevention (NCDC)": an acronym that leaves out the one word after the
    /// last "and" of its name, where the run broke; the words before the "and" spell it. Not a name of its own after the
    /// "and": "Fernwick Trust and Dalby Group (FT)" are two.
    /// </summary>
    private static int? SpelledBeforeAnd(string text, List<WordToken> tokens, bool[] covered, List<((int Start, int End) Run, string Name)> names,
        int end, string capitals)
    {
        var last = names.FindIndex(n => n.Run.End == end);
        var and = last < 0 || names[last].Run.Start != end ? -1 : end - 1;
        if (and < 2 || tokens[and].Text != "and" || Words.Gap(text, tokens, and - 1) is not " " || Words.Gap(text, tokens, and) is not " ")
        {
            return null;
        }
        return LongFormStart(text, tokens, covered, and - 1, capitals) ?? NameSpelling(tokens, names, and - 1, capitals);
    }

    /// <summary>
    /// "The South African Reserve Bank (SARB)": a name the recognizer already holds, ending right before the bracket,
    /// whose capitalised words' initials spell the acronym, though some of them belong to a gazetteer name ("South
    /// African") that <see cref="LongFormStart"/> does not cross.
    /// </summary>
    private static int? NameSpelling(List<WordToken> tokens, List<((int Start, int End) Run, string Name)> names, int end, string capitals)
    {
        var holding = names.FindIndex(n => n.Run.End == end);
        if (holding < 0)
        {
            return null;
        }
        var (start, _) = names[holding].Run;
        var initials = string.Concat(Enumerable.Range(start, end - start + 1).Where(t => tokens[t].IsCapitalized).Select(t => char.ToUpperInvariant(tokens[t].Text[0])));
        return initials == capitals ? start : null;
    }

    /// <summary>Words for a body besides those that may head a longer name (<see cref="EntityRecognizer.BodyHeads"/>).</summary>
    private static readonly FrozenSet<string> OtherBodies = FrozenSet.ToFrozenSet(
        ["service", "directorate", "administration", "command", "corps", "inspectorate", "secretariat"], StringComparer.Ordinal);

    /// <summary>The capitals of a word that reads as an acronym: two to ten letters, two or more of them capitals ("HHS", "PiS").</summary>
    private static string? AcronymCapitals(string word)
    {
        if (word.Length is < 2 or > 10 || !char.IsUpper(word[0]))
        {
            return null;
        }
        var capitals = new System.Text.StringBuilder();
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return null;
            }
            if (char.IsUpper(c))
            {
                capitals.Append(c);
            }
        }
        return capitals.Length >= 2 ? capitals.ToString() : null;
    }

    /// <summary>
    /// Where the long form of an acronym starts that ends at <paramref name="end"/>: the capitalised words back from there,
    /// skipping minor words and ampersands, whose initials are the acronym's capitals in order. Null when they are not,
    /// or when a gazetteer name, punctuation or a lower-case word other than a minor one comes first.
    /// </summary>
    private static int? LongFormStart(string text, List<WordToken> tokens, bool[] covered, int end, string capitals)
    {
        var letter = capitals.Length - 1;
        for (var t = end; t >= 0; t--)
        {
            if (covered[t] || (t < end && Words.Gap(text, tokens, t) is not (" " or " & ")))
            {
                return null;
            }
            var word = tokens[t];
            if (!word.IsCapitalized)
            {
                if (!MinorWords.Contains(word.Text) || t == end)
                {
                    return null;
                }
                continue;
            }
            if (char.ToUpperInvariant(word.Text[0]) != capitals[letter])
            {
                return null;
            }
            if (--letter < 0)
            {
                return t;
            }
        }
        return null;
    }

    private static bool DefinedBefore(string text, List<WordToken> tokens, int word, string acronym)
    {
        for (var t = 1; t <= word; t++)
        {
            if (tokens[t].Text == acronym && Words.Gap(text, tokens, t - 1) is " (")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "the Law and Justice party", "Turkey's ruling Justice and Development Party", "the Party of Action and Solidarity":
    /// two runs either side of "and" that a party's word closes (after them, or as the last word of the second) or opens
    /// (as the first word of the first, followed by "of" or "for"). Only runs named nowhere else in the article: "the
    /// Republican and Democratic parties" are two, and each comes back on its own.
    /// </summary>
    private static bool JoinPartyNames(string text, List<WordToken> tokens, bool[] covered, List<((int Start, int End) Run, string Name)> names,
        Dictionary<string, (int Count, bool MidSentence)> seen)
    {
        var changed = false;
        for (var n = 0; n + 1 < names.Count; n++)
        {
            var (first, second) = (names[n].Run, names[n + 1].Run);
            if (second.Start != first.End + 2 || tokens[first.End + 1].Text != "and" || Words.Gap(text, tokens, first.End) is not " "
                || Words.Gap(text, tokens, first.End + 1) is not " " || covered[first.End + 1]
                || !OnlyHere(names[n].Name, seen) || !OnlyHere(names[n + 1].Name, seen) || tokens[first.End].IsPossessive
                || GivenNames.Contains(tokens[first.Start].Key) || GivenNames.Contains(tokens[second.Start].Key)) // "Viktor Yanukovych and the…"
            {
                continue;
            }
            var partyAfter = second.End + 1 < tokens.Count && PartyWords.Contains(tokens[second.End + 1].Text) && Words.Gap(text, tokens, second.End) is " ";
            var partyLast = second.End > second.Start && PartyWords.Contains(tokens[second.End].Key);
            var partyFirst = first.End > first.Start + 1 && PartyWords.Contains(tokens[first.Start].Key) && tokens[first.Start + 1].Text is "of" or "for";
            if (!(partyAfter || partyLast || partyFirst))
            {
                continue;
            }
            var run = (first.Start, second.End);
            names[n] = (run, EntityRecognizer.NameOf(text, tokens, run));
            names.RemoveAt(n + 1);
            changed = true;
        }
        return changed;
    }

    private static bool OnlyHere(string name, Dictionary<string, (int Count, bool MidSentence)> seen) =>
        !seen.TryGetValue(name, out var stats) || stats.Count <= 1;

    private static int InsertionPoint(List<((int Start, int End) Run, string Name)> names, int start)
    {
        var i = 0;
        while (i < names.Count && names[i].Run.Start < start)
        {
            i++;
        }
        return i;
    }
}
