using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Web.Api;

/// <summary>
/// Reads a search from the query string: the bound parameters plus one filter per facet dimension of the schema,
/// so a new dimension is filterable without code here. Unknown parameters are errors, so a misspelt filter is
/// never silently ignored.
/// </summary>
internal static class SearchQueryReader
{
    public static SearchRequest? Read(SearchQuery query, IQueryCollection raw, IEnumerable<string> otherParameters,
        out IDictionary<string, string[]> errors, IReadOnlyList<string>? defaultKinds = null)
    {
        var filters = IndexSchema.Dimensions
            .Where(d => raw.ContainsKey(d.Name))
            .ToDictionary(d => d.Name, d => (IReadOnlyList<string>)raw[d.Name].Where(v => v is not null).Select(v => v!).ToList());
        var request = SearchRequestParser.TryParse(new SearchParameters
        {
            Query = query.Q,
            Page = query.Page,
            Size = query.Size,
            Sort = query.Sort,
            From = query.From,
            To = query.To,
            // Absent binds as an empty array; only then do the defaults apply (an explicit empty facets= means none).
            Facets = raw.ContainsKey("facets") ? query.Facets : null,
            Passages = query.Passages,
            PassageLength = query.PassageLength,
            Filters = filters,
            DefaultKinds = defaultKinds ?? [RecordKinds.Article],
        }, out var problems);
        errors = problems.ToDictionary(p => p.Key, p => p.Value);
        QueryParameters.RejectUnknown(raw, SearchQuery.Names.Concat(otherParameters).Concat(IndexSchema.Dimensions.Select(d => d.Name)), errors);
        return errors.Count == 0 ? request : null;
    }
}
