namespace HeelBot.Recognizers.Number;

/// <summary>A number found at a token position: its value and the tokens it spans (inclusive).</summary>
internal sealed record NumberMatch(double Value, int First, int Last, bool Approximate, string Subtype);
