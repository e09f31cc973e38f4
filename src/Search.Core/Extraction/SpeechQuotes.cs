using System.Buffers;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds quoted speech in a paragraph: quotations of at least a few words, or shorter ones that open a sentence and
/// hand over to a speaker (scare quotes around a term are not speech),
/// whether they open with curly or straight quotation marks and whether they span several sentences. Single quotation
/// marks, as British copy quotes speech ('We will not back down,' he said), count where they cannot be apostrophes:
/// one opens before a word and after a space, and closes after the punctuation that ends or hands over speech.
/// </summary>
internal static class SpeechQuotes
{
    private const int MinWords = 4;

    /// <summary>The inner spans of the quotations in <paramref name="paragraph"/>.</summary>
    public static IReadOnlyList<TextSpan> In(string text, TextSpan paragraph)
    {
        var quotes = new List<TextSpan>();
        var open = -1;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            // Most characters are not quotation marks: jump to the next one with a vectorised scan.
            var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(QuotationMarks);
            if (next < 0)
            {
                break;
            }
            i += next;
            var c = text[i];
            var opening = c == '“' || (c == '"' && open < 0);
            var closing = c == '”' || (c == '"' && open >= 0);
            if (opening && open < 0)
            {
                open = i;
            }
            else if (closing && open >= 0)
            {
                var inner = TextSpan.FromBounds(open + 1, i);
                if (HasWords(text, inner, MinWords) || (IsShortSpeech(text, paragraph, inner) && HasWords(text, inner, 2)))
                {
                    quotes.Add(inner);
                }
                open = -1;
            }
            i++;
        }
        if (text.AsSpan(paragraph.Start, paragraph.Length).ContainsAny(SingleMarks))
        {
            AddSingleQuoted(text, paragraph, quotes);
        }
        return quotes;
    }

    private static void AddSingleQuoted(string text, TextSpan paragraph, List<TextSpan> quotes)
    {
        var doubles = quotes.Count;
        var i = paragraph.Start;
        while (i < paragraph.End)
        {
            var next = text.AsSpan(i, paragraph.End - i).IndexOfAny(SingleMarks);
            if (next < 0)
            {
                break;
            }
            var open = i + next;
            i = open + 1;
            // Inside a double-quoted quote a single-quoted one is a quote within speech, not speech of its own.
            if (!OpensSingle(text, paragraph, open) || quotes.Take(doubles).Any(q => q.Start <= open && open < q.End))
            {
                continue;
            }
            var close = SingleClose(text, paragraph, open);
            if (close < 0)
            {
                continue;
            }
            var inner = TextSpan.FromBounds(open + 1, close);
            if (text.AsSpan(inner.Start, inner.Length).IndexOfAny(QuotationMarks) < 0
                && (HasWords(text, inner, MinWords) || (IsShortSpeech(text, paragraph, inner) && HasWords(text, inner, 2))))
            {
                quotes.Add(inner);
            }
            i = close + 1;
        }
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>An opening single quotation mark: after the paragraph's start, a space or a bracket, before a word.</summary>
    private static bool OpensSingle(string text, TextSpan paragraph, int at) =>
        at + 1 < paragraph.End && char.IsLetterOrDigit(text[at + 1])
        && (at == paragraph.Start || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or '[' or '—' or '–');

    /// <summary>
    /// The mark that closes the single quote opened at <paramref name="open"/>: one after ",", ".", "?" or "!" and before a
    /// space or the paragraph's end, or one right before such punctuation ("a disaster', he said"). A plural's apostrophe
    /// ("the workers' union") is neither. -1 when another quote opens first (the first was an apostrophe: "rock 'n' roll").
    /// </summary>
    private static int SingleClose(string text, TextSpan paragraph, int open)
    {
        for (var j = open + 2; j < paragraph.End; j++)
        {
            if (text[j] is '‘' or '\'' && OpensSingle(text, paragraph, j))
            {
                return -1;
            }
            if (text[j] is not ('’' or '\'') || char.IsWhiteSpace(text[j - 1]))
            {
                continue;
            }
            var after = j + 1 < paragraph.End ? text[j + 1] : ' ';
            if ((text[j - 1] is ',' or '.' or '?' or '!' && (char.IsWhiteSpace(after) || after is ')' or '—' or '–'))
                || (char.IsLetterOrDigit(text[j - 1]) && after is ',' or '.' or '?' or '!' or ';' or ':'))
            {
                return j;
            }
        }
        return -1;
    }

    private static readonly SearchValues<char> SingleMarks = SearchValues.Create("‘'");

    /// <summary>
    /// A short quote is speech when it opens a sentence and ends with the punctuation that hands over to its speaker
    /// or ends it: "“It's a tragedy,” said Maria Santos", "“People are starving.”". Scare quotes stand inside a
    /// sentence ("struck “military targets,” and").
    /// </summary>
    private static bool IsShortSpeech(string text, TextSpan paragraph, TextSpan inner)
    {
        if (inner.Length == 0 || text[inner.End - 1] is not (',' or '?' or '!' or '.'))
        {
            return false;
        }
        var before = text.AsSpan(paragraph.Start, inner.Start - 1 - paragraph.Start).TrimEnd();
        return before.IsEmpty || before[^1] is '.' or '?' or '!' or '"' or '”' or '’' or '\'';
    }

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”");

    private static bool HasWords(string text, TextSpan span, int count)
    {
        var i = span.Start;
        for (var found = 0; found < count; found++)
        {
            if (!Words.Next(text, ref i, span.End, out _))
            {
                return false;
            }
        }
        return true;
    }
}
