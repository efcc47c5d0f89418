namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// One routing decision as recorded with the conversation, so a clinician can see which rule fired,
/// from which source and rule-book version, on which facts.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string Disposition,
    IReadOnlyList<string> RuleIds,
    string RuleSource,
    string RulesVersion,
    IReadOnlyList<string> RedFlags,
    IReadOnlyDictionary<string, bool> FlagAnswers);
