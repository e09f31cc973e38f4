using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Indexing;

/// <summary>
/// Drops the thousands separators of a number written in digit groups, so "3,381" and "3381" are one term: a
/// fact-checker types a figure either way, and the article may print it either way. Only commas between groups of
/// exactly three digits go ("1,000,000", "3,381.5"); a list such as "1,2" and decimals keep their form.
/// </summary>
internal sealed class DigitGroupFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public DigitGroupFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (length > 4 && char.IsAsciiDigit(buffer[0]) && IsGrouped(buffer, length))
        {
            var kept = 0;
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] != ',')
                {
                    buffer[kept++] = buffer[i];
                }
            }
            _term.Length = kept;
        }
        return true;
    }

    /// <summary>One to three digits, then one or more ",ddd", then optionally a decimal part.</summary>
    private static bool IsGrouped(char[] buffer, int length)
    {
        var i = 0;
        while (i < length && char.IsAsciiDigit(buffer[i]))
        {
            i++;
        }
        if (i > 3)
        {
            return false;
        }
        var groups = 0;
        while (i + 3 < length && buffer[i] == ',' && char.IsAsciiDigit(buffer[i + 1]) && char.IsAsciiDigit(buffer[i + 2]) && char.IsAsciiDigit(buffer[i + 3]))
        {
            i += 4;
            groups++;
        }
        if (groups == 0)
        {
            return false;
        }
        if (i == length)
        {
            return true;
        }
        if (buffer[i] != '.' || i + 1 == length)
        {
            return false;
        }
        for (var j = i + 1; j < length; j++)
        {
            if (!char.IsAsciiDigit(buffer[j]))
            {
                return false;
            }
        }
        return true;
    }
}
