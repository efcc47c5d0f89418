namespace HeelBot.Recognizers.Normalization;

/// <summary>One token of the original text. <see cref="End"/> is inclusive, like <see cref="ModelResult.End"/>.</summary>
public sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    /// <summary>The folded forms used for matching.</summary>
    public WordForm Form { get; } = WordForm.Of(Text);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    /// <summary>True for clause-ending punctuation (everything but a comma).</summary>
    public bool IsHardBreak => Kind == TokenKind.Punctuation && Text != ",";

    public bool IsComma => Kind == TokenKind.Punctuation && Text == ",";

    /// <summary>True when this token follows <paramref name="previous"/> with no space between ("3w", "1st").</summary>
    public bool IsGluedTo(Token previous) => previous.End + 1 == Start;
}
