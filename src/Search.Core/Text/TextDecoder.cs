using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Text;

/// <summary>Turns the bytes of an article file into text, or says exactly why it cannot.</summary>
public static partial class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252, the encoding of text saved by older Windows software, for files that are not UTF-8.</summary>
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>
    /// Most control characters a text may hold, per thousand characters, besides tabs and line breaks: random or
    /// binary bytes decode into many more.
    /// </summary>
    private const int MaxControlsPerThousand = 5;

    /// <summary>
    /// Decodes UTF-8 (with or without a byte order mark) and UTF-16 (with one, or with the zero bytes that show it);
    /// text that is not UTF-8 is read in the encoding a saved page declares in its first bytes (&lt;meta
    /// charset="windows-1251"&gt;), else as Windows-1252. A stray NUL byte in text is dropped. Bytes that do not read as
    /// text either way (an image, an archive, random bytes) are binary content.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="error">Set when the bytes are not text.</param>
    /// <param name="warning">Set when the text was read, but not as it stands: NUL bytes dropped, or Windows-1252.</param>
    /// <returns>The decoded text, or <c>null</c> with <paramref name="error"/> set.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? error, out string? warning)
    {
        (error, warning) = (null, null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        var utf8Mark = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        if (utf8Mark)
        {
            bytes = bytes[3..];
        }
        if (Utf16WithoutMark(bytes) is { } utf16 && utf16.GetString(bytes[..(bytes.Length & ~1)]) is var wide && LooksLikeText(wide))
        {
            // "Unicode" text saved by Windows without its mark (or under UTF-8's): every other byte is zero.
            warning = $"{(utf8Mark ? "a UTF-8 byte order mark before UTF-16" : "no byte order mark")}: read as "
                + $"{(utf16 == Encoding.Unicode ? "UTF-16 little-endian" : "UTF-16 big-endian")}, as its zero bytes show";
            return wide;
        }
        var firstNul = bytes.IndexOf((byte)0);
        var nuls = firstNul < 0 ? 0 : bytes.Count((byte)0);
        ReadOnlySpan<byte> text = nuls == 0 ? bytes : bytes.ToArray().Where(b => b != 0).ToArray();
        string decoded;
        var utf8 = true;
        try
        {
            decoded = StrictUtf8.GetString(text);
        }
        catch (DecoderFallbackException)
        {
            var declared = Declared(text);
            decoded = (declared ?? Windows1252).GetString(text);
            utf8 = false;
            if (LooksLikeText(decoded))
            {
                warning = $"not UTF-8 (first invalid byte at {FirstInvalidUtf8Offset(text)}): read as "
                    + (declared is null ? "Windows-1252" : $"{declared.WebName}, as the file declares");
            }
        }
        // Valid UTF-8 with no NUL byte is text: a couple of control characters in it are a word processor's, not noise.
        if (!LooksLikeText(decoded, allowAFew: utf8 && nuls == 0))
        {
            error = firstNul >= 0 ? $"binary content (NUL byte at offset {firstNul})"
                : utf8 ? $"binary content: valid UTF-8, but {ControlCount(decoded):N0} control characters"
                : $"binary content: not text in UTF-8 or Windows-1252 (first invalid UTF-8 byte at {FirstInvalidUtf8Offset(text)})";
            warning = null;
            return null;
        }
        if (nuls > 0)
        {
            warning = (warning is null ? "" : warning + "; ") + $"{nuls:N0} NUL byte(s) dropped, the first at offset {firstNul}";
        }
        return decoded;
    }

    /// <summary>
    /// The encoding a file declares in its first kilobyte, as browsers look for it: a page's &lt;meta charset&gt; or
    /// http-equiv content type, or an XML declaration; null when none is declared, when it declares UTF-8 or UTF-16
    /// (which the bytes are not), or when this machine has no such encoding.
    /// </summary>
    private static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        const int SniffBytes = 1024;
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, SniffBytes)]);
        var match = DeclaredCharset().Match(head);
        var name = match.Groups["meta"].Success ? match.Groups["meta"].Value : match.Groups["xml"].Value;
        if (!match.Success || name.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null; // a name no encoding has
        }
    }

    [GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?(?<meta>[A-Za-z0-9_.:-]+)|<\?xml\b[^>]*?encoding\s*=\s*[""'](?<xml>[A-Za-z0-9_.:-]+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    /// <summary>
    /// Whether decoded characters read as text: few control characters besides tabs and line breaks, or, when
    /// <paramref name="allowAFew"/>, a couple in a short text (a stray U+0096 in a note of a hundred characters).
    /// </summary>
    private static bool LooksLikeText(string text, bool allowAFew = false)
    {
        const int AFew = 3;
        var controls = ControlCount(text);
        return (allowAFew && controls <= AFew) || controls * 1000L <= MaxControlsPerThousand * (long)Math.Max(text.Length, 1);
    }

    /// <summary>Control characters that are no tab or line break: the vertical tab and next line (U+0085) break lines too.</summary>
    private static int ControlCount(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v' or '\u0085'))
            {
                controls++;
            }
        }
        return controls;
    }

    /// <summary>
    /// UTF-16 of the byte order the zero bytes show, for text without a byte order mark: most characters of most
    /// scripts in Latin letters have a zero high byte, so one of each pair is zero in at least a third of the pairs.
    /// Bytes that are no text either way (zeros in both) then read as control characters, and are refused as such.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        const int MinPairs = 2;
        var pairs = bytes.Length / 2;
        if (pairs < MinPairs)
        {
            return null;
        }
        var (evenZeros, oddZeros) = (0, 0);
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        return oddZeros * 3 >= pairs ? Encoding.Unicode : evenZeros * 3 >= pairs ? Encoding.BigEndianUnicode : null;
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return offset;
    }
}
