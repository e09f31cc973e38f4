using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// Turns query text into a Lucene query. Valid Lucene syntax is honoured; text that does not parse is searched as
/// plain words (every word required, in any text field) and the result says so. Never throws for user input.
/// </summary>
public sealed class QueryBuilder
{
    private readonly Analyzer _analyzer;

    /// <summary>Creates a builder using <paramref name="analyzer"/>, which must be the analyzer the index was built with.</summary>
    public QueryBuilder(Analyzer analyzer) => _analyzer = analyzer;

    /// <summary>Builds the query for <paramref name="input"/>.</summary>
    public ParsedQuery Build(string? input)
    {
        var text = WithoutControlCharacters(input ?? "").Trim();
        if (text.Length == 0)
        {
            return new ParsedQuery(input ?? "", new MatchAllDocsQuery(), QueryInterpretation.All, null);
        }
        string? failure;
        try
        {
            // The parser keeps state between calls, so each query gets its own.
            var query = OnlyExclusionsMatchRest(new NewsQueryParser(_analyzer).Parse(text));
            if (!IsEmpty(query))
            {
                return new ParsedQuery(input!, query, QueryInterpretation.Syntax, null);
            }
            failure = null;
        }
        catch (Exception ex)
        {
            // Any parser failure (syntax, bad regular expression, lexer error) means: search the words instead.
            failure = FirstLine(ex.Message);
        }
        var plain = PlainWords(text);
        if (plain is null)
        {
            return new ParsedQuery(input!, new BooleanQuery(), QueryInterpretation.Nothing,
                "Nothing searchable in the query: only common words or punctuation.");
        }
        return new ParsedQuery(input!, plain, QueryInterpretation.PlainWords,
            failure is null ? null : $"The query syntax could not be used ({failure}); searched for the words instead.");
    }

    /// <summary>Every analysed word required, each in any searchable text field with that field's boost.</summary>
    private BooleanQuery? PlainWords(string text)
    {
        var words = Analyze(text);
        if (words.Count == 0)
        {
            return null;
        }
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            var anyField = new BooleanQuery();
            foreach (var field in IndexSchema.SearchedText)
            {
                anyField.Add(new TermQuery(new Term(field.Name, word)) { Boost = field.Boost }, Occur.SHOULD);
            }
            query.Add(anyField, Occur.MUST);
        }
        return query;
    }

    private List<string> Analyze(string text)
    {
        var words = new List<string>();
        using var stream = _analyzer.GetTokenStream(IndexSchema.Body.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (!words.Contains(word, StringComparer.Ordinal))
            {
                words.Add(word);
            }
        }
        stream.End();
        return words;
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

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "…" : line;
    }

    private static string WithoutControlCharacters(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }
        return builder.ToString();
    }
}
