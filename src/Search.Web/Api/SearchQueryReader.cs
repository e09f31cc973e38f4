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
    /// <summary>Search parameters that mean nothing to an endpoint listing counts rather than a page of hits.</summary>
    public static readonly string[] PageParameters = ["page", "size", "sort", "passages", "passageLength", "facets"];

    /// <param name="query">The bound parameters.</param>
    /// <param name="raw">The query string.</param>
    /// <param name="otherParameters">Parameters of the endpoint besides the search's.</param>
    /// <param name="errors">What is wrong, by parameter.</param>
    /// <param name="defaultKinds">The record kinds searched without a type filter.</param>
    /// <param name="notApplicable">Search parameters the endpoint does not use: given, they are errors rather than ignored.</param>
    public static SearchRequest? Read(SearchQuery query, IQueryCollection raw, IEnumerable<string> otherParameters,
        out IDictionary<string, string[]> errors, IReadOnlyList<string>? defaultKinds = null, IReadOnlyList<string>? notApplicable = null)
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
        foreach (var name in (notApplicable ?? []).Where(raw.ContainsKey))
        {
            errors[name] = [$"'{name}' does not apply to this endpoint."];
        }
        return errors.Count == 0 ? request : null;
    }
}
