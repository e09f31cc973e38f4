using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Search.Core.Indexing;

/// <summary>
/// State derived from a reader (facet ordinal maps, term statistics) computed once per reader and dropped with it.
/// Owned by an index generation, so nothing is global.
/// </summary>
public sealed class ReaderStateCache
{
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<Type, Lazy<object>>> _states = new();

    /// <summary>The state of type <typeparamref name="T"/> for <paramref name="reader"/>, created on first use.</summary>
    public T GetOrCreate<T>(IndexReader reader, Func<IndexReader, T> create) where T : class
    {
        var states = _states.GetValue(reader, _ => new ConcurrentDictionary<Type, Lazy<object>>());
        return (T)states.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(reader))).Value;
    }
}
