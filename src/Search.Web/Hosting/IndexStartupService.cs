using Search.Core;

namespace Search.Web.Hosting;

/// <summary>
/// Before the server accepts requests, makes sure the index reflects the seeds folder: builds it when missing,
/// rebuilds it when the seeds (or the schema) changed since it was built, and logs what it did. A failure is logged
/// and the previous index, if any, keeps serving.
/// </summary>
internal sealed class IndexStartupService(SearchEngine engine, ILogger<IndexStartupService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var options = engine.Options;
        if (!options.RebuildOnStart)
        {
            logger.LogInformation("Serving index {Index} as is (rebuild on start is off).", engine.Layout.Root);
            return Task.CompletedTask;
        }
        try
        {
            var report = engine.EnsureCurrent(cancellationToken: cancellationToken);
            if (!report.Rebuilt)
            {
                logger.LogInformation("Index {Generation} in {Index} is current with {Seeds}.", report.Index?.Generation, engine.Layout.Root, Path.GetFullPath(options.SeedsPath));
                return Task.CompletedTask;
            }
            logger.LogInformation("Rebuilt the index because {Reason}: {Articles} articles from {Files} files in {Seconds:0.00} s, now {Generation}.",
                report.Reason, report.Index?.Articles, report.FilesRead, report.Elapsed.TotalSeconds, report.Index?.Generation);
            foreach (var issue in report.Issues)
            {
                logger.LogWarning("{File}: {Severity}: {Reason}", issue.File, issue.Severity, issue.Reason);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
        {
            logger.LogError(ex, "Could not build the index from {Seeds}; {State}.", Path.GetFullPath(options.SeedsPath),
                engine.Index.Metadata is null ? "searches will fail until an index is built" : "the previous index keeps serving");
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
