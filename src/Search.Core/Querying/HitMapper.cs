using Lucene.Net.Search;
using Search.Core.Highlighting;
using Search.Core.Indexing;

namespace Search.Core.Querying;

/// <summary>Maps a scored document to a result record: its stored fields and its highlighted title and passages.</summary>
internal sealed class HitMapper(Highlighter highlighter)
{
    public Highlighter Highlighter => highlighter;

    public SearchHit Map(IndexSearcher searcher, ScoreDoc scoreDoc, PreparedHighlight highlight, int passages, int? passageLength, bool withScore)
    {
        var stored = StoredDocument.ForHit(searcher, scoreDoc.Doc);
        var marked = highlighter.Hit(highlight, scoreDoc.Doc, IndexSchema.Title.Name, stored.Title, IndexSchema.Body.Name, stored.Body,
            stored.Sentences, passages, passageLength ?? highlighter.Options.PassageLength);
        return new SearchHit(stored.Id, stored.Kind, stored.ArticleId, marked.Title, marked.Passages, marked.Truncated, stored.Outlet,
            stored.OriginalOutlet, stored.Published, stored.Url, withScore && !float.IsNaN(scoreDoc.Score) ? scoreDoc.Score : null,
            stored.Entities, stored.Claimant, stored.Claim, stored.ClaimCount);
    }
}
