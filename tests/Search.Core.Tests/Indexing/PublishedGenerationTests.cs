using Search.Core.Indexing;
using Search.Core.Querying;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

/// <summary>A server picks up a generation another process (the command-line tool) publishes, with its seed data.</summary>
public sealed class PublishedGenerationTests : IDisposable
{
    private readonly TempDirectory _root = new("published");

    public void Dispose() => _root.Dispose();

    private SearchOptions Options() => new() { SeedsPath = _root.Combine("seeds"), IndexPath = _root.Combine("index") };

    [Fact]
    public void Synonyms_and_the_gazetteer_of_a_generation_published_elsewhere_are_in_force_once_it_is_live()
    {
        Seeds.CopyTo(_root.Combine("seeds"));
        using var server = new SearchEngine(Options());
        server.Rebuild();
        Assert.Empty(Search(server, "qwertyvale").Hits);

        // The tool, configured alike, changes the seeds' synonyms and gazetteer and publishes a new generation.
        _root.Write("seeds/synonyms.json", """{"equivalent": [["kursk", "qwertyvale"]]}""");
        _root.Write("seeds/entities.json", """{"entities": [{"name": "Qwerty Institute", "type": "organisation", "aliases": ["Qwerty Institute"]}]}""");
        using (var tool = new SearchEngine(Options()))
        {
            tool.Rebuild();
        }
        server.Index.Refresh();

        Assert.NotEmpty(Search(server, "qwertyvale").Hits);
        Assert.Contains("Qwerty Institute", server.Suggestions.Gazetteer!.Entries.Select(e => e.Name));
    }

    private static SearchResults Search(SearchEngine engine, string query) =>
        engine.Pipeline.Search(SearchRequestParser.TryParse(new SearchParameters { Query = query }, out _)!);
}
