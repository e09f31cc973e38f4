using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core;
using Search.Web.Contracts;

namespace Search.Web.Api;

/// <summary>GET /api/search.</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .MapGet("/search", Search)
            .WithName("Search")
            .WithSummary("Search articles")
            .WithDescription("Full-text search with highlighted snippets and drill-sideways facet counts. " +
                "Filter by repeating a dimension parameter (outlet=…&outlet=…); values within a dimension are OR'ed, dimensions AND'ed. " +
                "Query syntax that does not parse is searched as plain words and the response says so.");
        return app;
    }

    private static Results<GeneratedJsonResult<SearchResponse>, ValidationProblem> Search([AsParameters] SearchQuery query, HttpRequest http, SearchEngine engine)
    {
        var request = SearchQueryReader.Read(query, http.Query, [], out var errors);
        if (request is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The search request is invalid.");
        }
        return new GeneratedJsonResult<SearchResponse>(SearchResponse.From(engine.Pipeline.Search(request)), ApiJsonContext.Default.SearchResponse);
    }
}
