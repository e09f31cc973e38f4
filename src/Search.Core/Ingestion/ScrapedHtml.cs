using System.Net;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Text scraped from a web page with its markup left in: paragraph tags ("&lt;p&gt;", "&lt;br&gt;") and character
/// references ("AT&amp;amp;T", "&amp;#8220;"). Read as text, they show as noise, split words ("AT&amp;amp;T" is not
/// "AT&amp;T") and read as figures (8220). A text with paragraph tags is taken for a page: its scripts, styles and
/// &lt;noscript&gt; notices go with their content, its block tags become paragraph breaks and its other tags go.
/// Character references are decoded in any text. Markup in a text without paragraph tags ("a notice &lt;img src=x&gt;")
/// is the text's own and stays, shown as text like any other.
/// </summary>
internal static partial class ScrapedHtml
{
    /// <summary>The text as a reader of the page would see it; the same instance when there was nothing to read.</summary>
    public static string ToText(string text)
    {
        if (text.Contains('<', StringComparison.Ordinal) && BlockTag().IsMatch(text))
        {
            // The head holds the page's title and metadata, a repeat of its headline or nothing a reader sees.
            text = HeadCommentOrDoctype().Replace(text, " ");
            text = ScriptOrStyle().Replace(text, " ");
            text = BlockTag().Replace(text, "\n\n");
            text = AnyTag().Replace(text, "");
        }
        return Decode(text);
    }

    /// <summary>The text with its character references decoded: "AT&amp;amp;T" → "AT&amp;T".</summary>
    public static string Decode(string text) =>
        text.Contains('&', StringComparison.Ordinal) && Reference().IsMatch(text) ? WebUtility.HtmlDecode(text) : text;

    [GeneratedRegex(@"</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|section|article|tr)\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<head\b[^<>]*>.*?</head\s*>|<!--.*?-->|<!doctype\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex HeadCommentOrDoctype();

    // What a reader with scripts on never sees: "<noscript>Please enable JavaScript…</noscript>".
    [GeneratedRegex(@"<(script|style|noscript|template)\b[^<>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
