namespace Search.Web.Hosting;

/// <summary>
/// HEAD on the API and its OpenAPI document answers as GET would, headers and status alike, without the body:
/// monitors and link checkers ask with HEAD, and the endpoints, mapped for GET, would otherwise answer 405. The page's
/// files answer HEAD already.
/// </summary>
internal static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsHead(context.Request.Method) || !(path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi")))
        {
            await next(context);
            return;
        }
        context.Request.Method = HttpMethods.Get;
        var body = context.Response.Body;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    });
}
