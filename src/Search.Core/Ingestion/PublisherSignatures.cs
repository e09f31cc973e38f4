using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// Finds the lines publishers add around an article — credit lines, "read the original" links, donation
/// appeals — cuts them from the searchable body and keeps them as evidence, reading outlet names from them.
/// Works on normalised text, where each paragraph is one line.
/// </summary>
internal static partial class PublisherSignatures
{
    /// <summary>The body without publisher text, the outlets the signatures name, and the text that was cut.</summary>
    public sealed record Result(string Body, string? Outlet, string? Original, IReadOnlyList<Evidence> Evidence);

    /// <summary>Separates publisher text from the article text.</summary>
    public static Result Strip(string text)
    {
        var paragraphs = text.Split(TextNormalizer.ParagraphSeparator);
        var kept = new List<string>(paragraphs.Length);
        var evidence = new List<Evidence>();
        string? outlet = null;
        string? original = null;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var paragraph = paragraphs[i];
            if (AppealStart().Match(paragraph) is { Success: true } appeal)
            {
                var end = FindAppealEnd(paragraphs, i);
                outlet ??= CleanName(appeal.Groups["outlet"].Value);
                evidence.Add(new Evidence(EvidenceKind.Appeal, string.Join('\n', paragraphs[i..(end + 1)])));
                i = end;
                continue;
            }
            if (ReadOriginal().Match(paragraph) is { Success: true } readOriginal)
            {
                outlet ??= CleanName(readOriginal.Groups["outlet"].Value);
                evidence.Add(new Evidence(EvidenceKind.OutletSignature, paragraph));
                continue;
            }
            if (PageFurniture().IsMatch(paragraph))
            {
                evidence.Add(new Evidence(EvidenceKind.PageFurniture, paragraph));
                continue;
            }
            if (OriginallyPublished().Match(paragraph) is { Success: true } reprint)
            {
                original ??= CleanName(reprint.Groups["original"].Value);
                evidence.Add(new Evidence(EvidenceKind.OriginalSignature, paragraph));
                continue;
            }
            kept.Add(paragraph);
        }
        return new Result(string.Join(TextNormalizer.ParagraphSeparator, kept), outlet, original, evidence);
    }

    /// <summary>An appeal runs to its "Remind me later." button text, or to the end of the article when that is missing.</summary>
    private static int FindAppealEnd(string[] paragraphs, int start)
    {
        for (var j = start + 1; j < paragraphs.Length; j++)
        {
            if (AppealEnd().IsMatch(paragraphs[j]))
            {
                return j;
            }
        }
        return paragraphs.Length - 1;
    }

    private static string CleanName(string name) => name.Trim().TrimEnd('.', ',', ';', ':', '!').Trim();

    [GeneratedRegex(@"^A (?:Message|Note|Word) from (?<outlet>[^:\n]{2,80}):?$", RegexOptions.CultureInvariant)]
    private static partial Regex AppealStart();

    /// <summary>
    /// "Advertisement", "Story continues below advertisement", "Read more: How Yungay was buried in 1970": a paragraph
    /// that is an ad slot's label, or a link of a line to another story.
    /// </summary>
    [GeneratedRegex(@"^(?:advertisement|advertising|sponsored(?: content)?|story continues below(?: this)? advertisement|continue reading below|(?:read more|also read|read also|related|see also|more on this story)\s*:[^\n]{1,150})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PageFurniture();

    [GeneratedRegex(@"^Remind me later\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AppealEnd();

    [GeneratedRegex(@"^(?:Read|View|See) (?:the )?original (?:article|story|post) (?:on|at|in) (?<outlet>.{2,80}?)\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReadOriginal();

    [GeneratedRegex(@"^(?:This|The) (?:article|story|report|piece|post) (?:was |is |has been )?(?:originally|first) (?:published|appeared|posted|ran) (?:by|on|in|at) (?<original>.{2,80}?)(?:,? and (?:is|was|has been) (?:re-?published|reprinted|republished|reproduced|shared)[^.]*)?\.?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyPublished();
}
