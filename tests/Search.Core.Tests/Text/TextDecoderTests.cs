using System.Text;
using Search.Core.Text;

namespace Search.Core.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void A_UTF8_byte_order_mark_is_dropped()
    {
        var text = TextDecoder.TryDecode([0xEF, 0xBB, 0xBF, .. "Kyiv"u8], out var error);

        Assert.Null(error);
        Assert.Equal("Kyiv", text);
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_decoded()
    {
        var text = TextDecoder.TryDecode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Zelenskyy – Київ")], out var error);

        Assert.Null(error);
        Assert.Equal("Zelenskyy – Київ", text);
    }

    [Fact]
    public void Invalid_UTF8_is_an_error_naming_the_byte()
    {
        var text = TextDecoder.TryDecode([.. "Seoul "u8, 0xC3, 0x28, .. " more"u8], out var error);

        Assert.Null(text);
        Assert.StartsWith("invalid UTF-8 near byte 6", error, StringComparison.Ordinal);
    }

    [Fact]
    public void NUL_bytes_mean_binary_content()
    {
        var text = TextDecoder.TryDecode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], out var error);

        Assert.Null(text);
        Assert.Contains("binary", error, StringComparison.Ordinal);
    }
}
