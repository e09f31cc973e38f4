using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Querying.Synonyms;

namespace Search.Core.Querying;

/// <summary>
/// Turns query text into a Lucene query. Plain words go through the concept builder (synonyms, minimum-should-match,
/// proximity, spelling correction); Lucene syntax is honoured, with synonyms added; syntax that does not parse is
/// searched as plain words and the result says so. Never throws for user input.
/// </summary>
public sealed class QueryBuilder
{
    private readonly Analyzer _analyzer;
    private readonly RelevanceOptions _options;
    private readonly PlainQueryBuilder _plain;
    private SynonymSet _synonyms;

    /// <summary>Creates a builder using <paramref name="analyzer"/>, which must be the analyzer the index was built with.</summary>
    public QueryBuilder(Analyzer analyzer, SynonymSet? synonyms = null, RelevanceOptions? options = null)
    {
        _analyzer = analyzer;
        _options = options ?? new RelevanceOptions();
        _plain = new PlainQueryBuilder(analyzer, _options);
        _synonyms = synonyms ?? SynonymSet.Empty;
    }

    /// <summary>The analyzer queries are analysed with (the index's).</summary>
    public Analyzer Analyzer => _analyzer;

    /// <summary>The synonyms in use; replaceable while serving (after the seeds folder changed).</summary>
    public SynonymSet Synonyms
    {
        get => Volatile.Read(ref _synonyms);
        set => Volatile.Write(ref _synonyms, value);
    }

    /// <summary>Builds the query for <paramref name="input"/>.</summary>
    /// <param name="input">The text as typed.</param>
    /// <param name="reader">The index, for correcting words it does not contain; <c>null</c> skips correction.</param>
    /// <param name="uncorrected">Words, as typed, never to correct (an outlet's name, which is no article text).</param>
    public ParsedQuery Build(string? input, IndexReader? reader = null, IReadOnlySet<string>? uncorrected = null)
    {
        var text = QueryText.Clean(input ?? "");
        if (string.IsNullOrWhiteSpace(input))
        {
            return new ParsedQuery(input ?? "", new MatchAllDocsQuery(), QueryInterpretation.All, null);
        }
        if (text.Length == 0)
        {
            // Typed, but only control characters: that asks for nothing, not for everything as an empty box does.
            return new ParsedQuery(input, new BooleanQuery(), QueryInterpretation.Nothing, "Nothing searchable in the query: only control characters.");
        }
        var synonyms = Synonyms;
        if (QueryText.IsPlain(text))
        {
            return Words(input!, text, synonyms, reader, uncorrected, QueryInterpretation.Words, null);
        }
        string failure;
        try
        {
            // The parser keeps state between calls, so each query gets its own.
            var parser = new NewsQueryParser(_analyzer);
            var parsed = parser.Parse(SynonymPhrases.Quote(QueryText.WithWordSlashesEscaped(text), synonyms, _analyzer));
            if (!IsEmpty(parsed))
            {
                var expansions = new List<string>();
                var expanded = SynonymExpander.Expand(OnlyExclusionsMatchRest(parsed), synonyms, _options.SynonymBoost, expansions, QuotedKeys(text));
                var notice = parser.Adjustments.Count == 0 ? null : string.Join("; ", parser.Adjustments) + ".";
                return new ParsedQuery(input!, expanded, QueryInterpretation.Syntax, notice) { Expansions = expansions };
            }
            failure = "it holds nothing searchable";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Any parser failure (syntax, bad regular expression, lexer error) means: search the words instead, without
            // the field names, which are no words of the articles ("entity:Kursk", "title:(kursk").
            failure = Describe(ex, text);
            text = QueryText.WithoutFieldNames(text);
        }
        return Words(input!, QueryText.WithoutSyntax(text), synonyms, reader, uncorrected, QueryInterpretation.SyntaxErrorAsWords,
            $"The query syntax could not be used ({failure}); searched for the words instead.",
            $"The query syntax could not be used ({failure}), and no searchable words are left.");
    }

    /// <summary>The analysed words of each quoted phrase, which are searched as written, without synonyms.</summary>
    private HashSet<string> QuotedKeys(string text) =>
        QueryText.Segments(text).Where(s => s.Quoted).Select(s => SynonymSet.Analyze(_analyzer, s.Text)?.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private ParsedQuery Words(string input, string text, SynonymSet synonyms, IndexReader? reader, IReadOnlySet<string>? uncorrected,
        QueryInterpretation interpretation, string? notice,
        string nothingLeft = "Nothing searchable in the query: only common words or punctuation.")
    {
        var plain = _plain.Build(text, synonyms, reader, uncorrected);
        if (plain is null)
        {
            return new ParsedQuery(input, new BooleanQuery(), QueryInterpretation.Nothing, nothingLeft);
        }
        // The sentence about a corrected spelling is added with the results (QueryInfo.Of), which know whether any match.
        return new ParsedQuery(input, plain.Query, interpretation, notice) { Corrected = plain.CorrectedText, Expansions = plain.Expansions, Unknown = plain.Unknown, Replaced = plain.Replaced };
    }

    /// <summary>"-Putin" means everything except Putin; in Lucene a purely negative query would match nothing.</summary>
    private static Query OnlyExclusionsMatchRest(Query query)
    {
        if (query is BooleanQuery { Clauses.Count: > 0 } boolean && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query;
    }

    private static bool IsEmpty(Query query) => query is BooleanQuery { Clauses.Count: 0 };

    /// <summary>
    /// Why the syntax could not be used, in the reader's words. Our own rules (wildcards, fields, ranges) say so in
    /// theirs; the parser's grammar errors ("Encountered "&lt;EOF&gt;" at line 1, column 6") are told by what is unbalanced.
    /// </summary>
    private static string Describe(Exception ex, string text)
    {
        // The parser wraps what went wrong as "Cannot parse '…': " + the cause.
        var cause = ex is ParseException { InnerException: ParseException inner } ? inner : ex;
        var grammar = cause is TokenMgrError || cause.Message.Contains("Encountered", StringComparison.Ordinal)
            || cause.Message.StartsWith("Cannot parse", StringComparison.Ordinal);
        if (!grammar)
        {
            // Lucene's own words for "kursk~-1" name its internals.
            return cause.Message.StartsWith("Minimum similarity for a FuzzyQuery", StringComparison.Ordinal)
                ? "a fuzzy word takes ~, ~1 or ~2"
                : FirstLine(cause.Message);
        }
        var open = text.Count(c => c == '(');
        var close = text.Count(c => c == ')');
        return text.Count(c => c == '"') % 2 == 1 ? "a quotation mark is not closed"
            : open > close ? "a bracket is not closed"
            : close > open ? "a closing bracket has no opening one"
            : "it is not valid query syntax";
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }
}
