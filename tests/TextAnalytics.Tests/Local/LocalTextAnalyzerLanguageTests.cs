using HeelBot.Dialogs.Privacy;

namespace HeelBot.TextAnalytics.Tests.Local;

public class LocalTextAnalyzerLanguageTests
{
    [Theory]
    [InlineData("Jeg har ondt i hælen om morgenen", "da")]
    [InlineData("Det gør ondt når jeg går", "da")]
    [InlineData("My heel hurts when I walk in the morning", "en")]
    [InlineData("I have had pain in my foot for three weeks", "en")]
    [InlineData("ok", null)]
    [InlineData("3", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public async Task DetectLanguageAsync_Text_ReturnsDanishEnglishOrNull(string text, string? expected)
    {
        var language = await new LocalTextAnalyzer().DetectLanguageAsync(text);

        language.Should().Be(expected);
    }

    [Fact]
    public async Task DetectLanguageAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => new LocalTextAnalyzer().DetectLanguageAsync("Jeg har ondt", cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }
}
