using System.Buffers;
using System.Collections.Frozen;

namespace Search.Core.Text;

/// <summary>
/// Splits English news text into sentences, keeping each sentence's offsets in the text.
/// Line breaks always end a sentence (normalised text puts one paragraph per line); inside a line a
/// period, question mark, exclamation mark or ellipsis ends one unless the rules below say otherwise.
/// </summary>
/// <remarks>
/// The rules follow the "golden rules" used to evaluate sentence boundary detectors: titles before names
/// ("Lt. Gen. Kim") never end a sentence, "No. 2" and "Dec. 26" do not either, acronyms with inner periods
/// ("U.S.", "a.m.") end one only when a typical sentence opener follows ("in the U.S. How…"), and
/// anything followed by a lower-case word continues (<c>"Why?" she said</c>).
/// </remarks>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> TitlesBeforeNames = FrozenSet.ToFrozenSet(
    [
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Gov", "Sen", "Rep",
        "Reps", "Sens", "Gens", "Rev", "Hon", "St", "Mt", "Ft", "Pvt", "Cpl", "Cmdr", "Cdr", "Brig", "Pres", "Supt", "Insp",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeforeNumbers = FrozenSet.ToFrozenSet(
    [
        "No", "Nos", "no", "Art", "Vol", "vol", "pp", "p", "Fig", "fig", "Ch", "ch", "Sec", "sec", "Para", "para", "Nr", "approx", "ca",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> AmbiguousAbbreviations = FrozenSet.ToFrozenSet(
    [
        "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "etc", "vs", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "est", "cf", "al",
    ], StringComparer.Ordinal);

    /// <summary>Words that typically open a sentence; after an ambiguous abbreviation they signal a boundary.</summary>
    private static readonly FrozenSet<string> SentenceOpeners = FrozenSet.ToFrozenSet(
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "This",
        "That", "These", "Those", "There", "Here", "How", "What", "Why", "When", "Where", "Who", "Which", "But", "And",
        "Or", "So", "Yet", "In", "On", "At", "For", "If", "As", "After", "Before", "Since", "While", "Meanwhile",
        "However", "Also", "Some", "Many", "Most", "Such", "Both", "Each", "Every", "Earlier", "Later", "Then", "Now",
        "According", "Officials", "Authorities",
    ], StringComparer.Ordinal);

    private static readonly SearchValues<char> BoundaryCandidates = SearchValues.Create(".!?…•◦▪");

    // Lookups by span, so that checking the words around a period allocates nothing.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitlesBeforeNamesBySpan = TitlesBeforeNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumbersBySpan = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousAbbreviationsBySpan = AmbiguousAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpenersBySpan = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the sentences of <paramref name="text"/> in order, trimmed of spaces and list bullets.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<TextSpan> sentences)
    {
        var sentenceStart = SkipBulletsAndSpaces(text, start, end);
        var i = sentenceStart;
        while (i < end)
        {
            // Most characters cannot end a sentence: jump to the next one that might, with a vectorised scan.
            var candidate = text.AsSpan(i, end - i).IndexOfAny(BoundaryCandidates);
            if (candidate < 0)
            {
                break;
            }
            i += candidate;
            var c = text[i];
            if (c is '•' or '◦' or '▪' && i > sentenceStart && text[i - 1] == ' ')
            {
                // An inline bullet starts a new item.
                Add(sentences, text, sentenceStart, i);
                sentenceStart = SkipBulletsAndSpaces(text, i, end);
                i = sentenceStart;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '…'))
            {
                i++;
                continue;
            }
            var punctuationStart = i;
            while (i < end && text[i] is '.' or '!' or '?' or '…')
            {
                i++;
            }
            var punctuationEnd = i;
            while (i < end && IsClosingMark(text[i]))
            {
                i++;
            }
            if (i < end && text[i] != ' ')
            {
                continue; // "3.5", "U.S.", "a.m.," — no space, no boundary.
            }
            var next = i;
            while (next < end && text[next] == ' ')
            {
                next++;
            }
            if (next >= end || EndsSentence(text, sentenceStart, punctuationStart, punctuationEnd, next, end))
            {
                Add(sentences, text, sentenceStart, i);
                sentenceStart = SkipBulletsAndSpaces(text, next, end);
                i = sentenceStart;
            }
        }
        Add(sentences, text, sentenceStart, end);
    }

    private static bool EndsSentence(string text, int sentenceStart, int punctuationStart, int punctuationEnd, int next, int end)
    {
        var nextWord = WordAt(text, next, end);
        var nextFirst = FirstLetterOrDigit(text, next, end);
        if (nextFirst is { } f && char.IsLower(f))
        {
            return false;
        }
        var punctuation = text.AsSpan(punctuationStart, punctuationEnd - punctuationStart);
        if (punctuation.ContainsAny('?', '!') || punctuation.Contains('…') || punctuation.Length > 1)
        {
            return true;
        }
        var previous = WordBefore(text, sentenceStart, punctuationStart);
        if (previous.Length == 0)
        {
            return true;
        }
        if (TitlesBeforeNamesBySpan.Contains(previous))
        {
            return false;
        }
        var nextIsNumber = nextFirst is { } d && char.IsDigit(d);
        if (nextIsNumber && BeforeNumbersBySpan.Contains(previous))
        {
            return false;
        }
        if (previous.Length == 1 && char.IsUpper(previous[0]))
        {
            return false; // an initial: "J. K. Rowling", "Kim J. Un"
        }
        // "U.S.", "a.m." are abbreviations; "0.4%." and "$1.5." are numbers that end a sentence.
        if ((previous.Contains('.') && !previous.ContainsAnyInRange('0', '9')) || AmbiguousAbbreviationsBySpan.Contains(previous))
        {
            return SentenceOpenersBySpan.Contains(nextWord) || nextWord.Length == 0;
        }
        return true;
    }

    /// <summary>The word just before a period, without opening quotes or brackets and without its final period.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int sentenceStart, int punctuationStart)
    {
        var start = punctuationStart;
        while (start > sentenceStart && text[start - 1] != ' ')
        {
            start--;
        }
        while (start < punctuationStart && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }
        return text.AsSpan(start, punctuationStart - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start, int end)
    {
        while (start < end && IsOpeningMark(text[start]))
        {
            start++;
        }
        var stop = start;
        while (stop < end && char.IsLetter(text[stop]))
        {
            stop++;
        }
        return text.AsSpan(start, stop - start);
    }

    private static char? FirstLetterOrDigit(string text, int start, int end)
    {
        while (start < end && IsOpeningMark(text[start]))
        {
            start++;
        }
        return start < end && char.IsLetterOrDigit(text[start]) ? text[start] : null;
    }

    private static bool IsClosingMark(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»' or '›';

    private static bool IsOpeningMark(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '‹';

    private static int SkipBulletsAndSpaces(string text, int start, int end)
    {
        while (start < end && (text[start] is ' ' or '•' or '◦' or '▪' or '‣' || (text[start] is '-' or '*' && start + 1 < end && text[start + 1] == ' ')))
        {
            start++;
        }
        return start;
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(TextSpan.FromBounds(start, end));
        }
    }
}
