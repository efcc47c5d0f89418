using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Tests.Content;

public class ContentLanguageTests
{
    [Theory]
    [InlineData("da", "da")]
    [InlineData("DA", "da")]
    [InlineData("da-DK", "da")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("en_US", "en")]
    public void TryNormalize_SupportedTag_ReturnsTheCode(string tag, string expected)
    {
        ContentLanguage.TryNormalize(tag, out var language).Should().BeTrue();
        language.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("sv")]
    [InlineData("dan")]
    public void NormalizeOrDefault_UnknownTag_IsDanish(string? tag)
    {
        ContentLanguage.IsSupported(tag).Should().BeFalse();
        ContentLanguage.NormalizeOrDefault(tag).Should().Be(ContentLanguage.Danish);
    }
}
