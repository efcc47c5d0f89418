namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// A question kept as content keys, not text, so a retry or re-ask is rendered in the language the
/// person writes at that moment.
/// </summary>
/// <param name="Slot">The <c>asks</c> value of the turn entity.</param>
/// <param name="Kind">How answers are recognised.</param>
/// <param name="AskKey">Content key of the question.</param>
/// <param name="RetryKey">Content key used when the answer was not understood.</param>
/// <param name="ChoicePrefix">Choices are <c>choice.&lt;prefix&gt;.&lt;value&gt;</c>.</param>
/// <param name="Choices">Choice values, in display order.</param>
/// <param name="Args">Placeholder values for the question text.</param>
public sealed record SlotQuestion(
    string Slot,
    AnswerKind Kind,
    string AskKey,
    string RetryKey,
    string ChoicePrefix,
    IReadOnlyList<string> Choices,
    IReadOnlyDictionary<string, string>? Args = null);
