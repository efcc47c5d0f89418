using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Privacy;
using HeelBot.Dialogs.Tests.Chat;

namespace HeelBot.Dialogs.Tests.Privacy;

/// <summary>
/// Redaction on write: what a person types reaches the transcript store only redacted by the local analyzer, and the
/// personal data they gave stays out of every stored item, later messages and the bot's own replies included.
/// </summary>
public sealed class TranscriptRedactionTests
{
    private static readonly DateTimeOffset Clock = new(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The personal data the conversation below holds, in every spelling it was typed in.</summary>
    private static readonly string[] Personal = ["Jens", "Hansen", "20 30 40 50", "20304050", "jens.hansen@example.com", "010190-1234", "0101901234"];

    [Fact]
    public async Task SayAsync_NameNumberEmailAndCpr_NeverReachTheStore()
    {
        // Arrange
        var harness = new BotHarness(Clock, locale: "da-DK");
        string[] messages =
        [
            "Hej, jeg hedder Jens Hansen og har ondt under hælen om morgenen",
            "Ring på +45 20 30 40 50 eller skriv til jens.hansen@example.com",
            "Mit cpr-nummer er 010190-1234",
            "Jens her igen, 0101901234 og 20304050",
        ];

        // Act
        await harness.JoinAsync();
        foreach (var message in messages)
        {
            await harness.SayAsync(message);
            harness.LastError.Should().BeNull();
            harness.TranscriptError.Should().BeNull();
        }

        // Assert
        var stored = await StoredJsonAsync(harness);
        stored.Should().NotBeEmpty();
        foreach (var value in Personal)
        {
            stored.Should().NotContain(json => json.Contains(value, StringComparison.OrdinalIgnoreCase), "\"{0}\" must not be stored anywhere", value);
        }

        var transcript = await harness.Transcripts.GetTranscriptAsync(harness.ChannelId, harness.ConversationId);
        var said = transcript!.Activities.Where(a => a.From?.Role == "user").Select(a => a.Text).ToList();
        said.Should().HaveCount(messages.Length, "every message is recorded, redacted");
        said[0].Should().Contain("[navn]").And.Contain("ondt under hælen om morgenen", "health words stay for the clinicians");
        said[1].Should().Contain("[telefon]").And.Contain("[e-mail]");
        said[2].Should().Contain("[cpr]");
        said[3].Should().StartWith("[navn] her igen", "a name given earlier is redacted where the analyzer alone would miss it");
    }

    [Fact]
    public async Task SayAsync_AnalyzerFails_TurnIsAnsweredAndLeftOutOfTheTranscript()
    {
        // Arrange
        var harness = new BotHarness(Clock, locale: "da-DK", analyzer: new ThrowingTextAnalyzer());

        // Act
        var replies = await harness.SayAsync("Hej, jeg hedder Jens Hansen og har ondt under hælen");

        // Assert
        harness.LastError.Should().BeNull("the person still gets an answer");
        replies.Select(r => BotHarness.TurnOf(r)?.Language).Should().NotBeEmpty();
        harness.TranscriptError.Should().BeOfType<InvalidOperationException>().Which.InnerException.Should().BeOfType<HttpRequestException>();
        (await harness.Transcripts.GetTranscriptAsync(harness.ChannelId, harness.ConversationId)).Should().BeNull("an unredacted message is never written");
    }

    [Fact]
    public async Task FilterAsync_BotReplyNamingThePerson_IsRedactedToo()
    {
        // Arrange
        var redactor = new TranscriptRedactor(new LocalTextAnalyzer());
        var context = new TurnContext(new BufferedTurnAdapter(), new Activity { Type = ActivityTypes.Message, ChannelId = Channels.Webchat, Text = "book" });
        var session = new TriageSession { Language = "da" };
        GivenPersonalData.Remember(session, PiiCategory.PersonName, "Jens Hansen");
        GivenPersonalData.Remember(session, PiiCategory.PhoneNumber, "+45 20 30 40 50");
        context.TurnState.Add(session);
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Tak, Jens Hansen. Vi ringer på 20 30 40 50 – eller ring selv til 1813.", From = new ChannelAccount("bot-id", "HeelBot", "bot") };

        // Act
        var recorded = await redactor.FilterAsync(context, reply, incoming: false, CancellationToken.None);

        // Assert
        recorded!.Text.Should().Be("Tak, [navn] [navn]. Vi ringer på [telefon] – eller ring selv til 1813.");
        recorded.From!.Id.Should().BeNull("no channel ids go into a transcript");
        recorded.From.Role.Should().Be("bot");
    }

    [Fact]
    public async Task FilterAsync_IncomingWithoutRedactedText_IsLeftOut()
    {
        // Arrange
        var redactor = new TranscriptRedactor(new LocalTextAnalyzer());
        var incoming = new Activity { Type = ActivityTypes.Message, ChannelId = Channels.Webchat, Text = "jeg hedder Jens" };
        var context = new TurnContext(new BufferedTurnAdapter(), incoming);
        context.TurnState.Add(new TriageSession());

        // Act
        var recorded = await redactor.FilterAsync(context, incoming, incoming: true, CancellationToken.None);

        // Assert
        recorded.Should().BeNull("the raw message is never the fallback");
    }

    private static async Task<List<string>> StoredJsonAsync(BotHarness harness)
    {
        string[] keys =
        [
            $"{harness.ChannelId}/conversations/{harness.ConversationId}",
            ConsentedConversationCopy.Key(harness.ChannelId, harness.ConversationId),
            StorageTranscriptStore.PendingKey(harness.ChannelId, harness.ConversationId),
            StorageTranscriptStore.KeptKey(harness.ChannelId, harness.ConversationId),
        ];
        var items = await harness.Storage.ReadAsync(keys);
        return [.. items.Values.Select(StateJson.Serialize)];
    }
}
