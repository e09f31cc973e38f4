using Lucene.Net.Documents;

namespace Search.Core.Indexing;

/// <summary>Turns an <see cref="IndexRecord"/> into a Lucene document by asking every schema field to add itself.</summary>
internal static class DocumentFactory
{
    public static Document Create(IndexRecord record)
    {
        var document = new Document();
        foreach (var field in IndexSchema.Fields)
        {
            field.AddTo(document, record);
        }
        return document;
    }
}
