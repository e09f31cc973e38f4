using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Search.Web.Tests.Support;

namespace Search.Browser.Tests.Support;

/// <summary>
/// Starts the real app on a free local port (Kestrel, not the in-memory test server) over a private copy of the
/// seeds, plus any extra article files a test class needs, and launches headless Chromium against it.
/// </summary>
public class BrowserApplication : IAsyncLifetime, IDisposable
{
    private readonly SearchApplication _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseAddress { get; private set; } = "";

    /// <summary>Extra article files (name → content) written into the seeds copy before the app starts.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraArticles { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        // The suite runs test assemblies in parallel on two cores: give the page time rather than fail on a busy machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        foreach (var (name, content) in ExtraArticles)
        {
            await File.WriteAllTextAsync(Path.Combine(_app.SeedsPath, name), content);
        }
        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().TrimEnd('/') + "/";
        if (!Chromium.IsInstalled)
        {
            return; // the tests skip (or, under CI, fail on their first use of the browser)
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            Args = Chromium.Arguments,
        });
    }

    /// <summary>A fresh page (own cookies, storage and history).</summary>
    public async Task<IPage> NewPage()
    {
        Assert.True(Chromium.IsInstalled, $"Chromium is required under CI but was not found at {Chromium.ExecutablePath}; install it with `{Chromium.InstallCommand}`.");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        return page;
    }

    public void Dispose()
    {
        _playwright?.Dispose();
        _app.Dispose();
        GC.SuppressFinalize(this);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}
