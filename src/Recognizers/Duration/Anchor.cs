namespace HeelBot.Recognizers.Duration;

/// <summary>One "since" target: its kind and a value whose meaning depends on the kind.</summary>
internal sealed record Anchor(AnchorKind Kind, int Value, DurationUnit Unit = DurationUnit.Day);
