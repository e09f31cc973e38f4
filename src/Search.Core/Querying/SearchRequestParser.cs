using System.Globalization;
using Search.Core.Facets;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Core.Querying;

/// <summary>
/// Validates raw search parameters into a <see cref="SearchRequest"/>, collecting every problem with the name of
/// the parameter it concerns, so front ends can answer with one clear error listing all of them.
/// </summary>
public static class SearchRequestParser
{
    /// <summary>Parses <paramref name="parameters"/>; returns <c>null</c> with <paramref name="errors"/> filled when invalid.</summary>
    public static SearchRequest? TryParse(SearchParameters parameters, out IReadOnlyDictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, List<string>>();
        void Fail(string parameter, string message)
        {
            if (!problems.TryGetValue(parameter, out var list))
            {
                problems[parameter] = list = [];
            }
            // A request of thousands of bad values ("facets=x,x,x,…") gets a few messages, not a reply many times its size.
            if (list.Count < SearchLimits.MaxMessagesPerParameter)
            {
                list.Add(message);
            }
        }

        var query = parameters.Query ?? "";
        if (query.Length > SearchLimits.MaxQueryLength && SearchLimits.CharactersIn(query) is var characters && characters > SearchLimits.MaxQueryLength)
        {
            Fail("q", $"The query is {characters:N0} characters long; the limit is {SearchLimits.MaxQueryLength:N0}.");
        }
        var page = parameters.Page ?? 1;
        var size = parameters.Size ?? 10;
        if (page < 1)
        {
            Fail("page", "The page must be 1 or more.");
        }
        // Size 0 asks for the counts alone: the total and the facets, no hits.
        if (size is < 0 or > SearchLimits.MaxPageSize)
        {
            Fail("size", $"The size must be between 0 (counts only) and {SearchLimits.MaxPageSize}.");
        }
        if (page >= 1 && size is >= 0 and <= SearchLimits.MaxPageSize && (long)page * size > SearchLimits.MaxResultWindow)
        {
            Fail("page", $"Paging is limited to the first {SearchLimits.MaxResultWindow:N0} results (page × size); refine the query instead.");
        }
        SortOrder? sort = parameters.Sort?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "relevance" => SortOrder.Relevance,
            "date" => SortOrder.Date,
            var other => Invalid<SortOrder?>("sort", $"Unknown sort '{other}'; use 'relevance' or 'date'.", Fail),
        };
        var passages = parameters.Passages ?? 2;
        if (passages is < 0 or > SearchLimits.MaxPassages)
        {
            Fail("passages", $"Passages must be between 0 and {SearchLimits.MaxPassages}.");
        }
        if (parameters.PassageLength is < SearchLimits.MinPassageLength or > SearchLimits.MaxPassageLength)
        {
            Fail("passageLength", $"The passage length must be between {SearchLimits.MinPassageLength} and {SearchLimits.MaxPassageLength} characters.");
        }
        var selection = ParseSelection(parameters, Fail);
        var facets = ParseFacets(parameters.Facets, Fail);

