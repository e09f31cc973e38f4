using System.Text;

namespace Search.Core.Text;

/// <summary>
/// Tidies decoded text into the canonical form that is indexed and stored: NFC, <c>\n</c> line ends,
/// no control or zero-width characters, single spaces, and paragraphs separated by one blank line.
/// Offsets used by highlighting and extraction refer to this form, so every consumer must go through here.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The separator between paragraphs in normalised text.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>Normalises text where every non-empty line is its own paragraph (plain text files).</summary>
    public static string Normalize(string text) => IsTidySingleLine(text) ? text : string.Join(ParagraphSeparator, Lines(text));

    /// <summary>
    /// Whether the text is already in normal form as one paragraph — the common case of a corpus line — so that
    /// indexing need not copy it three times to find that out.
    /// </summary>
    private static bool IsTidySingleLine(string text)
    {
        var span = text.AsSpan();
        if (span.Length == 0)
        {
            return true;
        }
        if (span[0] == ' ' || span[^1] == ' ' || span.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }
        // Printable ASCII needs no further check and is always in NFC; vectorised scans jump from one other
        // character to the next, which in English text are few (typographic quotes and dashes, accented names).
        var ascii = true;
        for (var rest = span; rest.IndexOfAnyExceptInRange(' ', '~') is var at and >= 0; rest = rest[(at + 1)..])
        {
            var c = rest[at];
            if (c < ' ' || char.IsControl(c) || char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200C' or '\u200D'
                || IsDirectionalFormatting(c))
            {
                return false;
            }
            ascii = false;
        }
        return ascii || text.IsNormalized(NormalizationForm.FormC);
    }

    /// <summary>
    /// Normalises text where paragraphs are blocks separated by blank lines and the lines of a block belong
    /// together (Markdown, hard-wrapped text). List items still start paragraphs of their own.
    /// </summary>
    public static string NormalizeBlocks(string text)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in SplitLines(Clean(text)))
        {
            var line = CollapseSpaces(rawLine);
            if (line.Length == 0 || StartsListItem(line))
            {
                Flush();
            }
            if (line.Length == 0)
            {
                continue;
            }
            if (current.Length > 0)
            {
                current.Append(' ');
            }
            current.Append(line);
        }
        Flush();
        return string.Join(ParagraphSeparator, paragraphs);

        void Flush()
        {
            if (current.Length > 0)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>Normalises a single-line value such as a title or an outlet name.</summary>
    public static string NormalizeInline(string text) => CollapseSpaces(Clean(text).Replace('\n', ' '));

    private static IEnumerable<string> Lines(string text)
    {
        foreach (var line in SplitLines(Clean(text)))
        {
            var tidy = CollapseSpaces(line);
            if (tidy.Length > 0)
            {
                yield return tidy;
            }
        }
    }

    private static bool IsLatinLetter(char c) => c < '\u0250' && char.IsLetter(c);

    private static bool StartsListItem(string line) =>
        line[0] is '•' or '◦' or '▪' or '‣' or '·' || (line.Length > 1 && line[0] is '-' or '*' or '+' && line[1] == ' ');

    private static string[] SplitLines(string text) => text.Split('\n');

    /// <summary>NFC, unified line ends, and no invisible characters that would split or glue words.</summary>
    private static string Clean(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < normalized.Length && normalized[i + 1] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\n':
                    builder.Append('\n');
                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                // Zero-width space, word joiner, stray BOM and soft hyphen glue or split words invisibly.
                // ZWJ/ZWNJ stay: emoji sequences and some scripts need them.
                case '\u200B' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                // Overrides, embeddings and isolates reorder what is shown without being text: a title or an outlet's
                // name could show as another ("moc.lanruoj" read backwards). The marks (U+200E, U+200F) stay.
                case var _ when IsDirectionalFormatting(c):
                    break;
                // Between two Latin letters ("Ze\u200Dlensky") a joiner joins nothing and only splits the word.
                case '\u200C' or '\u200D' when builder.Length > 0 && IsLatinLetter(builder[^1]) && i + 1 < normalized.Length && IsLatinLetter(normalized[i + 1]):
                    break;
                default:
                    if (char.IsControl(c) || char.IsWhiteSpace(c))
                    {
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    private static bool IsDirectionalFormatting(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
