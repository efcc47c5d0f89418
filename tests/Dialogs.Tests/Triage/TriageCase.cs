using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Triage;

/// <summary>One row of the triage case table: facts in, the expected disposition and deciding rule out.</summary>
public sealed record TriageCase(string Name, TriageFacts Facts, Disposition Expected, string DecidingRuleId);
