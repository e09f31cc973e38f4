using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Search.Web.Tests.Support;

namespace Search.Web.Tests.Api;

public sealed class SettingsTests : IDisposable
{
    private readonly string _contentRoot = SearchApplication.CreateFolder("content-root");

    [Fact]
    public void The_settings_shipped_beside_the_app_apply_when_it_starts_elsewhere()
    {
        using var app = new StartedElsewhere(_contentRoot);

        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.False(File.Exists(Path.Combine(_contentRoot, "appsettings.json")));
        Assert.Equal("Warning", configuration["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal("16777216", configuration["Search:MaxFileBytes"]);
    }

    public void Dispose() => SearchApplication.TryDelete(_contentRoot);

    /// <summary>The app with a content root that holds no settings file, as when it runs from the repository root.</summary>
    private sealed class StartedElsewhere(string contentRoot) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(contentRoot);
            builder.UseSetting("Search:RebuildOnStart", "false");
            builder.UseSetting("Search:IndexPath", Path.Combine(contentRoot, "index"));
        }
    }
}
