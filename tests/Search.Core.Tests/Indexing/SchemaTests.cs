using Lucene.Net.Index;
using Search.Core.Indexing;
using Search.Core.Tests.Support;

namespace Search.Core.Tests.Indexing;

public sealed class SchemaTests
{
    [Fact]
    public void Every_field_has_a_unique_name()
    {
        var names = IndexSchema.Fields.Select(f => f.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Text_fields_store_term_vectors_with_positions_and_offsets_and_dimensions_use_sorted_set_doc_values()
    {
        using var search = TestSearch.FromSeeds();
        using var lease = search.Index.Acquire();
        var infos = MultiFields.GetMergedFieldInfos(lease.Searcher.IndexReader);

        Assert.Contains(IndexSchema.SearchedText, f => !f.Highlighted);
        foreach (var text in IndexSchema.SearchedText.Where(f => f.Highlighted))
        {
            var info = infos.FieldInfo(text.Name);
            Assert.True(info.HasVectors, $"{text.Name} has no term vectors");
            var vector = lease.Searcher.IndexReader.GetTermVector(0, text.Name);
            Assert.True(vector.HasOffsets && vector.HasPositions, $"{text.Name} vectors lack offsets or positions");
        }
        foreach (var dimension in new[] { IndexSchema.Outlet, IndexSchema.Date, IndexSchema.Type })
        {
            Assert.Equal(DocValuesType.SORTED_SET, infos.FieldInfo(dimension.Name).DocValuesType);
        }
    }
}
