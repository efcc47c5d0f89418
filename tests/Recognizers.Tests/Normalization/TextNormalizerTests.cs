using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Tests.Normalization;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Hælen", "haelen")]
    [InlineData("FØDDER", "foedder")]
    [InlineData("på", "paa")]
    [InlineData("hälen", "haelen")]
    [InlineData("Fußball", "fussball")]
    [InlineData("café", "cafe")]
    [InlineData("can't", "cant")]
    [InlineData("don’t", "dont")]
    [InlineData("1,5", "1.5")]
    public void Fold_DanishLettersAndAccents_SpeltOut(string text, string expected) =>
        TextNormalizer.Fold(text).Should().Be(expected);

    [Theory]
    [InlineData("Hælen", "halen")]
    [InlineData("fødder", "fodder")]
    [InlineData("Går", "gar")]
    public void Bare_DanishLetters_ReducedToPlainLetters(string text, string expected) =>
        TextNormalizer.Bare(text).Should().Be(expected);

    [Theory]
    [InlineData("ondtttt", "ondt")]
    [InlineData("jaaaa", "ja")]
    [InlineData("neeej", "nej")]
    [InlineData("feber", "feber")]
    public void Squeeze_RepeatedLetters_CutToOne(string text, string expected) =>
        TextNormalizer.Squeeze(text).Should().Be(expected);

    [Theory]
    [InlineData("FEBER!!! 😭😭", "feber")]
    [InlineData("Det gør ondt, under hælen...", "det goer ondt under haelen")]
    [InlineData("👍", "")]
    [InlineData("  nej   tak  ", "nej tak")]
    public void Normalize_EmojiPunctuationAndCase_Removed(string text, string expected) =>
        TextNormalizer.Normalize(text).Should().Be(expected);

    [Fact]
    public void StripEmojiAndPunctuation_MixedText_KeepsWordsAndCase() =>
        TextNormalizer.StripEmojiAndPunctuation("Ondt!! 😩 i 3 uger?").Should().Be("Ondt i 3 uger");
}
