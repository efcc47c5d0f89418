using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Number;

/// <summary>A fixed word sequence that is a number ("halvanden" = 1.5, "a couple of" ≈ 2).</summary>
internal sealed class NumberPhrase(string words, double value, bool approximate = false)
{
    public WordForm[] Words { get; } = [.. words.Split(' ').Select(WordForm.Of)];

    public double Value { get; } = value;

    public bool Approximate { get; } = approximate;
}
