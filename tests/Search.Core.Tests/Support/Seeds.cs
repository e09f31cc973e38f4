namespace Search.Core.Tests.Support;

/// <summary>The repository's seeds folder and helpers to copy it for tests that change it.</summary>
public static class Seeds
{
    public static string Folder { get; } = FindFolder();

    public const string BusinessInsider = "000_3f6364e4c56dc2c1";
    public const string Wion = "001_87f13800c3cf062a";
    public const string M10 = "002_2f87e43fdd5c9d25";
    public const string MoscowTimes = "003_ddf6760ca5e8625a";
    public const string AmericanMilitaryNews = "004_f46bea610a9b1fe8";

    public static IReadOnlyList<string> AllIds { get; } = [BusinessInsider, Wion, M10, MoscowTimes, AmericanMilitaryNews];

    /// <summary>Copies the seeds (with or without the manifest) into <paramref name="target"/>.</summary>
    public static void CopyTo(string target, bool withManifest = true)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            if (!withManifest && Path.GetFileName(file) == "manifest.json")
            {
                continue;
            }
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
    }

    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("Could not find the repository's seeds folder above " + AppContext.BaseDirectory);
    }
}
