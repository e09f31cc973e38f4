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
        var articles = app.MapGroup("/api/articles").WithTags("Articles");
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
        SearchEngine engine)
    {
        if (id.Length > MaxIdLength || (q?.Length ?? 0) > SearchLimits.MaxQueryLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [id.Length > MaxIdLength ? "id" : "q"] = [id.Length > MaxIdLength ? $"The id is longer than {MaxIdLength} characters." : $"The query is longer than {SearchLimits.MaxQueryLength} characters."],
            });
        }
        var article = engine.Articles.Article(id, q);
        return article is null
            ? TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: $"No article with id '{id}'.")
            : TypedResults.Ok(ArticleResponse.From(article));
    }

    private static Results<Ok<SimilarResponse>, ProblemHttpResult, ValidationProblem> Similar(
        string id,
        [Description("How many articles to return, 1-50 (default 5).")] int? size,
        SearchEngine engine)
    {
        if (size is < 1 or > 50 || id.Length > MaxIdLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [id.Length > MaxIdLength ? "id" : "size"] = [id.Length > MaxIdLength ? $"The id is longer than {MaxIdLength} characters." : "size must be between 1 and 50."],
            });
        }
        var similar = engine.Articles.Similar(id, size ?? 5);
        return similar is null
            ? TypedResults.Problem(title: "Not Found", statusCode: StatusCodes.Status404NotFound, detail: $"No article with id '{id}'.")
            : TypedResults.Ok(new SimilarResponse(id, similar.Select(SearchHitResponse.From).ToList()));
    }
}
