using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Search.Web.Hosting;

/// <summary>Reads the <c>appsettings.json</c> shipped beside the app, wherever it is started from.</summary>
public static class SettingsBesideTheApp
{
    /// <summary>
    /// The service starts in the repository root (so that <c>seeds</c> and <c>index</c> are found there), which is its
    /// content root, and that holds no <c>appsettings.json</c>: without this, the shipped settings — log levels among
    /// them, so that every request was logged to the console — were silently ignored. The file beside the app
    /// comes first, so a settings file in the content root, environment variables and arguments still override it.
    /// </summary>
    public static void AddSettingsBesideTheApp(this WebApplicationBuilder builder) =>
        builder.Configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = true,
        });
}
