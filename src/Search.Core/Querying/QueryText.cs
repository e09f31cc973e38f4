using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Querying;

/// <summary>Reads the shape of query text: whether it uses Lucene syntax, and its quoted and unquoted parts.</summary>
internal static partial class QueryText
{
    /// <summary>A stretch of query text: quoted or not, with its offset in the whole text.</summary>
    public sealed record Segment(string Text, int Start, bool Quoted);

    /// <summary>
    /// Control characters become spaces: they never mean anything in a query. Typographic double quotation marks
    /// (“…”, „…“, «…», as a quote pasted from an article has them) are the phrase quotes they look like. A comma or semicolon between two letters
    /// separates words ("Kursk,casualties" would otherwise be searched as the phrase "Kursk casualties"); between digits
    /// it stays ("3,000"). The question mark that ends a question of several words is punctuation, not a wildcard.
    /// </summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var separator = c is ',' or ';' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
            builder.Append(char.IsControl(c) || separator ? ' ' : IsDoubleQuotationMark(c) ? '"' : c);
        }
        var clean = builder.ToString().Trim();
        return clean.EndsWith('?') && clean.Contains(' ', StringComparison.Ordinal) ? clean.TrimEnd('?', ' ') : clean;
    }

    private static bool IsDoubleQuotationMark(char c) => c is '“' or '”' or '„' or '‟' or '«' or '»' or '＂';

    /// <summary>
    /// Whether the text is just words and balanced double quotes. Anything else — operators, field names,
    /// wildcards, brackets, boosts — is Lucene syntax and goes to the query parser.
    /// </summary>
    public static bool IsPlain(string text) =>
        !SyntaxCharacter().IsMatch(text) && !Operator().IsMatch(text) && text.Count(c => c == '"') % 2 == 0;

    /// <summary>Splits plain text into quoted and unquoted segments.</summary>
    public static IEnumerable<Segment> Segments(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('"', position);
            if (open < 0)
            {
                yield return new Segment(text[position..], position, false);
                yield break;
            }
            if (open > position)
            {
                yield return new Segment(text[position..open], position, false);
            }
            var close = text.IndexOf('"', open + 1);
            yield return new Segment(text[(open + 1)..close], open + 1, true);
            position = close + 1;
        }
    }

    /// <summary>The text without the <c>name:</c> before its terms: "entity:Kursk title:troops" → " Kursk  troops".</summary>
    public static string WithoutFieldNames(string text) => FieldName().Replace(text, " ");

    [GeneratedRegex(@"(?<=^|[\s(+\-])\w+:(?!\s)")]
    private static partial Regex FieldName();

    /// <summary>The text with every syntax character replaced by a space, for searching the words of broken syntax.</summary>
    public static string WithoutSyntax(string text) =>
        Operator().Replace(SyntaxOrQuote().Replace(OperatorOperand().Replace(text, " "), " "), " ").Trim();

    // "kursk^-1", "a~-1", "kursk~2~2": the number belongs to the operator, and goes with it; it is no word asked for.
    [GeneratedRegex(@"[~^][-+]?(?:\d+(?:\.\d*)?|\.\d+)")]
    private static partial Regex OperatorOperand();

    [GeneratedRegex(@"[:()\[\]{}^~*?\\/!&|""]|(?<=^|\s)[+\-]")]
    private static partial Regex SyntaxOrQuote();

    // Characters with a meaning in the classic syntax. A hyphen or apostrophe inside a word ("Jong-un", "Korea's")
    // is not syntax, nor a slash between two ("km/h", "24/7", "and/or"); a leading "-" or "+" is, and a slash that may
    // open or close a regular expression.
    [GeneratedRegex(@"[:()\[\]{}^~*?\\!]|(?<!\w)/|/(?!\w)|&&|\|\||(^|\s)[-+]\S")]
    private static partial Regex SyntaxCharacter();

    /// <summary>
    /// The text with each slash between two word characters escaped, so the parser reads "km/h" as words, not as the
    /// start of a regular expression.
    /// </summary>
    public static string WithWordSlashesEscaped(string text) => WordSlash().Replace(text, "\\/");

    [GeneratedRegex(@"(?<=\w)/(?=\w)")]
    private static partial Regex WordSlash();

    [GeneratedRegex(@"(^|\s)(AND|OR|NOT)(\s|$)")]
    private static partial Regex Operator();
}
