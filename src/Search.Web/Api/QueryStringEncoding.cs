using System.Text.Unicode;

namespace Search.Web.Api;

/// <summary>
/// A query string whose percent-escapes are not UTF-8 ("q=%FF", "q=caf%E9" from a Latin-1 form) is a 400 on every
/// endpoint. ASP.NET leaves such escapes undecoded, so "q=%FF" would otherwise search for the text "%FF" and say
/// nothing. A '%' not followed by two hex digits ("q=50%") is plain text and passes.
/// </summary>
internal static class QueryStringEncoding
{
    public static IApplicationBuilder UseUtf8QueryStrings(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && FirstBadParameter(context.Request.QueryString.Value) is { } name)
        {
            var errors = new Dictionary<string, string[]>
            {
                [name] = ["The value holds percent-escapes that are not UTF-8 (such as %FF); encode the text as UTF-8."],
            };
            await TypedResults.ValidationProblem(errors, title: "The request is invalid.").ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    /// <summary>The name of the first parameter, as far as it can be read, whose escapes do not decode as UTF-8.</summary>
    public static string? FirstBadParameter(string? queryString)
    {
        if (string.IsNullOrEmpty(queryString) || !queryString.Contains('%'))
        {
            return null;
        }
        foreach (var pair in queryString.TrimStart('?').Split('&'))
        {
            if (!EscapesAreUtf8(pair))
            {
                var name = pair.Split('=')[0];
                return name.Length > 0 && EscapesAreUtf8(name) ? Uri.UnescapeDataString(name.Replace('+', ' ')) : "query";
            }
        }
        return null;
    }

    /// <summary>Whether every run of consecutive %XX escapes in <paramref name="text"/> decodes as UTF-8.</summary>
    private static bool EscapesAreUtf8(string text)
    {
        var capacity = text.Length / 3 + 1;
        Span<byte> run = capacity <= 1024 ? stackalloc byte[capacity] : new byte[capacity];
        var length = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i + 2 < text.Length && text[i] == '%' && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                run[length++] = (byte)Convert.ToInt32(text.Substring(i + 1, 2), 16);
                i += 2;
            }
            else if (length > 0)
            {
                if (!Utf8.IsValid(run[..length]))
                {
                    return false;
                }
                length = 0;
            }
        }
        return true;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
