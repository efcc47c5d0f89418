namespace HeelBot.Recognizers.Negation;

/// <summary>A negation or hedge cue found in the text, by token positions (inclusive).</summary>
internal sealed record Cue(CueKind Kind, int First, int Last);
