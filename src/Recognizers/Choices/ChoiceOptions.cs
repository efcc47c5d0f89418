namespace HeelBot.Recognizers.Choices;

public sealed record ChoiceOptions
{
    public static readonly ChoiceOptions Default = new();

    /// <summary>"1", "nr 2", "2️⃣" pick the choice at that position (one-based), as on SMS where choices are numbered lines.</summary>
    public bool RecognizeNumbers { get; init; } = true;

    /// <summary>"den anden", "second", "the last" pick the choice at that position.</summary>
    public bool RecognizeOrdinals { get; init; } = true;

    /// <summary>The lowest score reported; a score is the weighted share of a synonym's words found (typos cost a little).</summary>
    public double MinScore { get; init; } = 0.65;
}
