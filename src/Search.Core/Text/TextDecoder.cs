using System.Text;

namespace Search.Core.Text;

/// <summary>Turns the bytes of an article file into text, or says exactly why it cannot.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Decodes UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark.
    /// Files holding NUL bytes are treated as binary, because no text format we read contains them.
    /// </summary>
    /// <returns>The decoded text, or <c>null</c> with <paramref name="error"/> set.</returns>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
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
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"binary content (NUL byte at offset {nul})";
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            error = $"invalid UTF-8 near byte {FirstInvalidUtf8Offset(bytes)}: {ex.Message}";
            return null;
        }
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return offset;
    }
}
