using System.Globalization;

namespace Search.Core.Indexing;

/// <summary>Facts about a generation, kept in its Lucene commit so they travel with the index files.</summary>
/// <param name="Generation">Generation folder name.</param>
/// <param name="BuiltAt">When the build finished.</param>
/// <param name="SourceFingerprint">Fingerprint of what was indexed (seeds folder and pipeline version).</param>
/// <param name="Articles">Number of article documents.</param>
/// <param name="Documents">Number of documents of all kinds.</param>
/// <param name="SeedsFolder">Full path of the seeds folder it was built from; null for a corpus file and for indexes
/// written before the path was recorded.</param>
public sealed record IndexMetadata(string Generation, DateTimeOffset BuiltAt, string SourceFingerprint, int Articles, int Documents, string? SeedsFolder = null)
{
    /// <summary>How an index built from a corpus file (the benchmark's JSONL) marks its source, followed by the file's path.</summary>
    public const string CorpusSourcePrefix = "corpus:";

    /// <summary>Whether the generation was built from a corpus file rather than from a seeds folder.</summary>
    public bool BuiltFromCorpus => SourceFingerprint.StartsWith(CorpusSourcePrefix, StringComparison.Ordinal);

    private const string GenerationKey = "generation";
    private const string BuiltAtKey = "built_at";
    private const string FingerprintKey = "source_fingerprint";
    private const string ArticlesKey = "articles";
    private const string DocumentsKey = "documents";
    private const string SeedsFolderKey = "seeds_folder";

    internal Dictionary<string, string> ToCommitData()
    {
        var data = new Dictionary<string, string>
        {
            [GenerationKey] = Generation,
            [BuiltAtKey] = BuiltAt.ToString("O", CultureInfo.InvariantCulture),
            [FingerprintKey] = SourceFingerprint,
            [ArticlesKey] = Articles.ToString(CultureInfo.InvariantCulture),
            [DocumentsKey] = Documents.ToString(CultureInfo.InvariantCulture),
        };
        if (SeedsFolder is not null)
        {
            data[SeedsFolderKey] = SeedsFolder;
        }
        return data;
    }

    internal static IndexMetadata FromCommitData(IDictionary<string, string> data, string generation) => new(
        data.TryGetValue(GenerationKey, out var g) ? g : generation,
        data.TryGetValue(BuiltAtKey, out var b) && DateTimeOffset.TryParse(b, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var builtAt) ? builtAt : DateTimeOffset.MinValue,
        data.TryGetValue(FingerprintKey, out var f) ? f : "",
        data.TryGetValue(ArticlesKey, out var a) && int.TryParse(a, CultureInfo.InvariantCulture, out var articles) ? articles : 0,
        data.TryGetValue(DocumentsKey, out var d) && int.TryParse(d, CultureInfo.InvariantCulture, out var documents) ? documents : 0,
        data.TryGetValue(SeedsFolderKey, out var s) && s.Length > 0 ? s : null);
}
