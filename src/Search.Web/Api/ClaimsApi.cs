using Search.Core.Ingestion;
using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core;
using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Web.Contracts;

namespace Search.Web.Api;

/// <summary>GET /api/claims, /api/claims/compare and /api/entities.</summary>
internal static class ClaimsApi
{
    private static readonly string[] ClaimKinds = [RecordKinds.Claim];
    private static readonly string[] EntityParameters = ["prefix", "top", "entityType"];

    // Only claims: a type filter would turn the claims endpoints into /api/search.
    private static readonly RefusedParameters ClaimsRefuse = new([IndexSchema.Type.Name]);

    // Every matching claim is compared: no page of hits, no facets.
    private static readonly RefusedParameters CompareRefuses = new([.. SearchQueryReader.PageParameters, IndexSchema.Type.Name]);

    private static readonly RefusedParameters EntitiesRefuse = new(SearchQueryReader.PageParameters);


    private static bool TypeExists(SearchEngine engine, string within)
    {
        var everything = SearchRequestParser.TryParse(new SearchParameters(), out _)!;
        return engine.Pipeline.FacetValues(everything, IndexSchema.Entity, null, 1, within).DistinctValues > 0;
    }

    /// <summary>The record kinds a listing counts, as the index spells them: "type=Claim" counts claims, "type=bogus" nothing.</summary>
    private static List<string> CountedKinds(SearchRequest request) =>
        request.Selection.ValuesOf(IndexSchema.Type)
            .Select(kind => RecordKinds.All.FirstOrDefault(known => string.Equals(known, kind, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>().Distinct().ToList();

    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Claims").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/claims", Claims)
            .WithName("Claims")
            .WithMetadata(ClaimsRefuse)
            .WithSummary("Search claims")
            .WithDescription("Attributed claims (and hedged unattributed statements) extracted from the articles, with the same query syntax and filters as /api/search; claimant= filters by speaker.");
        api.MapGet("/claims/compare", Compare)
            .WithName("CompareClaims")
            .WithMetadata(CompareRefuses)
            .WithSummary("Compare a claim across outlets")
            .WithDescription("Groups the figures of the matching claims, and of the claims of the 50 articles that best match the words, by topic and source (the claimant's country, or the claimant) and flags independent reports whose intervals cannot both hold.");
        api.MapGet("/entities", Entities)
            .WithName("Entities")
            .WithMetadata(EntitiesRefuse)
            .WithSummary("List entities")
            .WithDescription("Entities the articles are about, with article counts (claim counts under type=claim; counted says which); narrow by a name prefix and an entity type (person, organisation, place, country, group, other).");
        return app;
    }

    private static Results<GeneratedJsonResult<SearchResponse>, ValidationProblem> Claims([AsParameters] SearchQuery query, HttpRequest http, SearchEngine engine)
    {
        var request = SearchQueryReader.Read(query, http.Query, [], out var errors, ClaimKinds, notApplicable: ClaimsRefuse.Names);
        return request is null
            ? TypedResults.ValidationProblem(errors, title: "The claims request is invalid.")
            : new GeneratedJsonResult<SearchResponse>(SearchResponse.From(engine.Pipeline.Search(request)), ApiJsonContext.Default.SearchResponse);
    }

    private static Results<Ok<ClaimComparisonResponse>, ValidationProblem> Compare([AsParameters] SearchQuery query, HttpRequest http, SearchEngine engine)
    {
        var request = SearchQueryReader.Read(query, http.Query, [], out var errors, ClaimKinds, notApplicable: CompareRefuses.Names);
        return request is null
            ? TypedResults.ValidationProblem(errors, title: "The comparison request is invalid.")
            : TypedResults.Ok(ClaimComparisonResponse.From(engine.Claims.Compare(request)));
    }

    private static Results<Ok<EntitiesResponse>, ValidationProblem> Entities(
        [AsParameters] SearchQuery query,
        [Description("Only entities with a name word starting with this.")] string? prefix,
        [Description("Only entities of this type: person, organisation, place, country, group, other.")] string? entityType,
        [Description("How many entities, 1-100 (default 50).")] int? top,
        HttpRequest http,
        SearchEngine engine)
    {
        var request = SearchQueryReader.Read(query, http.Query, EntityParameters, out var errors, notApplicable: EntitiesRefuse.Names);
        if (top is < 1 or > 100)
        {
            errors["top"] = ["top must be between 1 and 100."];
        }
        if (entityType is { Length: > 40 } || prefix is { Length: > FacetDimension.MaxValueLength })
        {
            errors[entityType is { Length: > 40 } ? "entityType" : "prefix"] = ["The value is too long."];
        }
        if (request is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The entities request is invalid.");
        }
        var within = string.IsNullOrWhiteSpace(entityType) ? null : entityType.Trim().ToLowerInvariant() + "/";
        var facet = engine.Pipeline.FacetValues(request, IndexSchema.Entity, prefix, top ?? 50, within);
        // No entity of the type among the matches: a misspelt type ("persons") is an error, not an empty list; one of the
        // types every index may hold is an empty list. A gazetteer may add types, so the index says which others exist.
        if (within is not null && facet.DistinctValues == 0 && !EntityLabel.BuiltInTypes.Contains(within[..^1]) && !TypeExists(engine, within))
        {
            errors["entityType"] = [$"No entity in the index has the type '{entityType!.Trim()}'. Types: {string.Join(", ", EntityLabel.BuiltInTypes)}, and any a gazetteer adds."];
            return TypedResults.ValidationProblem(errors, title: "The entities request is invalid.");
        }
        var entities = facet.Values.Select(v => EntityRef.From(v.Value)).Zip(facet.Values, (e, v) => new EntityCount(v.Value, e.Type, e.Name, v.Count)).ToList();
        return TypedResults.Ok(new EntitiesResponse(entities, facet.DistinctValues, CountedKinds(request)));
    }
}
