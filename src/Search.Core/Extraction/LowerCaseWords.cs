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

    /// <summary>
    /// <see cref="Contains"/> for a caller that asks about a few words of most articles: until another caller has
    /// gathered the set, looks through the words instead, which costs far less than gathering them for a few look-ups.
    /// </summary>
    public bool ContainsByScan(string key)
    {
        if (_words is not null)
        {
            return _words.Contains(key);
        }
        foreach (var token in tokens)
        {
            if (token.Key.Length == key.Length && !token.IsCapitalized && string.Equals(token.Key, key, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
