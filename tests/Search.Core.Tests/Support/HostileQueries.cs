namespace Search.Core.Tests.Support;

/// <summary>Query strings that break naive parsers: unbalanced syntax, lone operators, huge inputs, control characters.</summary>
public static class HostileQueries
{
    /// <summary>Hand-picked nasties plus seeded random mixes of syntax characters, words and control characters.</summary>
    public static IReadOnlyList<string> Strings { get; } = Generate();

    private static List<string> Generate()
    {
        var strings = new List<string>
        {
            "\"", "\"\"", "\"unbalanced", "((", "))", "(Kursk", "Kursk)", "[", "]", "{", "}", "[a TO", "[a TO z]", "{* TO *}",
            "AND", "OR", "NOT", "AND OR NOT", "Kursk AND", "OR Kursk", "NOT NOT", "+", "-", "+-+-", "!", "&&", "||", "~", "^", "^2",
            "*", "?", "*:*", "**", "*a*", "?a", "a~10", "a~0.5", "a^-1", "a^99999999999", "\\", "\\\\", "/", "//", "/a(/", "/.*/",
            "/[/", "field:", ":value", "nosuchfield:x", "title:", "body:(", "_id:1", "\u0000", "\u0001\u0002\u0003", "\t\r\n",
            "\u200B", "\uFEFF", "\uD800", "\uDFFF", "🇰🇵🙂", "北朝鮮", "' OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x}",
            "%00", "%s%s%s", "..\\..\\etc\\passwd", "Kursk~2~2", "\"a\"~-1", "a:b:c", "title:\"unclosed", "((((((((((a))))))))))",
            new string('(', 500), new string('"', 501), string.Concat(Enumerable.Repeat("a OR ", 200)), new string('x', 1000),
            string.Join(' ', Enumerable.Repeat("Kursk", 300)),
        };
        var random = new Random(1337);
        string[] pieces = ["Kursk", "soldier", "\"", "(", ")", "[", "]", "{", "}", ":", "*", "?", "~", "^", "!", "+", "-", "&&", "||", "AND", "OR", "NOT", "\\", "/", " ", " ", "\u0007", "title:", "12,000", "é"];
        for (var i = 0; i < 300; i++)
        {
            strings.Add(string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)])));
        }
        return strings;
    }
}
