using HeelBot.Dialogs.Content;
using HeelBot.Recognizers.Normalization;
using YamlDotNet.Serialization;
using BooleanRecognizer = HeelBot.Recognizers.Choices.BooleanRecognizer;
using BuilderChoice = HeelBot.Builder.Choices.Choice;
using BuilderFoundChoice = HeelBot.Builder.Choices.FoundChoice;
using ChoiceOptions = HeelBot.Recognizers.Choices.ChoiceOptions;
using ChoiceRecognizer = HeelBot.Recognizers.Choices.ChoiceRecognizer;
using RecognizerChoice = HeelBot.Recognizers.Choices.Choice;

namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// Reads short answers to the question just asked – a choice, yes/no – and the commands a person can
/// give at any point. Free-text facts are read separately, for every message, by the fact extractor.
/// </summary>
public sealed class AnswerUnderstanding
{
    public const string ResourceName = "content/commands/commands.yml";
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> _phrases;

    public AnswerUnderstanding()
        : this(ContentCatalog.ReadEmbedded(typeof(AnswerUnderstanding).Assembly, ResourceName)
            ?? throw new InvalidDataException($"The embedded resource '{ResourceName}' is missing."))
    {
    }

    public AnswerUnderstanding(string commandsYaml)
    {
        var raw = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(commandsYaml);
        _phrases = raw.ToDictionary(
            language => language.Key,
            language => (IReadOnlyDictionary<string, IReadOnlyList<string>>)language.Value.ToDictionary(
                group => group.Key,
                group => (IReadOnlyList<string>)[.. group.Value.Select(TextNormalizer.Normalize)]));
    }

    /// <summary>
    /// The choice the text picks: by title, synonym or a small typo; by number ("2", "den anden") only
    /// when <paramref name="allowNumbers"/> (a bare number may mean something else, e.g. weeks).
    /// </summary>
    public BuilderFoundChoice? Choose(string text, IList<BuilderChoice> choices, string language, bool allowNumbers = true)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var candidates = choices.Select(c => new RecognizerChoice(c.Value, [c.DisplayText, .. c.Synonyms ?? []])).ToList();
        var options = new ChoiceOptions { RecognizeNumbers = allowNumbers, RecognizeOrdinals = allowNumbers };
        var best = ChoiceRecognizer.FindChoices(text, candidates, language, options).OrderByDescending(f => f.Score).FirstOrDefault();
        return best is null ? null : new BuilderFoundChoice(best.Value, best.Index, best.Score, best.Synonym);
    }

    /// <summary>The text is the choice's title or one of its synonyms, give or take case, accents and punctuation.</summary>
    public static bool IsExactly(string text, BuilderChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var typed = TextNormalizer.Normalize(text);
        return new[] { choice.DisplayText, choice.Value }.Concat(choice.Synonyms ?? []).Any(form => TextNormalizer.Normalize(form) == typed);
    }

    /// <summary>True for yes and for "not sure" (a red flag is never guessed away), false for no, null when unclear.</summary>
    public bool? YesNo(string text, string language) =>
        IsUnsure(text, language) ? true : BooleanRecognizer.Resolve(text, language);

    /// <summary>True for a clear yes, false for no and for "not sure" (consent is never guessed), null when unclear.</summary>
    public bool? Consent(string text, string language) =>
        IsUnsure(text, language) ? false : BooleanRecognizer.Resolve(text, language);

    public bool IsUnsure(string text, string language)
    {
        var normalized = $" {TextNormalizer.Normalize(text)} ";
        return Phrases(language, "unsure").Any(phrase => normalized.Contains($" {phrase} ", StringComparison.Ordinal));
    }

    /// <summary>A command only when it is the whole message, so "det hjælper ikke" is not a call for help.</summary>
    public Command Command(string text, string language)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (text.Trim() == "?")
        {
            return Conversation.Command.Help;
        }

        // Nothing left once folded (an e-mail address, an emoji): no command, though "?" also folds to nothing.
        if (normalized.Length == 0)
        {
            return Conversation.Command.None;
        }

        foreach (var (name, command) in new[] { ("help", Conversation.Command.Help), ("startover", Conversation.Command.StartOver), ("stop", Conversation.Command.Stop), ("deletedata", Conversation.Command.DeleteData), ("cancelbooking", Conversation.Command.CancelBooking) })
        {
            if (ContentLanguage.All.SelectMany(l => Phrases(l, name)).Any(phrase => Same(normalized, phrase)))
            {
                return command;
            }
        }

        return Conversation.Command.None;
    }

    private static bool Same(string typed, string phrase) =>
        typed == phrase || (phrase.Length >= 5 && EditDistance.Compute(typed, phrase, 1) <= 1);

    private IReadOnlyList<string> Phrases(string language, string group) =>
        _phrases.TryGetValue(language, out var groups) && groups.TryGetValue(group, out var phrases) ? phrases : [];
}
