namespace Search.Web.Hosting;

/// <summary>
/// Response headers that keep untrusted text inert even where escaping were ever missed: no response is sniffed into
/// another content type (an article served as JSON or text never runs as HTML), and the page's files carry a content
/// security policy. The page also declares its policy in a meta element; the header adds what a meta element cannot —
/// no other site may frame the page (clickjacking) — and covers every file served beside it. The API reference page,
/// whose package writes an inline script, keeps its own defaults.
/// </summary>
internal static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Adds the headers as each response starts, so that error responses, which clear what came before, carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/scalar") && !path.StartsWithSegments("/openapi"))
            {
                headers.ContentSecurityPolicy = PagePolicy;
                headers["Referrer-Policy"] = "no-referrer";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
