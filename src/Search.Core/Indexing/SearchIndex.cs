namespace Search.Core.Indexing;

/// <summary>
/// The live index: hands out searcher leases on the current generation and switches to a newer generation when
/// one is published (by this process or another, such as the command-line tool). One instance per index folder.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private readonly IndexLayout _layout;
    private readonly TimeSpan _checkInterval;
    private readonly object _swapGate = new();
    private IndexGeneration? _current;
    private volatile string? _openFailure;
    private long _nextCheckTicks;

    /// <summary>Opens the index at <paramref name="layout"/> (which may not exist yet).</summary>
    /// <param name="layout">The index folder.</param>
    /// <param name="checkInterval">How often to look for a generation published by another process.</param>
    public SearchIndex(IndexLayout layout, TimeSpan? checkInterval = null)
    {
        _layout = layout;
        _checkInterval = checkInterval ?? TimeSpan.FromSeconds(2);
        Refresh();
    }

    /// <summary>The index folder.</summary>
    public IndexLayout Layout => _layout;

    /// <summary>Why the generation named by the index folder could not be opened, if it could not; <c>null</c> otherwise.</summary>
    public string? OpenFailure => _openFailure;

    /// <summary>Metadata of the live generation, or <c>null</c> when there is none.</summary>
    public IndexMetadata? Metadata => Volatile.Read(ref _current)?.Metadata;

    /// <summary>
    /// Raised with the new generation's metadata just before it goes live, whoever published it (this process or the
    /// command-line tool): what was loaded from the seeds folder with it (synonyms, the gazetteer) is reloaded here, so
    /// no search on the new generation runs with the old.
    /// </summary>
    public event Action<IndexMetadata>? Switching;

    /// <summary>Looks for a newly published generation, unless it looked less than the check interval ago.</summary>
    public void RefreshIfDue()
    {
        if (Environment.TickCount64 >= Volatile.Read(ref _nextCheckTicks))
        {
            Refresh();
        }
    }

    /// <summary>Borrows a searcher on the live generation.</summary>
    /// <exception cref="IndexUnavailableException">No generation has been built yet.</exception>
    public SearcherLease Acquire()
    {
        RefreshIfDue();
        while (true)
        {
            var generation = Volatile.Read(ref _current)
                ?? throw new IndexUnavailableException(_openFailure ?? $"No index has been built in '{_layout.Root}' yet.");
            if (generation.TryRetain())
            {
                return new SearcherLease(generation, generation.Manager.Acquire());
            }
            // The generation closed between reading it and retaining it: a newer one is in place; try again.
        }
    }

    /// <summary>Switches to the generation named by the index folder, if it differs from the live one.</summary>
    /// <returns>Whether the live generation changed.</returns>
    public bool Refresh()
    {
        lock (_swapGate)
        {
            Volatile.Write(ref _nextCheckTicks, Environment.TickCount64 + (long)_checkInterval.TotalMilliseconds);
            var name = _layout.CurrentGeneration();
            if (name is null || name == _current?.Metadata.Generation)
            {
                return false;
            }
            IndexGeneration next;
            try
            {
                next = IndexGeneration.Open(_layout, name);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A damaged or unreadable generation (a missing segments file, a truncated one): whatever was live keeps
                // serving, searches without one say why, and a rebuild can still publish a good generation.
                _openFailure = $"The index generation '{name}' in '{_layout.Root}' could not be opened: {ex.Message}";
                return false;
            }
            _openFailure = null;
            try
            {
                Switching?.Invoke(next.Metadata);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
            {
                // What could not be reloaded keeps its last good state: the new generation still goes live, and the
                // error never reaches a search or the health check.
            }
            var previous = Interlocked.Exchange(ref _current, next);
            previous?.Retire();
            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_swapGate)
        {
            Interlocked.Exchange(ref _current, null)?.Retire();
        }
    }
}
