namespace Search.Browser.Tests.Support;

/// <summary>Where Chromium is, and whether browser tests can run.</summary>
public static class Chromium
{
    public const string InstallCommand = "sudo apt-get install -y chromium";

    /// <summary><c>CHROMIUM_PATH</c> if set, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Under CI the browser tests must run: a missing browser is a failure, not a skip.</summary>
    public static bool IsRequired => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Flags for a headless Chromium in a sandboxed container with no outside network: no sandbox (we run as root),
    /// no GPU, and none of the background services that would try to reach Google.
    /// </summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];
}

/// <summary>A fact that needs Chromium: skipped with the install command when it is missing, unless CI requires it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.IsInstalled && !Chromium.IsRequired)
        {
            Skip = $"Chromium not found at {Chromium.ExecutablePath}; install it with `{Chromium.InstallCommand}` or set CHROMIUM_PATH.";
        }
    }
}
