using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core;
using Search.Web.Contracts;

namespace Search.Web.Api;

/// <summary>GET /api/health.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Service")
            // HEAD too, as on every endpoint (Hosting.HeadRequests): uptime checks often ask for the status alone.
            .MapGet("/health", Health)
            .WithName("Health")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Service health")
            .WithDescription("The live index generation, its document count and when it was built; 503 while no index exists.");
        return app;
    }

    private static Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>> Health(SearchEngine engine)
    {
        // A generation the command-line tool published is reported as soon as a search would see it.
        engine.Index.RefreshIfDue();
        if (engine.Index.Metadata is not { } metadata)
        {
            return TypedResults.Json(new HealthResponse("unavailable", null, 0, 0, null, null), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return TypedResults.Ok(new HealthResponse("ok", metadata.Generation, metadata.Documents, metadata.Articles, metadata.BuiltAt, metadata.SourceFingerprint));
    }
}
