using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Tests.Normalization;

public sealed class TokenizerTests
{
    [Fact]
    public void Tokenize_Sentence_KeepsOffsetsIntoOriginal()
    {
        const string text = "Ondt i 3 uger, især om morgenen!";
        var tokens = Tokenizer.Tokenize(text);

        tokens.Select(t => t.Text).Should().Equal("Ondt", "i", "3", "uger", ",", "især", "om", "morgenen", "!");
        tokens.Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start + 1) == t.Text);
    }

    [Theory]
    [InlineData("3w", new[] { "3", "w" })]
    [InlineData("6wks", new[] { "6", "wks" })]
    [InlineData("nr2", new[] { "nr", "2" })]
    [InlineData("1,5 måned", new[] { "1,5", "måned" })]
    [InlineData("1½ år", new[] { "1½", "år" })]
    [InlineData("twenty-one", new[] { "twenty", "-", "one" })]
    [InlineData("I can't walk", new[] { "I", "can't", "walk" })]
    [InlineData("39°", new[] { "39", "°" })]
    [InlineData("2️⃣", new[] { "2" })]
    public void Tokenize_GluedAndSpecialForms_SplitAsExpected(string text, string[] expected) =>
        Tokenizer.Tokenize(text).Select(t => t.Text).Should().Equal(expected);

    [Fact]
    public void Tokenize_Emoji_OneTokenPerRun()
    {
        var tokens = Tokenizer.Tokenize("ja 👍👍");

        tokens.Should().HaveCount(2);
        tokens[1].Kind.Should().Be(TokenKind.Emoji);
    }

    [Fact]
    public void Tokenize_Punctuation_CommaIsSoftOthersHard()
    {
        var tokens = Tokenizer.Tokenize("nej, men?!");

        tokens[1].IsComma.Should().BeTrue();
        tokens[1].IsHardBreak.Should().BeFalse();
        tokens[3].Text.Should().Be("?!");
        tokens[3].IsHardBreak.Should().BeTrue();
    }

    [Theory]
    [InlineData("skriv til anne.roed@mail.dk tak", "anne.roed@mail.dk")]
    [InlineData("se https://example.dk/rød-hæl.", "https://example.dk/rød-hæl")]
    [InlineData("(www.varm.dk)", "www.varm.dk")]
    public void Tokenize_AddressesAndLinks_OneLinkToken(string text, string link) =>
        Tokenizer.Tokenize(text).Should().ContainSingle(t => t.Kind == TokenKind.Link).Which.Text.Should().Be(link);

    [Fact]
    public void Tokenize_Empty_ReturnsNoTokens() => Tokenizer.Tokenize(string.Empty).Should().BeEmpty();
}
