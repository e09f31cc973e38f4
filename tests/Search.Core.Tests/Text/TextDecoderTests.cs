using System.Text;
using Search.Core.Text;

namespace Search.Core.Tests.Text;

public sealed class TextDecoderTests
{
    [Fact]
    public void A_UTF8_byte_order_mark_is_dropped()
    {
        var text = TextDecoder.TryDecode([0xEF, 0xBB, 0xBF, .. "Kyiv"u8], out var error, out var warning);

        Assert.Equal(("Kyiv", null, null), (text, error, warning));
    }

    [Fact]
    public void UTF16_with_a_byte_order_mark_is_decoded()
    {
        var text = TextDecoder.TryDecode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Zelenskyy – Київ")], out var error, out _);

        Assert.Null(error);
        Assert.Equal("Zelenskyy – Київ", text);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_read_as_Windows_1252_with_a_warning_naming_the_byte()
    {
        // "Café – “Cáceres”" as Windows-1252 writes it: é is 0xE9, the dash 0x96, the quotation marks 0x93 and 0x94.
        var text = TextDecoder.TryDecode([.. "Caf"u8, 0xE9, 0x20, 0x96, 0x20, 0x93, .. "C"u8, 0xE1, .. "ceres"u8, 0x94], out var error, out var warning);

        Assert.Null(error);
        Assert.Equal("Café – “Cáceres”", text);
        Assert.Equal("not UTF-8 (first invalid byte at 3): read as Windows-1252", warning);
    }

    [Theory]
    [InlineData("<html><head><meta charset=\"windows-1251\"><title>", "windows-1251")]
    [InlineData("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><title>", "windows-1251")]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><title>", "windows-1251")]
    [InlineData("<html><head><meta charset=\"KOI8-R\"><title>", "koi8-r")]
    public void A_page_that_is_not_UTF8_is_read_in_the_encoding_it_declares(string head, string encoding)
    {
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(encoding)!.GetBytes(head + "Волжская правда</title>");

        var text = TextDecoder.TryDecode(bytes, out var error, out var warning);

        Assert.Null(error);
        Assert.EndsWith("Волжская правда</title>", text, StringComparison.Ordinal);
        Assert.EndsWith($"read as {encoding}, as the file declares", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"utf-8\">")] // declared wrongly: the bytes are not UTF-8
    [InlineData("<meta charset=\"no-such-encoding\">")]
    public void A_declared_encoding_that_does_not_hold_falls_back_to_Windows_1252(string head)
    {
        var text = TextDecoder.TryDecode([.. System.Text.Encoding.ASCII.GetBytes(head), .. "Caf"u8, 0xE9], out var error, out var warning);

        Assert.Null(error);
        Assert.EndsWith("Café", text, StringComparison.Ordinal);
        Assert.EndsWith("read as Windows-1252", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_NUL_byte_in_text_is_dropped_with_a_warning()
    {
        var text = TextDecoder.TryDecode([.. "Miners returned to the pits on Monday."u8, 0x00, .. " The ministry said 14 pits remained closed."u8], out var error, out var warning);

        Assert.Null(error);
        Assert.Equal("Miners returned to the pits on Monday. The ministry said 14 pits remained closed.", text);
        Assert.Equal("1 NUL byte(s) dropped, the first at offset 38", warning);
    }

    [Fact]
    public void Bytes_that_read_as_no_text_are_binary_content()
    {
        var random = new byte[4000];
        new Random(7).NextBytes(random);

        Assert.Null(TextDecoder.TryDecode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D], out var png, out _));
        Assert.Contains("binary", png, StringComparison.Ordinal);
        Assert.Null(TextDecoder.TryDecode(random, out var junk, out var warning));
        Assert.Contains("binary", junk, StringComparison.Ordinal);
        Assert.Null(warning);
        Assert.Null(TextDecoder.TryDecode(random.Where(b => b != 0).ToArray(), out var noNuls, out _));
        Assert.StartsWith("binary content: not text in UTF-8 or Windows-1252", noNuls, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\v")] // a word processor's line break
    [InlineData("\u0085")] // next line
    [InlineData("\u0096")] // a Windows-1252 dash read as Latin-1 once
    public void A_control_character_in_a_short_UTF_8_text_loses_no_article(string control)
    {
        var text = TextDecoder.TryDecode(Encoding.UTF8.GetBytes($"The dam burst.{control}The mayor said 12 people died."), out var error, out _);

        Assert.Null(error);
        Assert.Equal($"The dam burst.{control}The mayor said 12 people died.", text);
    }

    [Fact]
    public void Vertical_tabs_and_next_lines_are_line_breaks_however_many()
    {
        var lines = string.Join("\v", Enumerable.Repeat("The mayor said 12 people died.", 10)) + "\u0085" + string.Join("\u0085", Enumerable.Repeat("More rain is due.", 10));

        Assert.Equal(lines, TextDecoder.TryDecode(Encoding.UTF8.GetBytes(lines), out _, out _));
    }

    [Fact]
    public void Valid_UTF_8_full_of_control_characters_is_binary_for_that_reason()
    {
        TextDecoder.TryDecode(Encoding.UTF8.GetBytes("Text\u0001\u0002\u0003\u0004\u0005\u0006\u0007 more"), out var error, out _);

        Assert.Equal("binary content: valid UTF-8, but 7 control characters", error);
    }

    [Theory]
    [InlineData("utf-16LE", "UTF-16 little-endian")]
    [InlineData("utf-16BE", "UTF-16 big-endian")]
    public void UTF_16_without_a_byte_order_mark_is_read_by_its_zero_bytes(string encoding, string read)
    {
        const string Story = "São Paulo: the mayor, Jürgen Müller, said 12 people died.";
        var bytes = Encoding.GetEncoding(encoding).GetBytes(Story);

        var text = TextDecoder.TryDecode(bytes, out var error, out var warning);
        var afterUtf8Mark = TextDecoder.TryDecode([0xEF, 0xBB, 0xBF, .. bytes], out _, out var markWarning);

        Assert.Null(error);
        Assert.Equal(Story, text);
        Assert.Equal($"no byte order mark: read as {read}, as its zero bytes show", warning);
        Assert.Equal(Story, afterUtf8Mark);
        Assert.Equal($"a UTF-8 byte order mark before UTF-16: read as {read}, as its zero bytes show", markWarning);
    }
}
