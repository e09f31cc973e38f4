using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core;
using Search.Core.Querying;
using Search.Web.Contracts;

namespace Search.Web.Api;

/// <summary>GET /api/suggest: completions for the search box.</summary>
internal static class SuggestApi
{
    public static IEndpointRouteBuilder MapSuggestApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Search").ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .MapGet("/suggest", Suggest)
            .WithName("Suggest")
            .WithSummary("Autocomplete")
            .WithDescription("Entity names whose words start with what was typed (by article count), then article titles matching it.");
        return app;
    }

    private static Results<Ok<SuggestResponse>, ValidationProblem> Suggest(
        [Description("What the user has typed so far.")] string? prefix,
        [Description("How many suggestions, 1-20 (default 8).")] int? size,
        SearchEngine engine,
        HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        QueryParameters.RejectUnknown(request.Query, ["prefix", "size"], errors);
        if (prefix?.Length > Suggester.MaxPrefixLength)
        {
            errors["prefix"] = [$"The prefix is longer than {Suggester.MaxPrefixLength} characters."];
        }
        if (size is < 1 or > 20)
        {
            errors["size"] = ["size must be between 1 and 20."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var suggestions = engine.Suggestions.Suggest(prefix ?? "", size ?? 8)
            .Select(s => new SuggestionResponse(s.Text, s.Kind.ToString().ToLowerInvariant(), s.Value, s.Count, s.Outlet))
            .ToList();
        return TypedResults.Ok(new SuggestResponse(prefix ?? "", suggestions));
    }
}
