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

    protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(Checked(field), termStr);

    protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(Checked(field), termStr);

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Checked(field), termStr, minSimilarity);

    protected override Query GetRegexpQuery(string field, string termStr) => base.GetRegexpQuery(Checked(field), termStr);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Checked(field), part1, part2, startInclusive, endInclusive);

    private static string Checked(string field) =>
        field is null || Fields.Contains(field, StringComparer.Ordinal)
            ? field!
            : throw new ParseException($"Unknown field '{field}'; searchable fields are {string.Join(", ", Fields)}.");
}
