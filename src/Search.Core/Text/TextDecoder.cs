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
    /// Decodes UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark; text that is not UTF-8 is
    /// read in the encoding a saved page declares in its first bytes (&lt;meta charset="windows-1251"&gt;), else as
    /// Windows-1252. A stray NUL byte in text is dropped. Bytes that do not read as text either way (an image,
    /// an archive, random bytes) are binary content.
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
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        var firstNul = bytes.IndexOf((byte)0);
        var nuls = firstNul < 0 ? 0 : bytes.Count((byte)0);
        ReadOnlySpan<byte> text = nuls == 0 ? bytes : bytes.ToArray().Where(b => b != 0).ToArray();
        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(text);
        }
        catch (DecoderFallbackException)
        {
            var declared = Declared(text);
            decoded = (declared ?? Windows1252).GetString(text);
            if (LooksLikeText(decoded))
            {
                warning = $"not UTF-8 (first invalid byte at {FirstInvalidUtf8Offset(text)}): read as "
                    + (declared is null ? "Windows-1252" : $"{declared.WebName}, as the file declares");
            }
        }
        if (!LooksLikeText(decoded))
        {
            error = firstNul >= 0 ? $"binary content (NUL byte at offset {firstNul})" : $"binary content: not text in UTF-8 or Windows-1252 (first invalid UTF-8 byte at {FirstInvalidUtf8Offset(text)})";
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

    /// <summary>Whether decoded characters read as text: few control characters besides tabs and line breaks.</summary>
    private static bool LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }
        return controls * 1000L <= MaxControlsPerThousand * (long)Math.Max(text.Length, 1);
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
