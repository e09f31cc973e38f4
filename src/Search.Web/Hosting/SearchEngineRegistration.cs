using Microsoft.Extensions.Options;
using Search.Core;

namespace Search.Web.Hosting;

/// <summary>Registers the search engine, its options and the start-up indexing.</summary>
internal static class SearchEngineRegistration
{
    /// <summary>
    /// Binds <see cref="SearchOptions"/> from the "Search" section (overridable by environment variables such as
    /// <c>Search__SeedsPath</c> and arguments such as <c>--Search:IndexPath=…</c>) and registers one engine.
    /// </summary>
    public static void AddSearchEngine(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section);
        builder.Services.AddSingleton(services => new SearchEngine(services.GetRequiredService<IOptions<SearchOptions>>().Value));
        builder.Services.AddHostedService<IndexStartupService>();
    }

    /// <summary>
    /// Lets request lines up to 64 KiB through Kestrel so that an over-long query gets our clear 400 rather than
    /// Kestrel's bare 414; the query length itself is limited by validation.
    /// </summary>
    public static void AddRequestLimits(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 64 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 96 * 1024;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024;
        });
}
