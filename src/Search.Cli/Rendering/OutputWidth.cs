using System.Globalization;

namespace Search.Cli.Rendering;

/// <summary>How wide the tool lays out its output when it does not go to a terminal window.</summary>
/// <remarks>
/// Spectre.Console assumes 80 columns when output is piped or redirected, so <c>news claims … | less</c> or
/// <c>&gt; hits.txt</c> got tables with headers cut to "Ou…" and snippets broken mid-sentence. A pager or a file has no
/// width: lines stay whole, so grep finds them and a pager scrolls them. <c>COLUMNS</c>, when set, still wins: it is how
/// a user asks for a width on purpose.
/// </remarks>
internal static class OutputWidth
{
    /// <summary>Wide enough that no line the tool prints is wrapped, small enough that Spectre's layout arithmetic cannot overflow.</summary>
    public const int Unbounded = 1_000_000;

    /// <summary>The width to lay out in, or null to keep the terminal's own.</summary>
    public static int? For(bool outputRedirected, string? columns)
    {
        if (int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var requested) && requested > 0)
        {
            return requested;
        }
        return outputRedirected ? Unbounded : null;
    }
}
