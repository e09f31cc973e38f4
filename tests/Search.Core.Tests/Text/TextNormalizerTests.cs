using Search.Core.Text;

namespace Search.Core.Tests.Text;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Daily \u202Eswen\u202C Wire", "Daily swen Wire")] // an override that would show "news" as "swen"
    [InlineData("\u2067Kyiv\u2069 Post", "Kyiv Post")]
    [InlineData("\u202Bمرحبا\u202C", "مرحبا")]
    [InlineData("Tel Aviv \u200Fמחר", "Tel Aviv \u200Fמחר")] // a mark stays
    public void Directional_overrides_embeddings_and_isolates_are_not_text(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
        Assert.Equal(expected, TextNormalizer.NormalizeInline(text));
    }

    [Theory]
    [InlineData(" Leading space.", "Leading space.")]
    [InlineData("Trailing space. ", "Trailing space.")]
    [InlineData("Two  spaces.", "Two spaces.")]
    [InlineData("Tab\there.", "Tab here.")]
    [InlineData("Plain text, already tidy.", "Plain text, already tidy.")]
    public void Plain_ascii_lines_are_tidied_like_any_other(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void A_tidy_line_is_returned_as_it_is_without_a_copy()
    {
        var tidy = "Officials said 3,000 troops were deployed (about 10% of the force) — “heavy losses”.";
        var ascii = "Officials said 3,000 troops were deployed.";

        Assert.Same(tidy, TextNormalizer.Normalize(tidy));
        Assert.Same(ascii, TextNormalizer.Normalize(ascii));
    }

    [Theory]
    [InlineData("He said “no”\u200B today.", "He said “no” today.")]
    [InlineData("Kyiv’s mayor\u00A0spoke.", "Kyiv’s mayor spoke.")]
    [InlineData("Kyiv’s mayor \u0007spoke.", "Kyiv’s mayor spoke.")]
    [InlineData("A café, then Zelensky\u0301.", "A café, then Zelensk\u00FD.")]
    public void What_follows_a_legitimate_non_ascii_character_is_still_checked(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Text_is_composed_to_NFC()
    {
        Assert.Equal("Zelensk\u00FD", TextNormalizer.Normalize("Zelensky\u0301"));
    }

    [Fact]
    public void Each_line_becomes_a_paragraph_and_blank_lines_collapse()
    {
        var normalized = TextNormalizer.Normalize("  First line.\r\n\r\n\r\nSecond\tline  with   gaps.\rThird.\n");

        Assert.Equal("First line.\n\nSecond line with gaps.\n\nThird.", normalized);
    }

    [Fact]
    public void Invisible_characters_that_split_words_are_removed_but_emoji_joiners_stay()
    {
        var normalized = TextNormalizer.Normalize("Zelen\u00ADsky\u200B said \uFEFF👨\u200D👩\u200D👧");

        Assert.Equal("Zelensky said 👨\u200D👩\u200D👧", normalized);
        // Inside a Latin word a joiner joins nothing: it goes. In other scripts it shapes letters and stays.
        Assert.Equal("Zelensky", TextNormalizer.Normalize("Ze\u200Dlen\u200Csky"));
        Assert.Equal("क्\u200Dष", TextNormalizer.Normalize("क्\u200Dष"));
    }

    [Fact]
    public void Block_normalisation_joins_wrapped_lines_but_keeps_list_items_apart()
    {
        var normalized = TextNormalizer.NormalizeBlocks("A wrapped\nparagraph.\n\n- first item\n- second item\nNext paragraph");

        Assert.Equal("A wrapped paragraph.\n\n- first item\n\n- second item Next paragraph", normalized);
    }
}
