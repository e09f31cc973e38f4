using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>A value kept only for display; it cannot be searched or filtered.</summary>
public sealed class StoredValueField : SchemaField
{
    private readonly Func<IndexRecord, string?> _value;

    /// <summary>Defines a stored-only field.</summary>
    public StoredValueField(string name, Func<IndexRecord, string?> value) : base(name) => _value = value;

    internal override void AddTo(Document document, IndexRecord record)
    {
        if (_value(record) is { Length: > 0 } value)
        {
            document.Add(new StoredField(Name, value));
        }
    }

    /// <summary>The stored value, if any.</summary>
    internal string? Read(Document document) => document.Get(Name);
}
