using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Search.Core;
using Search.Core.Querying;
using Search.Web.Contracts;

namespace Search.Web.Api;

/// <summary>GET /api/articles/{id}.</summary>
internal static class ArticlesApi
{
    private const int MaxIdLength = 200;

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api").WithTags("Articles")
            .MapGet("/articles/{id}", Article)
            .WithName("GetArticle")
            .WithSummary("Get one article")
            .WithDescription("The whole article with its metadata and where each value came from; with q, every match is marked and numbered.");
        return app;
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem> Article(
        string id,
        [Description("Query whose matches are marked in the text.")] string? q,
        SearchEngine engine)
    {
        if (id.Length > MaxIdLength || (q?.Length ?? 0) > SearchLimits.MaxQueryLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [id.Length > MaxIdLength ? "id" : "q"] = [id.Length > MaxIdLength ? $"The id is longer than {MaxIdLength} characters." : $"The query is longer than {SearchLimits.MaxQueryLength} characters."],
            });
        }
        var article = engine.Pipeline.Article(id, q);
        return article is null
            ? TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: $"No article with id '{id}'.")
            : TypedResults.Ok(ArticleResponse.From(article));
    }
}
