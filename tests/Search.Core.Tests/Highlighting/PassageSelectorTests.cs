using Search.Core.Highlighting;
using Search.Core.Text;

namespace Search.Core.Tests.Highlighting;

public sealed class PassageSelectorTests
{
    [Theory]
    [InlineData("SAN FRANCISCO — A federal jury on Tuesday found the former finance chief guilty of fraud in a case that shook the industry.", "…A federal jury")]
    [InlineData("SAN FRANCISCO, -- A federal jury on Tuesday found the former finance chief guilty of fraud in a case that shook the industry.", "…A federal jury")]
    public void A_passage_cut_inside_a_sentence_starts_at_a_word_not_at_a_dash(string text, string opening)
    {
        var jury = text.IndexOf("jury", StringComparison.Ordinal);

        var passage = PassageSelector.Select(text, [new TextSpan(0, text.Length)], [new MatchSpan(jury, jury + 4, "jury")], _ => 1, 1, 80).Single();

        Assert.StartsWith(opening, passage.Text, StringComparison.Ordinal);
    }
}
