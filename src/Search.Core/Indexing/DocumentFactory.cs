using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>Turns an <see cref="IndexRecord"/> into a Lucene document by asking every schema field to add itself.</summary>
internal static class DocumentFactory
{
    [ThreadStatic]
    private static Document? t_document;

    /// <summary>
    /// The document for <paramref name="record"/>. Add it to the writer before creating the next one on the same
    /// thread: its keyword fields are reused (<see cref="ReusableFields"/>).
    /// </summary>
    public static Document Create(IndexRecord record)
    {
        ReusableFields.StartDocument();
        // Reused too: a new document's field list grew by doubling, over and over, for every document.
        var document = t_document ??= new Document();
        document.Fields.Clear();
        foreach (var field in IndexSchema.Fields)
        {
            field.AddTo(document, record);
        }
        return document;
    }
}
