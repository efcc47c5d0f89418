using HeelBot.Recognizers.Normalization;

namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// A "not" right before a word that turns it around: "ikke 3 måneder", "not 2 weeks", "ikke kun feber". Only the word
/// right before counts, so these are never mistaken for a negation of a whole clause.
/// </summary>
internal static class DenialWords
{
    private static readonly WordTable<bool> Words = new(new[] { "ikke", "ik", "ikk", "not", "never", "aldrig" }.Select(w => KeyValuePair.Create(w, true)));

    /// <summary>True when the token before <paramref name="index"/> is a plain "not".</summary>
    public static bool Precede(IReadOnlyList<Token> tokens, int index) =>
        index > 0 && tokens[index - 1].IsWord && Words.Contains(tokens[index - 1]);
}