        errors = problems.ToDictionary(p => p.Key, p => p.Value.ToArray());
        if (problems.Count > 0)
        {
            return null;
        }
        return new SearchRequest
        {
            Query = query,
            Page = page,
            Size = size,
            Sort = sort,
            Selection = selection,
            Facets = facets,
            Passages = passages,
            PassageLength = parameters.PassageLength,
        };
    }

    private static FacetSelection ParseSelection(SearchParameters parameters, Action<string, string> fail)
    {
        var dimensions = new List<DimensionSelection>();
        foreach (var (name, rawValues) in parameters.Filters)
        {
            var dimension = IndexSchema.FindDimension(name);
            if (dimension is null)
            {
                fail(name, $"Unknown facet dimension '{name}'; known: {string.Join(", ", IndexSchema.Dimensions.Select(d => d.Name))}.");
                continue;
            }
            var values = rawValues.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count > SearchLimits.MaxValuesPerDimension)
            {
                fail(dimension.Name, $"At most {SearchLimits.MaxValuesPerDimension} values can be selected per dimension.");
                continue;
            }
            foreach (var value in values.Where(v => v.Length > FacetDimension.MaxValueLength))
            {
                fail(dimension.Name, $"A value is {value.Length} characters long; the limit is {FacetDimension.MaxValueLength}.");
            }
            if (dimension == IndexSchema.Date)
            {
                foreach (var value in values.Where(v => !IsDateValue(v, dimension)))
                {
                    fail(dimension.Name, $"'{value}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or '{dimension.MissingLabel}'.");
                }
                values = values.Select(v => string.Equals(v, dimension.MissingLabel, StringComparison.OrdinalIgnoreCase) ? v.ToLowerInvariant() : v).ToList();
            }
            // Topics are a closed list: "topic=hectares" would select nothing, silently.
            if (dimension == IndexSchema.Topic)
            {
                foreach (var value in values.Where(v => !Extraction.ClaimFigure.Topics.Contains(v, StringComparer.OrdinalIgnoreCase)))
                {
                    fail(dimension.Name, $"Unknown topic '{value}'; known: {string.Join(", ", Extraction.ClaimFigure.Topics)}.");
                }
            }
            if (dimension == IndexSchema.Entity)
            {
                foreach (var value in values.Where(v => v.EndsWith('/')))
                {
                    fail(dimension.Name, $"'{value}' names a type but no entity: use type/Name, or the name alone.");
                }
            }
            if (values.Count > 0)
            {
                dimensions.Add(new DimensionSelection(dimension, values));
            }
        }
        if (!dimensions.Any(d => d.Dimension == IndexSchema.Type) && parameters.DefaultKinds.Count > 0)
        {
            // Only claims have a claimant: filtering the default articles on one would match nothing, silently.
            var kinds = dimensions.Any(d => d.Dimension == IndexSchema.Claimant) ? [RecordKinds.Claim] : parameters.DefaultKinds;
            dimensions.Add(new DimensionSelection(IndexSchema.Type, kinds));
        }
        var from = ParseDay(parameters.From, "from", d => d.FirstDay, fail);
        var to = ParseDay(parameters.To, "to", d => d.LastDay, fail);
        if (from is { } f && to is { } t && f > t)
        {
            fail("from", $"'from' ({f:yyyy-MM-dd}) is after 'to' ({t:yyyy-MM-dd}).");
        }
        return new FacetSelection(dimensions, from is null && to is null ? null : new DayRange(from, to));
    }

    private static bool IsDateValue(string value, FacetDimension dimension) =>
        string.Equals(value, dimension.MissingLabel, StringComparison.OrdinalIgnoreCase) || PartialDate.TryParse(value, out var date) && date.ToString() == value;

    private static DateOnly? ParseDay(string? text, string parameter, Func<PartialDate, DateOnly> day, Action<string, string> fail)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        // Exactly a day, month or year: the range is of days, and a time after it ("2024-12-26T99") is refused rather
        // than ignored.
        if (PartialDate.TryParse(text, out var date) && date.ToString() == text.Trim())
        {
            return day(date);
        }
        fail(parameter, $"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (without a time of day).");
        return null;
    }

    private static List<FacetRequest> ParseFacets(IReadOnlyList<string>? specs, Action<string, string> fail)
    {
        if (specs is null)
        {
            return [.. SearchLimits.DefaultFacets];
        }
        var requests = new List<FacetRequest>();
        foreach (var spec in specs.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var parts = spec.Split(':', 2);
            var dimension = IndexSchema.FindDimension(parts[0]);
            if (dimension is null)
            {
                fail("facets", $"Unknown facet dimension '{parts[0]}'; known: {string.Join(", ", IndexSchema.Dimensions.Select(d => d.Name))}.");
                continue;
            }
            var top = SearchLimits.DefaultFacetTop;
            if (parts.Length == 2 && (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out top) || top is < 1 or > SearchLimits.MaxFacetTop))
            {
                fail("facets", $"'{spec}': the number of values must be between 1 and {SearchLimits.MaxFacetTop}.");
                continue;
            }
            if (requests.All(r => r.Dimension != dimension))
            {
                requests.Add(new FacetRequest(dimension, top));
            }
        }
        return requests;
    }

    private static T Invalid<T>(string parameter, string message, Action<string, string> fail)
    {
        fail(parameter, message);
        return default!;
    }
}
