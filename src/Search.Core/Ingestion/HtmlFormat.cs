using System.Net;
using System.Text.RegularExpressions;
using Search.Core.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// A saved web page (.html, .htm): the headline from its <c>og:title</c>, its first <c>&lt;h1&gt;</c> or its
/// <c>&lt;title&gt;</c> without the site's name; the outlet, date and address from the meta tags news sites write
/// (<c>og:site_name</c>, <c>article:published_time</c> or a <c>&lt;time datetime&gt;</c>, <c>og:url</c> or the canonical
/// link); and the text of its <c>&lt;article&gt;</c> (or <c>&lt;body&gt;</c>, or the whole page) read as
/// <see cref="ScrapedHtml"/> reads any page, its head dropped, without the headline it repeats.
/// </summary>
internal sealed partial class HtmlFormat : IArticleFormat
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    public ParsedFile? Parse(string text, string file, ICollection<IngestionIssue> issues)
    {
        var outlet = Meta(text, "og:site_name");
        var title = Meta(text, "og:title") ?? Inner(Heading(), text) ?? WithoutSiteName(Inner(TitleElement(), text), outlet);
        PartialDate? published = null;
        if ((Meta(text, "article:published_time") ?? Attribute(TimeElement(), text)) is { } dateText)
        {
            if (PublicationDate.TryRead(dateText, out var date, out var problem))
            {
                published = date;
            }
            else
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Warning, $"page date: {problem}; ignored"));
            }
        }
        var header = new ManifestEntry
        {
            Title = title,
            Outlet = outlet,
            Url = Meta(text, "og:url") ?? Attribute(CanonicalLink(), text),
            Published = published,
        };
        var content = MainArticle(text, title, file, issues) ?? Inner(BodyElement(), text, raw: true) ?? text;
        // The page's own heading repeats its headline: the body starts after it.
        if (Heading().Match(content) is { Success: true } heading && Plain(heading.Groups["inner"].Value) == title)
        {
            content = content.Remove(heading.Index, heading.Length);
        }
        // A page marks its paragraphs: read it as one even when it has none of the tags ScrapedHtml looks for.
        var body = TextNormalizer.Normalize(ScrapedHtml.ToText("<p>" + content));
        if (string.IsNullOrWhiteSpace(body) && FrameTag().IsMatch(text))
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Warning, "the page's text is inside an <iframe>, which is another page: not read"));
        }
        return new ParsedFile(body, header, []);
    }

    /// <summary>
    /// The inside of the page's main <c>&lt;article&gt;</c>: of several side by side (a related story's teaser before or
    /// after the story), the one with the headline, else the longest, with a warning that the others were left out.
    /// Nested ones stay inside theirs. Null when the page has none.
    /// </summary>
    private static string? MainArticle(string page, string? title, string file, ICollection<IngestionIssue> issues)
    {
        var articles = TopLevelArticles(page);
        if (articles.Count <= 1)
        {
            return Inner(ArticleElement(), page, raw: true); // the one there is, or from the first opening to the last closing
        }
        var main = articles.FirstOrDefault(a => Heading().Match(page, a.Start, a.End - a.Start) is { Success: true } h && (title is null || Plain(h.Groups["inner"].Value) == title));
        if (main == default)
        {
            main = articles.MaxBy(a => a.End - a.Start);
        }
        issues.Add(new IngestionIssue(file, IssueSeverity.Warning,
            $"the page holds {articles.Count} <article> elements side by side: read the one {(Heading().IsMatch(page[main.Start..main.End]) ? "with the headline" : "that is longest")}, left out the others"));
        return page[main.Start..main.End];
    }

    /// <summary>The insides of the <c>&lt;article&gt;</c> elements no other one holds, in page order; empty if any is left open.</summary>
    private static List<(int Start, int End)> TopLevelArticles(string page)
    {
        var found = new List<(int Start, int End)>();
        var (depth, start) = (0, 0);
        foreach (Match tag in ArticleTag().Matches(page))
        {
            if (tag.Groups["close"].Success)
            {
                if (depth == 0)
                {
                    return []; // a closing tag with no opening: not a page to read this way
                }
                if (--depth == 0)
                {
                    found.Add((start, tag.Index));
                }
            }
            else if (depth++ == 0)
            {
                start = tag.Index + tag.Length;
            }
        }
        return depth == 0 ? found : [];
    }

    /// <summary>
    /// A <c>&lt;title&gt;</c> without the site's name that pages add to it: "Toll rises to 38 | Global Wire", "Toll rises
    /// to 38 - Global Wire" when the page names its site so.
    /// </summary>
    private static string? WithoutSiteName(string? title, string? site)
    {
        if (title is null)
        {
            return null;
        }
        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0)
        {
            return title[..bar];
        }
        foreach (var separator in new[] { " - ", " – ", " — " })
        {
            if (site is not null && title.EndsWith(separator + site, StringComparison.OrdinalIgnoreCase) && title.Length > separator.Length + site.Length)
            {
                return title[..^(separator.Length + site.Length)];
            }
        }
        return title;
    }

    /// <summary>The content of a <c>&lt;meta&gt;</c> tag whose property or name is <paramref name="property"/>, in either attribute order.</summary>
    private static string? Meta(string page, string property)
    {
        foreach (Match tag in MetaTag().Matches(page))
        {
            if (MetaProperty().Match(tag.Value) is { Success: true } named && named.Groups["value"].Value.Equals(property, StringComparison.OrdinalIgnoreCase)
                && MetaContent().Match(tag.Value) is { Success: true } content)
            {
                return NonEmpty(content.Groups["value"].Value);
            }
        }
        return null;
    }

    private static string? Inner(Regex element, string page, bool raw = false) =>
        element.Match(page) is { Success: true } found ? raw ? found.Groups["inner"].Value : NonEmpty(found.Groups["inner"].Value) : null;

    private static string? Attribute(Regex element, string page) =>
        element.Match(page) is { Success: true } found ? NonEmpty(found.Groups["value"].Value) : null;

    private static string? NonEmpty(string value) => Plain(value) is { Length: > 0 } plain ? plain : null;

    /// <summary>Text without tags, its character references decoded, on one line.</summary>
    private static string Plain(string value) => TextNormalizer.NormalizeInline(WebUtility.HtmlDecode(AnyTag().Replace(value, " ")));

    [GeneratedRegex(@"<meta\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\b(?:property|name)\s*=\s*[""'](?<value>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex MetaProperty();

    [GeneratedRegex(@"\bcontent\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex MetaContent();

    // Non-backtracking: a page of many openings and no closing tag costs linear time, not a rescan from each opening.
    [GeneratedRegex(@"<title\b[^<>]*>(?<inner>.*?)</title\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"<h1\b[^<>]*>(?<inner>.*?)</h1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<time\b[^<>]*\bdatetime\s*=\s*[""'](?<value>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex TimeElement();

    [GeneratedRegex(@"<link\b[^<>]*\brel\s*=\s*[""']canonical[""'][^<>]*\bhref\s*=\s*[""'](?<value>[^""']*)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex CanonicalLink();

    [GeneratedRegex(@"<article\b[^<>]*>(?<inner>.*)</article\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex ArticleElement();

    [GeneratedRegex(@"<(?<close>/)?article\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleTag();

    [GeneratedRegex(@"<body\b[^<>]*>(?<inner>.*?)(?:</body\s*>|\z)", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex BodyElement();

    [GeneratedRegex(@"<iframe\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrameTag();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex AnyTag();
}
