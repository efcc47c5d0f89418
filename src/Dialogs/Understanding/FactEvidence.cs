namespace HeelBot.Dialogs.Understanding;

/// <summary>
/// Why a fact was read: which words of the message showed which value, so a routing can say "because you mention
/// fever" and an audit can see the words. <see cref="End"/> is inclusive.
/// </summary>
/// <param name="Fact">
/// "location", "timing", "duration", "age", a fact name, a red flag or sign id, "redflags" (none of them) or
/// "cue.&lt;name&gt;" (evidence that counts only with other evidence, such as more training plus worse pain).
/// </param>
/// <param name="Value">"under", "true", "false", "unclear", "3 weeks"…</param>
public sealed record FactEvidence(string Fact, string Value, string Text, int Start, int End);
