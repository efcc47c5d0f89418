namespace HeelBot.Recognizers.Phrases;

/// <summary>A pattern found in the text: its key, the tokens it covers (inclusive) and its characters (End inclusive).</summary>
public sealed record PhraseMatch<TKey>(TKey Key, PhrasePattern Pattern, int FirstToken, int LastToken, int Start, int End)
{
    public int TokenLength => LastToken - FirstToken + 1;

    public bool Overlaps<TOther>(PhraseMatch<TOther> other) => FirstToken <= other.LastToken && other.FirstToken <= LastToken;
}
