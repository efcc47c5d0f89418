namespace HeelBot.Dialogs.Content;

/// <summary>
/// Everything the bot says, looked up by key and language. Missing content fails fast:
/// a dialog that asks for a key nobody wrote gets an exception, never an empty message.
/// </summary>
public interface IContentCatalog
{
    /// <summary>
    /// The prompt text for <paramref name="key"/> from <c>content/&lt;language&gt;/prompts.yml</c>, with
    /// <c>{name}</c> placeholders filled from <paramref name="args"/>.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The key does not exist in that language.</exception>
    /// <exception cref="ArgumentException">The language is not supported, or a placeholder has no value.</exception>
    string Text(string key, string language, IReadOnlyDictionary<string, string>? args = null);

    /// <summary>Whether a prompt key exists in the language (false for an unsupported language).</summary>
    bool Has(string key, string language);

    /// <summary>All prompt keys of a language.</summary>
    IReadOnlyCollection<string> Keys(string language);

    /// <exception cref="KeyNotFoundException">No such section in that language.</exception>
    AdviceSection Advice(string id, string language);

    /// <summary>Every advice section of a language, in <see cref="AdviceSectionIds.All"/> order.</summary>
    IReadOnlyList<AdviceSection> AllAdvice(string language);
}
