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
        var articles = app.MapGroup("/api/articles").WithTags("Articles")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        articles.MapGet("/{id}", Article)
            .WithName("GetArticle")
            .WithSummary("Get one article")
            .WithDescription("The whole article with its metadata and where each value came from; with q, every match is marked and numbered.");
        articles.MapGet("/{id}/similar", Similar)
            .WithName("SimilarArticles")
            .WithSummary("Articles like this one")
            .WithDescription("Articles sharing the most distinctive terms with this one (Lucene's MoreLikeThis over the article's terms), best first.");
        return app;
    }

    private static Results<Ok<ArticleResponse>, ProblemHttpResult, ValidationProblem> Article(
        string id,
        [Description("Query whose matches are marked in the text.")] string? q,
        SearchEngine engine,
        HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        QueryParameters.RejectUnknown(request.Query, ["q"], errors);
        CheckId(id, errors);
        if (q is not null && SearchLimits.CharactersIn(q) > SearchLimits.MaxQueryLength)
        {
            errors["q"] = [$"The query is longer than {SearchLimits.MaxQueryLength} characters."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var article = engine.Articles.Article(id, q);
        return article is null
            ? TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: $"No article with id '{id}'.")
            : TypedResults.Ok(ArticleResponse.From(article));
    }

    private static Results<Ok<SimilarResponse>, ProblemHttpResult, ValidationProblem> Similar(
        string id,
        [Description("How many articles to return, 1-50 (default 5).")] int? size,
        SearchEngine engine,
        HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        QueryParameters.RejectUnknown(request.Query, ["size"], errors);
        CheckId(id, errors);
        if (size is < 1 or > 50)
        {
            errors["size"] = ["size must be between 1 and 50."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var similar = engine.Articles.Similar(id, size ?? 5);
        return similar is null
            ? TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: $"No article with id '{id}'.")
            : TypedResults.Ok(new SimilarResponse(id, similar.Hits.Select(SearchHitResponse.From).ToList(), similar.SameReport));
    }

    private static void CheckId(string id, Dictionary<string, string[]> errors)
    {
        if (id.Length > MaxIdLength)
        {
            errors["id"] = [$"The id is longer than {MaxIdLength} characters."];
        }
    }
}
