using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>
/// The classic Lucene query parser over the searchable text fields, with their boosts, all words required by default,
/// and field names limited to the schema's text fields: an unknown <c>field:</c> is a parse error (and the text is then
/// searched as plain words) rather than a silent search of a field that does not exist.
/// </summary>
internal sealed class NewsQueryParser : MultiFieldQueryParser
{
    private static readonly string[] Fields = IndexSchema.SearchedText.Select(f => f.Name).ToArray();

    /// <summary>Field names as people write them: any case ("TITLE:"), and the singular or a synonym ("entity:", "headline:").</summary>
    private static readonly Dictionary<string, string> FieldNames = Fields
        .Select(f => (Name: f, Field: f))
        .Concat<(string Name, string Field)>([("entity", "entities"), ("headline", "title"), ("text", "body")])
        .Where(alias => Fields.Contains(alias.Field, StringComparer.Ordinal))
        .ToDictionary(alias => alias.Name, alias => alias.Field, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, float> Boosts = IndexSchema.SearchedText.ToDictionary(f => f.Name, f => f.Boost);

    public NewsQueryParser(Analyzer analyzer) : base(NewsAnalyzer.Version, Fields, analyzer, Boosts)
    {
        DefaultOperator = Operator.AND;
        AutoGeneratePhraseQueries = true;
        AllowLeadingWildcard = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        base.GetFieldQuery(Checked(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Checked(field), queryText, slop);

    protected override Query GetPrefixQuery(string field, string termStr)
    {
        CheckedPattern(termStr + "*");
        return base.GetPrefixQuery(Checked(field), Expanding(termStr + "*", termStr));
    }

    protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(Checked(field), Expanding(termStr, CheckedPattern(termStr)));

    /// <summary>
    /// Most words in one query that expand to many terms (fuzzy, wildcard, prefix): each walks the terms of every text
    /// field before the search starts, outside its time budget; 55 fuzzy words took 2 s on five articles.
    /// </summary>
    internal const int MaxExpandingWords = 10;

    private readonly HashSet<string> _expanding = [];

    private string Expanding(string written, string termStr)
    {
        if (_expanding.Add(written) && _expanding.Count > MaxExpandingWords)
        {
            throw new ParseException($"at most {MaxExpandingWords} fuzzy or wildcard words in a query");
        }
        return termStr;
    }

    /// <summary>What the parser changed in the query as written, in the reader's words (for the response's notice).</summary>
    public List<string> Adjustments { get; } = [];

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity)
    {
        // "Fajardo-Lacson~2": the index holds the name's words apart, so the fuzzy word is each of its parts, all required.
        var parts = termStr.Split(WordJoiners, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            var split = $"'{termStr}~{minSimilarity:0.##}' is searched as '{string.Join(' ', parts.Select(p => $"{p}~{minSimilarity:0.##}"))}': the index holds its words apart";
            if (!Adjustments.Contains(split))
            {
                Adjustments.Add(split);
            }
            var all = new BooleanQuery();
            foreach (var part in parts)
            {
                all.Add(GetFuzzyQuery(field, part, minSimilarity), Occur.MUST);
            }
            return all;
        }
        // Lucene searches at most two edits and quietly reads "kursk~5" as "kursk~2": say so, once per word.
        var note = $"'{termStr}~{minSimilarity:0.##}' is searched as '{termStr}~{MaxEdits}': a fuzzy word allows at most {MaxEdits} edits";
        if (minSimilarity > MaxEdits && !Adjustments.Contains(note))
        {
            Adjustments.Add(note);
        }
        return base.GetFuzzyQuery(Checked(field), Expanding(termStr + "~", termStr), minSimilarity);
    }

    private const int MaxEdits = Lucene.Net.Util.Automaton.LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;

    /// <summary>Marks inside a word that the analyzer splits it at: "Fajardo-Lacson", "O'Neill", "U.S".</summary>
    private static readonly char[] WordJoiners = ['-', '\'', '’', '.', '/'];

    // Lucene.Net 4.8 builds and determinises a regular expression's automaton while parsing, with no bound on its
    // states: "/[ab]*a[ab]{24}/" needs millions and "/a{99999999}/" a hundred million copies. Users search news, not
    // patterns, so the text is searched as words instead (the response says so).
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new ParseException("regular expressions are not supported");

    // A range over analysed text ("body:{* TO *}", "[a TO z]") walks most of the terms of the index before the search's
    // time budget can stop it, and says nothing useful about news text; dates are filtered with from= and to=.
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        throw new ParseException("ranges are not supported in text; filter dates with from and to");

    /// <summary>Most <c>*</c> and <c>?</c> in one term: each <c>?</c> after a <c>*</c> can double the automaton Lucene determinises.</summary>
    internal const int MaxWildcards = 4;

    /// <summary>Letters required before the first wildcard: "a*" would enumerate a large share of the index's terms.</summary>
    internal const int MinLiteralPrefix = 2;

    private static string CheckedPattern(string pattern)
    {
        var firstWildcard = pattern.AsSpan().IndexOfAny('*', '?');
        if (firstWildcard < MinLiteralPrefix)
        {
            throw new ParseException($"'{pattern}': a wildcard needs at least {MinLiteralPrefix} letters before it");
        }
        if (pattern.AsSpan().Count('*') + pattern.AsSpan().Count('?') > MaxWildcards)
        {
            throw new ParseException($"'{pattern}': at most {MaxWildcards} wildcards in a word");
        }
        return pattern;
    }

    private static string Checked(string field) =>
        field is null ? field! : FieldNames.TryGetValue(field, out var known) ? known : throw new UnknownFieldException(field, Fields);
}

/// <summary>A <c>field:</c> that is no searchable text field: the query is searched as words without the field names.</summary>
internal sealed class UnknownFieldException(string field, IReadOnlyList<string> fields) : ParseException(Describe(field, fields))
{
    private static string Describe(string field, IReadOnlyList<string> fields) =>
        IndexSchema.FindDimension(field) is { } dimension
            ? $"'{field}' is a filter, not a text field: filter with {dimension.Name}="
            : $"'{field}' is not a field; searchable fields are {string.Join(", ", fields)}";
}
