using System.Buffers;
using Search.Core.Text;

namespace Search.Core.Extraction;

/// <summary>
/// Finds quoted speech in a paragraph: quotations of at least a few words, or shorter ones that open a sentence and
/// hand over to a speaker (scare quotes around a term are not speech),
/// whether they open with curly or straight quotation marks and whether they span several sentences.
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
        return quotes;
    }

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
        return before.IsEmpty || before[^1] is '.' or '?' or '!' or '"' or '”';
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
