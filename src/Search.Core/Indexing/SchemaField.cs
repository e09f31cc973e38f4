using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// A field of the index: its name, how its values are indexed, and where they come from in an <see cref="IndexRecord"/>.
/// Every field the index holds is one instance in <see cref="IndexSchema"/>; nothing else names fields.
/// </summary>
public abstract class SchemaField
{
    /// <summary>Creates a field definition.</summary>
    protected SchemaField(string name) => Name = name;

    /// <summary>The Lucene field name.</summary>
    public string Name { get; }

    /// <summary>Adds this field's values for <paramref name="record"/> to <paramref name="document"/>.</summary>
    internal abstract void AddTo(Document document, IndexRecord record);

    /// <inheritdoc />
    public override string ToString() => Name;
}
