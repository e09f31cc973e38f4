using System.Text.RegularExpressions;
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
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private const int MaxEchoedValueLength = 100;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException bad when UnboundParameter().Match(bad.Message) is { Success: true } unbound => NotBound(unbound),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request is invalid.", bad.Message),
            QueryNotSearchableException notSearchable => Problem(StatusCodes.Status400BadRequest, "The query cannot be run.", notSearchable.Message),
            IndexUnavailableException unavailable => Problem(StatusCodes.Status503ServiceUnavailable, "The index is not ready.", unavailable.Message),
            _ => Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.", "The error has been logged."),
        };
        if (problem.Status >= 500 && exception is not IndexUnavailableException)
        {
            logger.LogError(exception, "Unhandled error for {Method} {Path}", context.Request.Method, context.Request.Path);
        }
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, Exception = exception, ProblemDetails = problem });
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    /// <summary>
    /// A query parameter whose text is not of its type ("page=abc"): reported like every other invalid parameter, under
    /// its name in <c>errors</c>, instead of ASP.NET Core's message about the handler's C# parameter.
    /// </summary>
    private static HttpValidationProblemDetails NotBound(Match unbound)
    {
        var name = unbound.Groups["name"].Value;
        name = char.ToLowerInvariant(name[0]) + name[1..]; // the C# property of [FromQuery(Name = "page")] is Page
        var value = unbound.Groups["value"].Value;
        value = value.Length > MaxEchoedValueLength ? value[..MaxEchoedValueLength] + "…" : value;
        var integer = unbound.Groups["type"].Value.Contains("int", StringComparison.OrdinalIgnoreCase);
        // "size=2147483648" is a whole number, only one too large to be any page or size.
        var message = integer && WholeNumber().IsMatch(value) ? $"'{value}' is out of range for '{name}'."
            : $"'{value}' is not valid for '{name}': {(integer ? "a whole number" : "a value of another form")} is expected.";
        return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [name] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is invalid.",
            Detail = $"The parameter '{name}' could not be read.",
        };
    }

    // ASP.NET Core's wording (RequestDelegateFactory): Failed to bind parameter "Nullable<int> Page" from "abc".
    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^"]*) (?<name>[A-Za-z_][A-Za-z0-9_]*)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex UnboundParameter();

    [GeneratedRegex("^[+-]?[0-9]+$")]
    private static partial Regex WholeNumber();
}
