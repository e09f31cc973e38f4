using System.Security.Cryptography;
using System.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// A folder of article files with an optional <c>manifest.json</c>. Lists the article files, gives each a stable
/// id, and reads them one at a time so that a broken file becomes an issue in the report, never an exception.
/// </summary>
public sealed class SeedFolder
{
    /// <summary>Files in a seeds folder that hold data for the pipeline rather than articles.</summary>
    public static readonly IReadOnlySet<string> DataFiles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        Manifest.FileName, "entities.json", "synonyms.json", "README.md",
    };

    private static readonly IArticleFormat[] Formats = [new PlainTextFormat(), new MarkdownFormat(), new JsonArticleFormat(), new HtmlFormat()];

    private readonly IngestionOptions _options;
    private readonly Dictionary<string, string> _idsByFile;
    private readonly List<IngestionIssue> _folderIssues;

    private SeedFolder(string path, IngestionOptions options, Manifest manifest, Dictionary<string, string> idsByFile, List<IngestionIssue> folderIssues)
    {
        FullPath = path;
        _options = options;
        Manifest = manifest;
        _idsByFile = idsByFile;
        _folderIssues = folderIssues;
    }

    /// <summary>Absolute path of the folder.</summary>
    public string FullPath { get; }

    /// <summary>The folder's manifest (empty when absent or unreadable).</summary>
    public Manifest Manifest { get; }

    /// <summary>Article files in reading order, relative to the folder.</summary>
    public IReadOnlyCollection<string> ArticleFiles => _idsByFile.Keys;

    /// <summary>Problems with the folder as a whole: the manifest, unsupported files, manifest entries without a file.</summary>
    public IReadOnlyList<IngestionIssue> FolderIssues => _folderIssues;

    /// <summary>Opens a folder, reading its manifest and listing its article files.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static SeedFolder Open(string path, IngestionOptions? options = null)
    {
        options ??= new IngestionOptions();
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(fullPath))
        {
            throw new DirectoryNotFoundException($"Seeds folder '{fullPath}' does not exist.");
        }
        var issues = new List<IngestionIssue>();
        issues.AddRange(Ignored(fullPath));
        var manifest = ReadManifest(fullPath, options, issues);
        var idsByFile = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var unsupported = new HashSet<string>(StringComparer.Ordinal); // reported once, as of a type not read
        foreach (var file in ListFiles(fullPath))
        {
            if (DataFiles.Contains(file))
            {
                continue;
            }
            if (FormatFor(file) is null)
            {
                issues.Add(new IngestionIssue(file, IssueSeverity.Error, $"unsupported file type '{System.IO.Path.GetExtension(file)}' (expected .txt, .md, .json or .html)"));
                unsupported.Add(file);
                continue;
            }
            idsByFile[file] = UniqueId(file, usedIds);
        }
        foreach (var described in manifest.Files.Where(f => !idsByFile.ContainsKey(f) && !unsupported.Contains(f)))
        {
            issues.Add(new IngestionIssue(described, IssueSeverity.Warning, "the manifest describes this file but the folder has no such article file"));
        }
        return new SeedFolder(fullPath, options, manifest, idsByFile, issues);
    }

    /// <summary>
    /// A hash over the names and contents of every file in the folder (data files included), so that any change
    /// to what a rebuild would read changes the fingerprint.
    /// </summary>
    public static string Fingerprint(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var fullPath = System.IO.Path.GetFullPath(path);
        foreach (var file in ListFiles(fullPath))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\0"));
            hash.AppendData(Encoding.UTF8.GetBytes(ContentFingerprint(System.IO.Path.Combine(fullPath, file))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// What stands for a file's content in the fingerprint. A file that cannot be read, or that reports no length (empty,
    /// or not a regular file: a FIFO would block the reader forever), is not opened; the rebuild reports it.
    /// </summary>
    private static string ContentFingerprint(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length == 0)
            {
                return "empty";
            }
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable: " + ex.Message;
        }
    }

    /// <summary>Reads every article file in order.</summary>
    public IEnumerable<ArticleReadResult> ReadAll() => _idsByFile.Keys.SelectMany(Read);

    /// <summary>
    /// Reads one article file: one result, or one for each article of a file that holds a list of them (a JSON array,
    /// or a news API's response). Never throws for bad content or unreadable files.
    /// </summary>
    public IReadOnlyList<ArticleReadResult> Read(string file)
    {
        var issues = new List<IngestionIssue>();
        if (Decode(file, issues) is not { } decoded)
        {
            return [new ArticleReadResult(file, null, issues)];
        }
        var (bytes, text) = decoded;
        IReadOnlyList<(ParsedFile? Parsed, List<IngestionIssue> Issues)>? each;
        try
        {
            each = FormatFor(file)!.ParseEach(text, file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, $"could not be read as articles: {ex.Message}"));
            return [new ArticleReadResult(file, null, issues)];
        }
        if (each is not null)
        {
            // "feed.json#2" is the second article of the list, with an id of its own; the file's issues go with the first.
            return each.Select((element, i) =>
            {
                var path = $"{file}#{i + 1}";
                var elementIssues = i == 0 ? [.. issues, .. element.Issues] : element.Issues;
                // "." is in no file's id: "feed.2" is no other file's.
                var article = element.Parsed is null ? null : FromParsed(file, path, $"{_idsByFile[file]}.{i + 1}", bytes, element.Parsed, elementIssues);
                return new ArticleReadResult(path, article, elementIssues);
            }).ToList();
        }
        return [new ArticleReadResult(file, TryRead(file, bytes, text, issues), issues)];
    }

    /// <summary>The file's bytes and text, or null after adding the error that stops it.</summary>
    private (byte[] Bytes, string Text)? Decode(string file, List<IngestionIssue> issues)
    {
        var path = System.IO.Path.Combine(FullPath, file);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > _options.MaxFileBytes)
            {
                return Fail($"file is {length:N0} bytes, over the limit of {_options.MaxFileBytes:N0} bytes (Search:MaxFileBytes)");
            }
            // Not opened when empty: a FIFO or device also reports no length, and reading one would block the rebuild.
            bytes = length == 0 ? [] : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail($"could not be read: {ex.Message}");
        }
        if (bytes.Length == 0)
        {
            return Fail("empty file");
        }
        var text = Text.TextDecoder.TryDecode(bytes, out var decodeError, out var decodeWarning);
        if (text is null)
        {
            return Fail(decodeError!);
        }
        if (decodeWarning is not null)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Warning, decodeWarning));
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail("file holds only white space");
        }
        // Old Mac files end lines with CR alone: every format reads lines and blank lines as "\n".
        return (bytes, text.Contains('\r') ? text.ReplaceLineEndings("\n") : text);

        (byte[], string)? Fail(string reason)
        {
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, reason));
            return null;
        }
    }

    private Article? TryRead(string file, byte[] bytes, string text, List<IngestionIssue> issues)
    {
        ParsedFile? parsed;
        try
        {
            parsed = FormatFor(file)!.Parse(text, file, issues);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Content no rule anticipated costs this file only.
            issues.Add(new IngestionIssue(file, IssueSeverity.Error, $"could not be read as an article: {ex.Message}"));
            return null;
        }
        return parsed is null ? null : FromParsed(file, file, _idsByFile[file], bytes, parsed, issues);
    }

    /// <summary>
    /// The article a parsed file (or one article of a list, at <paramref name="path"/>) gives, its metadata in order of
    /// precedence; null after adding the error when it has no text.
    /// </summary>
    private Article? FromParsed(string file, string path, string id, byte[] bytes, ParsedFile parsed, List<IngestionIssue> issues)
    {
        try
        {
            parsed = Unscraped(parsed, path, issues);
            var stripped = PublisherSignatures.Strip(parsed.Text);
            var manifest = Manifest.For(file) ?? new ManifestEntry();
            if (stripped.Body.Length == 0)
            {
                // A flash that is only a headline ("Earthquake of magnitude 6.1 strikes off Hokkaido"): the headline is
                // all there is to search and show. Without one, nothing is.
                if ((manifest.Title ?? parsed.Header.Title) is not { } headline || string.IsNullOrWhiteSpace(headline))
                {
                    return Fail("no article text (only a header or publisher boilerplate)");
                }
                issues.Add(new IngestionIssue(path, IssueSeverity.Warning, "no article text: its headline alone is indexed"));
                stripped = stripped with { Body = Text.TextNormalizer.NormalizeInline(headline) };
            }
            if ((manifest.Title ?? parsed.Header.Title) is { Length: > TitleDeriver.MaxGivenLength } longTitle)
            {
                // Shown cut, kept whole: the title opens the text, where it is searched and read.
                issues.Add(new IngestionIssue(path, IssueSeverity.Warning,
                    $"title of {longTitle.Length:N0} characters shown cut to {TitleDeriver.MaxGivenLength:N0}; the whole of it opens the text"));
                stripped = stripped with { Body = Text.TextNormalizer.NormalizeInline(longTitle) + "\n\n" + stripped.Body };
            }
            return Compose(id, path, bytes, parsed, stripped, manifest);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Content no rule anticipated costs this article only.
            return Fail($"could not be read as an article: {ex.Message}");
        }

        Article? Fail(string reason)
        {
            issues.Add(new IngestionIssue(path, IssueSeverity.Error, reason));
            return null;
        }
    }

    /// <summary>The file's text and header as a reader of the web page they were scraped from would see them (<see cref="ScrapedHtml"/>).</summary>
    private static ParsedFile Unscraped(ParsedFile parsed, string file, List<IngestionIssue> issues)
    {
        var body = ScrapedHtml.ToText(parsed.Text);
        var header = parsed.Header with
        {
            Title = Decoded(parsed.Header.Title),
            Outlet = Decoded(parsed.Header.Outlet),
            Original = Decoded(parsed.Header.Original),
        };
        if (ReferenceEquals(body, parsed.Text) && header == parsed.Header)
        {
            return parsed;
        }
        issues.Add(new IngestionIssue(file, IssueSeverity.Warning, "read as a web page's text: its markup is removed and its character references (&amp;) decoded"));
        return parsed with { Text = ReferenceEquals(body, parsed.Text) ? body : Text.TextNormalizer.Normalize(body), Header = header };

        // Most values hold no markup: the same instance comes back, and nothing is normalised again.
        static string? Decoded(string? value) =>
            value is null || ScrapedHtml.ToText(value) is var text && ReferenceEquals(text, value) ? value : Text.TextNormalizer.NormalizeInline(text);
    }

    /// <summary>Applies metadata precedence: manifest, then the file's own header, then signatures, then derivation.</summary>
    private static Article Compose(string id, string path, byte[] bytes, ParsedFile parsed, PublisherSignatures.Result stripped, ManifestEntry manifest)
    {
        var header = parsed.Header;
        return new Article
        {
            Id = id,
            Path = path,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            Body = stripped.Body,
            Title = Sourced<string>.FirstKnown(
                Known(CutTitle(manifest.Title), MetadataSource.Manifest),
                Known(CutTitle(header.Title), MetadataSource.Header),
                Known(TitleDeriver.FromLede(stripped.Body), MetadataSource.Derived)),
            Outlet = Sourced<string>.FirstKnown(
                Known(manifest.Outlet, MetadataSource.Manifest),
                Known(header.Outlet, MetadataSource.Header),
                Known(stripped.Outlet, MetadataSource.Signature)),
            OriginalOutlet = Sourced<string>.FirstKnown(
                Known(manifest.Original, MetadataSource.Manifest),
                Known(header.Original, MetadataSource.Header),
                Known(stripped.Original, MetadataSource.Signature),
                Known(ReadOnAnotherOutlet(stripped.Outlet, manifest.Outlet ?? header.Outlet), MetadataSource.Signature)),
            Published = Sourced<PartialDate?>.FirstKnown(
                manifest.Published is null ? null : new(manifest.Published, MetadataSource.Manifest),
                header.Published is null ? null : new(header.Published, MetadataSource.Header)),
            Url = Sourced<string>.FirstKnown(
                Known(manifest.Url, MetadataSource.Manifest),
                Known(header.Url, MetadataSource.Header)),
            Entities = manifest.Entities.Concat(header.Entities).Distinct(StringComparer.Ordinal).ToList(),
            Evidence = [.. parsed.Evidence, .. stripped.Evidence],
        };
    }

    /// <summary>
    /// "Read the original article on Global Wire" in a file another outlet published: Global Wire is where the copy came
    /// from. In a file of Global Wire's own, or of no known outlet, the line names the outlet itself.
    /// </summary>
    private static string? ReadOnAnotherOutlet(string? signed, string? outlet) =>
        signed is not null && !string.IsNullOrWhiteSpace(outlet) && !string.Equals(signed.Trim(), outlet.Trim(), StringComparison.OrdinalIgnoreCase) ? signed : null;

    private static string? CutTitle(string? title) => title is null ? null : TitleDeriver.CutAtWord(title, TitleDeriver.MaxGivenLength);

    private static Sourced<string>? Known(string? value, MetadataSource source) =>
        string.IsNullOrWhiteSpace(value) ? null : new Sourced<string>(value, source);

    private static Manifest ReadManifest(string folder, IngestionOptions options, List<IngestionIssue> issues)
    {
        var path = System.IO.Path.Combine(folder, Manifest.FileName);
        if (!File.Exists(path))
        {
            return Manifest.Empty;
        }
        try
        {
            if (new FileInfo(path).Length > options.MaxFileBytes)
            {
                issues.Add(new IngestionIssue(Manifest.FileName, IssueSeverity.Error, "manifest is over the file size limit; ignored"));
                return Manifest.Empty;
            }
            return Manifest.Parse(File.ReadAllBytes(path), issues);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issues.Add(new IngestionIssue(Manifest.FileName, IssueSeverity.Error, $"manifest could not be read: {ex.Message}"));
            return Manifest.Empty;
        }
    }

    /// <summary>
    /// What the folder holds that is not read, said in the report so nothing vanishes unnoticed: sub-folders (articles
    /// are read from the top level only) and symbolic links (never followed, so a link cannot pull in files from
    /// elsewhere). Hidden entries (".git", ".DS_Store") are passed over without a word.
    /// </summary>
    private static IEnumerable<IngestionIssue> Ignored(string folder) =>
        new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Where(e => !e.Name.StartsWith('.') && (e.Attributes & FileAttributes.Hidden) == 0)
            .Where(e => (e.Attributes & (FileAttributes.Directory | FileAttributes.ReparsePoint)) != 0)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new IngestionIssue(e.Name, IssueSeverity.Warning, (e.Attributes & FileAttributes.ReparsePoint) != 0
                ? "symbolic link, not followed; ignored"
                : "folder ignored: articles are read from the top level of the seeds folder only"));

    /// <summary>Regular, visible files directly in the folder, in ordinal order so ids and fingerprints are stable.</summary>
    private static IEnumerable<string> ListFiles(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.') && (f.Attributes & (FileAttributes.Hidden | FileAttributes.ReparsePoint)) == 0)
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal);

    private static IArticleFormat? FormatFor(string file)
    {
        var extension = System.IO.Path.GetExtension(file).ToLowerInvariant();
        return Formats.FirstOrDefault(f => f.Extensions.Contains(extension));
    }

    /// <summary>The file name without extension, reduced to URL-safe characters; a clash gets the extension appended.</summary>
    private static string UniqueId(string file, HashSet<string> used)
    {
        var stem = Slug(System.IO.Path.GetFileNameWithoutExtension(file));
        var id = stem.Length == 0 ? "article" : stem;
        if (!used.Add(id))
        {
            id = $"{id}-{Slug(System.IO.Path.GetExtension(file).TrimStart('.'))}";
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{stem}-{n}";
            }
        }
        return id;
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? char.ToLowerInvariant(c) : '-');
        }
        return builder.ToString().Trim('-');
    }
}
