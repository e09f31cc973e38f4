using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Search.Core.Indexing;
using Search.Core.Querying;

namespace Search.Web.Api;

/// <summary>
/// Maps the exceptions that user input or service state can cause to RFC 7807 problems with a clear message:
/// malformed parameters and unrunnable queries are 400s, a missing index is 503. Anything else is a genuine bug
/// and becomes a 500 without internals.
/// </summary>
internal sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is invalid.", bad.Message),
            QueryNotSearchableException notSearchable => (StatusCodes.Status400BadRequest, "The query cannot be run.", notSearchable.Message),
            IndexUnavailableException unavailable => (StatusCodes.Status503ServiceUnavailable, "The index is not ready.", unavailable.Message),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error has been logged."),
        };
        if (status >= 500 && exception is not IndexUnavailableException)
        {
            logger.LogError(exception, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
