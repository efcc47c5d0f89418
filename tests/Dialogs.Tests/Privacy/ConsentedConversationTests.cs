using HeelBot.Dialogs.Privacy;
using HeelBot.Dialogs.Tests.Chat;

namespace HeelBot.Dialogs.Tests.Privacy;

/// <summary>
/// A conversation whose person said yes is copied for the longer retention; when its live state has expired the
/// conversation continues from the copy, and a "no" leaves no copy.
/// </summary>
public sealed class ConsentedConversationTests
{
    private static readonly DateTimeOffset Clock = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task SayAsync_LiveStateExpiredAfterConsent_ContinuesFromTheConsentedCopy()
    {
        // Arrange
        var harness = new BotHarness(Clock, locale: "da-DK");
        await PlayToConsentAsync(harness);
        await harness.SayAsync("ja");
        (await harness.ConsentedSessionAsync())!.Consent!.Given.Should().BeTrue();
        await harness.Storage.DeleteAsync([$"{harness.ChannelId}/conversations/{harness.ConversationId}"]);

        // Act
        var replies = await harness.SayAsync("nu gør det også ondt bag på hælen");

        // Assert
        ChatRunner.MatchesKey(replies[0].Text!, "welcome", "da").Should().BeFalse("the person was greeted before; the copy remembers");
        var session = await harness.SessionAsync();
        session!.Consent!.Given.Should().BeTrue("the consent carries over to the new guide");
        (await harness.Transcripts.GetTranscriptAsync(harness.ChannelId, harness.ConversationId))!.Activities
            .Should().Contain(a => a.Text == "nu gør det også ondt bag på hælen", "what follows consent is kept too");
    }

    [Fact]
    public async Task SayAsync_ConsentDeclined_LeavesNoCopy()
    {
        // Arrange
        var harness = new BotHarness(Clock, locale: "da-DK");
        await PlayToConsentAsync(harness);

        // Act
        await harness.SayAsync("nej");

        // Assert
        (await harness.ConsentedSessionAsync()).Should().BeNull();
        (await harness.SessionAsync())!.Consent!.Given.Should().BeFalse();
    }

    private static async Task PlayToConsentAsync(BotHarness harness)
    {
        await harness.SayAsync("ondt under hælen i 2 uger, værst om morgenen, jeg er 45");
        await harness.SayAsync("nej, ingen af dem");
        await harness.SayAsync("Ingen af delene");
        var replies = await harness.SayAsync("Nej tak, det var alt");
        BotHarness.TurnOf(replies[^1])!.Asks.Should().Be("consent", "the guide ends with the consent question");
    }
}
