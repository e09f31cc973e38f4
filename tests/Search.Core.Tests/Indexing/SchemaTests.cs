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

    [Theory]
    [InlineData(5)]
    [InlineData(40)]
    [InlineData(5000)]
    public void A_dimension_keeps_each_value_once_in_first_seen_order_however_many_there_are(int distinct)
    {
        var names = Enumerable.Range(0, distinct).Select(i => $"person/Name {i}").ToList();
        var record = TestRecords.Article("a", "Text.") with { Entities = [.. names, .. names, "", " ", .. names.AsEnumerable().Reverse()] };

        Assert.Equal(names, IndexSchema.Entity.ValuesOf(record));
    }

    [Fact]
    public void Highlighted_text_fields_index_offsets_without_term_vectors_and_dimensions_use_sorted_set_doc_values()
    {
        using var search = TestSearch.FromSeeds();
        using var lease = search.Index.Acquire();
        var infos = MultiFields.GetMergedFieldInfos(lease.Searcher.IndexReader);

        Assert.Contains(IndexSchema.SearchedText, f => !f.Highlighted);
        foreach (var text in IndexSchema.SearchedText.Where(f => f.Highlighted))
        {
            var info = infos.FieldInfo(text.Name);
            Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, info.IndexOptions);
            Assert.False(info.HasVectors, $"{text.Name} keeps term vectors: highlighting reads offsets from the postings");
            Assert.True(MultiFields.GetTerms(lease.Searcher.IndexReader, text.Name).HasOffsets, $"{text.Name} postings lack offsets");
        }
        foreach (var dimension in new[] { IndexSchema.Outlet, IndexSchema.Date, IndexSchema.Type })
        {
            Assert.Equal(DocValuesType.SORTED_SET, infos.FieldInfo(dimension.Name).DocValuesType);
        }
    }
}
