using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// Keyword fields reused from document to document on one thread. Lucene.Net gives every new untokenised field its
/// own token stream, and each token stream's attributes come from a factory behind a lock — a tenth of indexing time
/// went there. Lucene's advice is to reuse field instances, which is safe here because every document is added to
/// the writer before the next one is built on the same thread (<see cref="DocumentFactory.Create"/>).
/// </summary>
internal static class ReusableFields
{
    [ThreadStatic]
    private static Dictionary<(string Name, bool Stored), List<StringField>>? t_fields;

    [ThreadStatic]
    private static Dictionary<(string Name, bool Stored), int>? t_used;

    /// <summary>Starts a document: the fields handed out for the previous one may be handed out again.</summary>
    public static void StartDocument() => t_used?.Clear();

    /// <summary>A keyword field holding <paramref name="value"/>; the n-th of a name in one document is its own instance.</summary>
    public static StringField Keyword(string name, string value, bool stored)
    {
        var fields = t_fields ??= [];
        var used = t_used ??= [];
        var key = (name, stored);
        var index = used.GetValueOrDefault(key);
        used[key] = index + 1;
        if (!fields.TryGetValue(key, out var list))
        {
            fields[key] = list = [];
        }
        if (index == list.Count)
        {
            list.Add(new StringField(name, value, stored ? Field.Store.YES : Field.Store.NO));
            return list[index];
        }
        list[index].SetStringValue(value);
        return list[index];
    }
}
