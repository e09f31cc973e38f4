using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Search.Web.Tests.Support;

/// <summary>
/// The web app pointed at a private copy of the seeds and a private index folder, so tests can change both.
/// The index is built on start, as in production.
/// </summary>
public class SearchApplication : WebApplicationFactory<Program>
{
    private readonly bool _ownsFolders;

    public SearchApplication() : this(CreateFolder("seeds"), CreateFolder("index"), copySeeds: true)
    {
        _ownsFolders = true;
    }

    /// <summary>An app over folders the caller owns (and may change between starts).</summary>
    public static SearchApplication Over(string seedsPath, string indexPath) => new(seedsPath, indexPath, copySeeds: false);

    private SearchApplication(string seedsPath, string indexPath, bool copySeeds)
    {
        SeedsPath = seedsPath;
        IndexPath = indexPath;
        if (copySeeds)
        {
            foreach (var file in Directory.EnumerateFiles(RepositorySeeds))
            {
                File.Copy(file, Path.Combine(seedsPath, Path.GetFileName(file)), overwrite: true);
            }
        }
    }

    public string SeedsPath { get; }

    public string IndexPath { get; }

    /// <summary>The repository's seeds folder.</summary>
    public static string RepositorySeeds { get; } = FindRepositorySeeds();

    public static string CreateFolder(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), $"search-web-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Search:SeedsPath", SeedsPath);
        builder.UseSetting("Search:IndexPath", IndexPath);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsFolders)
        {
            TryDelete(SeedsPath);
            TryDelete(IndexPath);
        }
    }

    public static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up; a file may still be open on some platforms.
        }
    }

    private static string FindRepositorySeeds()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Search.sln")))
            {
                return Path.Combine(directory.FullName, "seeds");
            }
        }
        throw new DirectoryNotFoundException("Repository root (Search.sln) not found above " + AppContext.BaseDirectory);
    }
}
