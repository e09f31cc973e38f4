using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Web.Contracts;

namespace Search.Web.Api;

/// <summary>GET /api/facets/{dimension}: the values of one dimension, for "show more" and type-ahead.</summary>
internal static class FacetsApi
{
    private static readonly string[] ExtraParameters = ["prefix", "top"];

    // The counts of one dimension, not a page of hits.
    private static readonly RefusedParameters Refused = new(SearchQueryReader.PageParameters);

    public static IEndpointRouteBuilder MapFacetsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .MapGet("/facets/{dimension}", Values)
            .WithName("FacetValues")
            .WithMetadata(Refused)
            .WithSummary("Values of one facet dimension")
            .WithDescription("Counts of a dimension's values among the matches of q under the other filters (its own selection is ignored), " +
                "optionally only values whose name or any word of it starts with prefix.");
        return app;
    }

    private static Results<Ok<FacetResponse>, ValidationProblem> Values(
        string dimension,
        [AsParameters] SearchQuery query,
        [Description("Only values (or words of their name) starting with this, ignoring case.")] string? prefix,
        [Description("How many values to return, 1-100 (default 20).")] int? top,
        HttpRequest http,
        SearchEngine engine)
    {
        var request = SearchQueryReader.Read(query, http.Query, ExtraParameters, out var errors, notApplicable: Refused.Names);
        var facet = IndexSchema.FindDimension(dimension);
        if (facet is null)
        {
            errors["dimension"] = [$"Unknown facet dimension '{dimension}'; known: {string.Join(", ", IndexSchema.Dimensions.Select(d => d.Name))}."];
        }
        if (top is < 1 or > SearchLimits.MaxFacetTop)
        {
            errors["top"] = [$"top must be between 1 and {SearchLimits.MaxFacetTop}."];
        }
        if (prefix?.Length > FacetDimension.MaxValueLength)
        {
            errors["prefix"] = [$"The prefix is longer than {FacetDimension.MaxValueLength} characters."];
        }
        if (request is null || facet is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The facet request is invalid.");
        }
        return TypedResults.Ok(FacetResponse.From(engine.Pipeline.FacetValues(request, facet, prefix, top ?? 20)));
    }
}
