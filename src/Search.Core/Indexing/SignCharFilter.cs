using System.Buffers;
using Lucene.Net.Analysis.CharFilters;

namespace Search.Core.Indexing;

/// <summary>
/// Reads two signs that tokenizing would drop or split on before it runs. "%" becomes the word " percent ": "40%" is
/// then the words "40 percent", found by "40%", "40 percent" and (a synonym) "40 per cent", and no longer by a bare
/// "40" of forty people killed. "&amp;" goes, so "AT&amp;T", "M&amp;S" and "S&amp;P" are one word each ("att"), not "at" (a stop
/// word) and "t", which matched every "T-Mobile"; "Smith &amp; Sons" keeps its two words. Offsets are corrected, so
/// the word "percent" marks the sign itself and "att" marks all of "AT&amp;T".
/// </summary>
internal sealed class SignCharFilter : BaseCharFilter
{
    private const string Word = " percent ";
    private static readonly SearchValues<char> Signs = SearchValues.Create("%&");
    // Pooled: a filter reads each field value, and the entity names of an article are many short values.
    private char[]? _input = ArrayPool<char>.Shared.Rent(1024);
    private int _inputAt;
    private int _inputLength;
    private int _wordAt = Word.Length;
    private int _read;
    private int _written;

    public SignCharFilter(TextReader input) : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_wordAt < Word.Length)
            {
                var word = Math.Min(Word.Length - _wordAt, count - written);
                Word.CopyTo(_wordAt, buffer, index + written, word);
                _wordAt += word;
                written += word;
                _written += word;
                continue;
            }
            var input = _input ?? throw new ObjectDisposedException(nameof(SignCharFilter));
            if (_inputAt == _inputLength)
            {
                _inputLength = m_input.Read(input, 0, input.Length);
                _inputAt = 0;
                if (_inputLength <= 0)
                {
                    _inputLength = 0;
                    break;
                }
            }
            var run = Math.Min(_inputLength - _inputAt, count - written);
            var found = input.AsSpan(_inputAt, run).IndexOfAny(Signs);
            var sign = found < 0 ? -1 : _inputAt + found;
            var plain = sign < 0 ? run : sign - _inputAt;
            Array.Copy(input, _inputAt, buffer, index + written, plain);
            _inputAt += plain;
            _read += plain;
            written += plain;
            _written += plain;
            if (sign >= 0 && input[sign] == '&')
            {
                // Dropped: what follows is one character further on in the input.
                _inputAt++;
                _read++;
                AddOffCorrectMap(_written, _read - _written);
            }
            else if (sign >= 0)
            {
                // The word's letters stand for the sign; what follows it is where it was, one character on.
                AddOffCorrectMap(_written + 1, _read - _written - 1);
                AddOffCorrectMap(_written + Word.Length - 1, _read + 1 - (_written + Word.Length - 1));
                AddOffCorrectMap(_written + Word.Length, _read + 1 - (_written + Word.Length));
                _inputAt++;
                _read++;
                _wordAt = 0;
            }
        }
        return written == 0 && count > 0 ? -1 : written;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _input is { } input)
        {
            _input = null;
            ArrayPool<char>.Shared.Return(input);
        }
        base.Dispose(disposing);
    }
}
