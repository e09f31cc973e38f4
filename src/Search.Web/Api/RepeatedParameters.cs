using Search.Core.Indexing;

namespace Search.Web.Api;

/// <summary>
/// A parameter that takes one value, given twice ("q=kursk&amp;q=soldier", "size=1&amp;size=2"), is a 400 on every
/// endpoint: model binding would join the values with a comma and search for "kursk,soldier", or report a value the
/// client never sent. Only filters (one per facet dimension: outlet=…&amp;outlet=…) and facets= may repeat. Checked
/// before binding, so the message names what was wrong rather than a value made of both.
/// </summary>
internal static class RepeatedParameters
{
    private static readonly HashSet<string> Repeatable =
        IndexSchema.Dimensions.Select(d => d.Name).Append("facets").ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static IApplicationBuilder UseSingleValuedParameters(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && Repeated(context.Request.Query) is { Count: > 0 } errors)
        {
            await TypedResults.ValidationProblem(errors, title: "The request is invalid.").ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static Dictionary<string, string[]> Repeated(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in query)
        {
            if (values.Count > 1 && !Repeatable.Contains(name) && errors.Count < Search.Core.Querying.SearchLimits.MaxMessagesPerParameter)
            {
                errors[name] = [$"'{name}' was given {values.Count} times; it takes one value (only filters such as outlet= may repeat)."];
            }
        }
        return errors;
    }
}
