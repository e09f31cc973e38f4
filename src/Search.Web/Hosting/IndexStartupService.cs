using Search.Core;

namespace Search.Web.Hosting;

/// <summary>
/// Before the server accepts requests, makes sure the index reflects the seeds folder: builds it when missing,
/// rebuilds it when the seeds (or the schema) changed since it was built, and logs what it did. A failure is logged
/// and the previous index, if any, keeps serving. Then starts preparing the index's facet state in the background.
/// </summary>
internal sealed class IndexStartupService(SearchEngine engine, ILogger<IndexStartupService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureIndex(cancellationToken);
        // The facet state of a large index takes a few hundred milliseconds to build; building it while the server
        // finishes starting means the first search does not wait for it.
        _ = Task.Run(Warm, CancellationToken.None);
        return Task.CompletedTask;
    }

    private void EnsureIndex(CancellationToken cancellationToken)
    {
        var options = engine.Options;
        if (!options.RebuildOnStart)
        {
            logger.LogInformation("Serving index {Index} as is (rebuild on start is off).", engine.Layout.Root);
            return;
        }
        try
        {
            var report = engine.EnsureCurrent(cancellationToken: cancellationToken);
            if (report.KeptOtherSource)
            {
                logger.LogWarning("Index {Generation} in {Index} was not rebuilt from {Seeds}: {Reason}.", report.Index?.Generation, engine.Layout.Root,
                    Path.GetFullPath(options.SeedsPath), report.Reason);
                return;
            }
            if (!report.Rebuilt)
            {
                logger.LogInformation("Index {Generation} in {Index} is current with {Seeds}.", report.Index?.Generation, engine.Layout.Root, Path.GetFullPath(options.SeedsPath));
                return;
            }
            logger.LogInformation("Rebuilt the index because {Reason}: {Articles} articles from {Files} files in {Seconds:0.00} s, now {Generation}.",
                report.Reason, report.Index?.Articles, report.FilesRead, report.Elapsed.TotalSeconds, report.Index?.Generation);
            foreach (var issue in report.Issues)
            {
                logger.LogWarning("{File}: {Severity}: {Reason}", issue.File, issue.Severity, issue.Reason);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException or Search.Core.Indexing.RebuildRefusedException)
        {
            logger.LogError(ex, "Could not build the index from {Seeds}; {State}.", Path.GetFullPath(options.SeedsPath),
                engine.Index.Metadata is null ? "searches will fail until an index is built" : "the previous index keeps serving");
        }
    }

    private void Warm()
    {
        try
        {
            engine.Pipeline.Warm();
        }
        catch (Exception ex)
        {
            // Warming is an optimisation: whatever went wrong, the first search builds the state itself (and reports
            // its own error if the index cannot be read).
            logger.LogWarning(ex, "Could not prepare the facet state of index {Index} in advance.", engine.Layout.Root);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
