using HeelBot.Recognizers.Duration;
using HeelBot.Recognizers.Normalization;
using HeelBot.Recognizers.Number;

namespace HeelBot.Recognizers.DateTimes;

/// <summary>The tokens of one text, the culture's vocabularies and the reference day and time in Danish local time.</summary>
internal sealed record ParseContext(
    IReadOnlyList<Token> Tokens,
    DateTimeVocabulary Vocabulary,
    NumberVocabulary Numbers,
    DurationVocabulary Durations,
    DateOnly Today,
    TimeOnly Now)
{
    public bool IsText(int index, string text) => index >= 0 && index < Tokens.Count && Tokens[index].Text == text;

    /// <summary>True when the token at <paramref name="index"/> follows the one before it with no space ("7/12", "8:15").</summary>
    public bool IsGlued(int index) => index > 0 && index < Tokens.Count && Tokens[index].IsGluedTo(Tokens[index - 1]);

    public bool IsNumber(int index) => index >= 0 && index < Tokens.Count && Tokens[index].IsNumber;

    public bool IsWord(int index) => index >= 0 && index < Tokens.Count && Tokens[index].IsWord;

    /// <summary>The token's digits as an integer when it is a plain whole number of at most <paramref name="maxDigits"/> digits.</summary>
    public int? Integer(int index, int maxDigits = 2) =>
        IsNumber(index) && Tokens[index].Text.Length <= maxDigits && Tokens[index].Text.All(char.IsAsciiDigit)
            ? int.Parse(Tokens[index].Text, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public bool TryCue(int index, out DateTimeCue cue, out int last)
    {
        if (index < 0 || index >= Tokens.Count || Tokens[index].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            cue = null!;
            last = -1;
            return false;
        }

        return Vocabulary.TryCue(Tokens, index, out cue, out last);
    }

    public bool IsCue(int index, CueKind kind) => TryCue(index, out var cue, out _) && cue.Kind == kind;
}
