namespace Search.Core.Extraction;

/// <summary>The words an article writes in lower case somewhere, gathered once and only if asked: ordinary words, not names.</summary>
internal sealed class LowerCaseWords(List<WordToken> tokens)
{
    private HashSet<string>? _words;

    public bool Contains(string key)
    {
        if (_words is null)
        {
            _words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in tokens)
            {
                if (!token.IsCapitalized)
                {
                    _words.Add(token.Key);
                }
            }
        }
        return _words.Contains(key);
    }
}
