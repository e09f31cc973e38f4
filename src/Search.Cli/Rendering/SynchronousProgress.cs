namespace Search.Cli.Rendering;

/// <summary>
/// Reports progress on the calling thread. <see cref="Progress{T}"/> posts to the thread pool, which would update
/// the progress bar after the work it describes has finished.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
