using Lucene.Net.Search;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>Top-hits collectors for each sort order.</summary>
internal static class HitCollectors
{
    public static ITopDocsCollector Create(SortOrder sort, int wanted) => sort switch
    {
        SortOrder.Date => TopFieldCollector.Create(
            new Sort(IndexSchema.Published.NewestFirst(), SortField.FIELD_SCORE), Math.Max(1, wanted),
            fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true),
        _ => TopScoreDocCollector.Create(Math.Max(1, wanted), docsScoredInOrder: true),
    };
}
