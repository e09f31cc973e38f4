using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>
/// The folder layout of an index: complete generations in <c>gen-NNNNNN/</c>, a build in progress in
/// <c>gen-NNNNNN.building/</c>, and a <c>CURRENT</c> file naming the live generation. Publishing a generation
/// is an atomic rename of <c>CURRENT</c>, so readers see the old index or the new one, never a half-built one.
/// </summary>
public sealed class IndexLayout
{
    private const string CurrentFile = "CURRENT";
    private const string Prefix = "gen-";
    private const string BuildingSuffix = ".building";
    private const string BuildLockFile = ".build.lock";

    /// <summary>Creates the layout for the index folder at <paramref name="root"/>.</summary>
    public IndexLayout(string root) => Root = Path.GetFullPath(root);

    /// <summary>The index folder.</summary>
    public string Root { get; }

    /// <summary>The live generation's name, or <c>null</c> when there is none (or it has gone missing).</summary>
    public string? CurrentGeneration()
    {
        var path = Path.Combine(Root, CurrentFile);
        if (!File.Exists(path))
        {
            return null;
        }
        var name = File.ReadAllText(path).Trim();
        return IsGenerationName(name) && Directory.Exists(PathOf(name)) ? name : null;
    }

    /// <summary>The folder of a generation.</summary>
    public string PathOf(string generation) => Path.Combine(Root, generation);

    /// <summary>Bytes used by a generation's files.</summary>
    public long SizeOnDisk(string generation) =>
        new DirectoryInfo(PathOf(generation)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    /// <summary>
    /// Held while a generation is built, and while old ones are pruned, so that two processes (the server and the CLI, or
    /// two CLIs) never reserve the same generation or delete each other's build. An advisory file lock: the operating
    /// system releases it when the process dies, so a killed rebuild never leaves the index locked.
    /// </summary>
    /// <exception cref="IOException">Another rebuild holds it.</exception>
    internal FileStream LockForBuild()
    {
        Directory.CreateDirectory(Root);
        try
        {
            return new FileStream(Path.Combine(Root, BuildLockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            throw new IOException($"Another rebuild of the index in '{Root}' is running; try again when it has finished.", ex);
        }
    }

    // The lock is held: EWOULDBLOCK from flock on Linux (11) and macOS (35), a sharing or lock violation on Windows
    // (32, 33). Anything else (a full disk, a read-only file system) is reported as what it is.
    private static bool IsHeldElsewhere(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 32 or 33 : ex.HResult == (OperatingSystem.IsMacOS() ? 35 : 11);

    /// <summary>Reserves the next generation name and returns the folder to build it in (hold <see cref="LockForBuild"/>).</summary>
    internal (string Generation, string BuildPath) BeginBuild()
    {
        Directory.CreateDirectory(Root);
        var next = ExistingNumbers().DefaultIfEmpty(0).Max() + 1;
        var generation = Prefix + next.ToString("D6", CultureInfo.InvariantCulture);
        var buildPath = PathOf(generation) + BuildingSuffix;
        Directory.CreateDirectory(buildPath);
        return (generation, buildPath);
    }

    /// <summary>Moves a finished build into place and makes it the live generation.</summary>
    internal void Publish(string generation, string buildPath)
    {
        Directory.Move(buildPath, PathOf(generation));
        var temporary = Path.Combine(Root, CurrentFile + ".tmp");
        File.WriteAllText(temporary, generation + "\n");
        File.Move(temporary, Path.Combine(Root, CurrentFile), overwrite: true);
    }

    /// <summary>Deletes a build that did not finish.</summary>
    internal static void Abandon(string buildPath)
    {
        if (Directory.Exists(buildPath))
        {
            Directory.Delete(buildPath, recursive: true);
        }
    }

    /// <summary>
    /// Removes builds left by killed processes and generations older than the live one and the one before it
    /// (a running server may still be reading that one). Returns the folders it could not remove.
    /// </summary>
    internal IReadOnlyList<string> Prune()
    {
        var failures = new List<string>();
        if (!Directory.Exists(Root))
        {
            return failures;
        }
        FileStream held;
        try
        {
            held = LockForBuild();
        }
        catch (IOException ex) when (ex.InnerException is IOException inner && IsHeldElsewhere(inner))
        {
            return failures; // a rebuild is running elsewhere; the next rebuild prunes
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            failures.Add($"{Root}: old generations not pruned ({ex.Message})");
            return failures;
        }
        using var _ = held;
        var current = CurrentGeneration();
        var keep = ExistingNumbers().Order().TakeLast(2).Select(n => Prefix + n.ToString("D6", CultureInfo.InvariantCulture)).ToHashSet();
        foreach (var folder in Directory.EnumerateDirectories(Root, Prefix + "*"))
        {
            var name = Path.GetFileName(folder);
            var stale = name.EndsWith(BuildingSuffix, StringComparison.Ordinal)
                ? !IsBuildInProgress(folder)
                : IsGenerationName(name) && name != current && !keep.Contains(name);
            if (!stale)
            {
                continue;
            }
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures.Add($"{folder}: {ex.Message}");
            }
        }
        return failures;
    }

    /// <summary>A build folder whose Lucene write lock is held belongs to a live process.</summary>
    private static bool IsBuildInProgress(string folder)
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
        return Lucene.Net.Index.IndexWriter.IsLocked(directory);
    }

    private IEnumerable<int> ExistingNumbers() =>
        Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root, Prefix + "*")
                .Select(d => Path.GetFileName(d).Replace(BuildingSuffix, "", StringComparison.Ordinal))
                .Where(IsGenerationName)
                .Select(n => int.Parse(n.AsSpan(Prefix.Length), CultureInfo.InvariantCulture))
            : [];

    private static bool IsGenerationName(string name) =>
        name.Length == Prefix.Length + 6 && name.StartsWith(Prefix, StringComparison.Ordinal) && name.AsSpan(Prefix.Length).IndexOfAnyExceptInRange('0', '9') < 0;
}
