using System.Buffers;
using System.Collections.Frozen;

namespace Search.Core.Extraction;

/// <summary>
/// Whether a text holds any of a few words as a whole word ("March", not "Marching" or "Mark"): a cheap test that
/// lets a costly pattern skip the texts it cannot match. It may answer yes for a text the pattern then does not match
/// (the word is there, the rest of the pattern is not); it never answers no for one the pattern would match, as long
/// as every match of the pattern contains one of the words followed by a character that is not a letter.
/// </summary>
internal sealed class WordCue
{
    private readonly SearchValues<string> _starts;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;

    public WordCue(IEnumerable<string> words, bool ignoreCase = false)
    {
        var list = words.ToArray();
        _starts = SearchValues.Create(list, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        _words = list.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether <paramref name="text"/> contains one of the words, ending where its letters end.</summary>
    public bool IsIn(ReadOnlySpan<char> text)
    {
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOfAny(_starts);
            if (hit < 0)
            {
                return false;
            }
            var start = from + hit;
            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            if (_words.Contains(text[start..end]))
            {
                return true;
            }
            from = start + 1;
        }
        return false;
    }
}
