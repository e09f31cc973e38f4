using Search.Core.Text;

namespace Search.Core.Tests.Text;

public sealed class TextNormalizerTests
{
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
    }

    [Fact]
    public void Block_normalisation_joins_wrapped_lines_but_keeps_list_items_apart()
    {
        var normalized = TextNormalizer.NormalizeBlocks("A wrapped\nparagraph.\n\n- first item\n- second item\nNext paragraph");

        Assert.Equal("A wrapped paragraph.\n\n- first item\n\n- second item Next paragraph", normalized);
    }
}
