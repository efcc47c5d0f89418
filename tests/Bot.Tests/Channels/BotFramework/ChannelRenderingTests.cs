using System.Text.Json;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Tests.Channels.BotFramework;

/// <summary>Choices are shown the way each channel can show them (DESIGN.md, Channels).</summary>
public sealed class ChannelRenderingTests(HeelBotApplication app) : IClassFixture<HeelBotApplication>
{
    private static readonly string[] TimingValues = ["morning", "activity", "after_activity", "rest", "constant"];

    [Fact]
    public async Task PostActivity_TeamsMessageWithMention_StripsMentionAndShowsChoicesOnHeroCard()
    {
        // Arrange
        using var conversation = app.Conversation(channelId: ChannelIds.Msteams);
        await conversation.StartAsync();
        var message = conversation.Message("<at>HeelBot</at> under hælen");
        var mention = Entity.From("mention", new Mention { Mentioned = new ChannelAccount(conversation.Bot.Id!, conversation.Bot.Name), Text = "<at>HeelBot</at>" });
        message.Entities = [mention];

        // Act
        var replies = await conversation.SendAsync(message);

        // Assert
        replies.Asks().Should().Be("timing", "the mention is not part of the answer");
        var question = replies[^1];
        question.Text.Should().Be(BotTexts.Text("ask.timing"));
        question.SuggestedActions.Should().BeNull();
        question.Attachments.Should().ContainSingle().Which.ContentType.Should().Be(HeroCard.ContentType);
        var card = question.Attachments![0].Content!.Value.Deserialize<HeroCard>(BotJson.Options)!;
        card.Buttons!.Select(b => b.Title).Should().Equal(BotTexts.Choices("timing", "da", TimingValues));
        card.Buttons!.Should().OnlyContain(b => b.Type == ActionTypes.ImBack, "Teams does not support postBack");
    }

    [Fact]
    public async Task PostActivity_SmsMessage_ShowsChoicesAsNumberedLinesWithoutButtons()
    {
        // Arrange
        using var conversation = app.Conversation(channelId: ChannelIds.Sms);
        await conversation.StartAsync();

        // Act
        var replies = await conversation.SayAsync("Under hælen");

        // Assert
        replies.Asks().Should().Be("timing");
        var question = replies[^1];
        var numbered = BotTexts.Choices("timing", "da", TimingValues).Select((title, i) => $"{i + 1}. {title}");
        question.Text.Should().Be(string.Join('\n', [BotTexts.Text("ask.timing"), .. numbered]));
        question.SuggestedActions.Should().BeNull();
        question.Attachments.Should().BeNullOrEmpty();
    }

    [Fact]
    public async Task PostActivity_SmsNumberAnswer_IsUnderstoodAsThatChoice()
    {
        // Arrange
        using var conversation = app.Conversation(channelId: ChannelIds.Sms);
        await conversation.StartAsync();
        await conversation.SayAsync("Under hælen");

        // Act: "1" is the first numbered line, the morning.
        var replies = await conversation.SayAsync("1");

        // Assert
        replies.Asks().Should().Be("duration");
    }

    [Fact]
    public async Task PostActivity_SmsAdvice_ArrivesAsShortPlainTexts()
    {
        // Arrange: a whole guide on the Azure Bot Service SMS channel, up to the advice.
        using var conversation = app.Conversation(channelId: ChannelIds.Sms);
        await conversation.StartAsync();
        await conversation.SayAsync("ondt under hælen i 3 uger, værst om morgenen");
        await conversation.SayAsync("45");
        await conversation.SayAsync("nej, ingen af dem");

        // Act: "4" = neither running nor standing work; the advice follows.
        var replies = await conversation.SayAsync("4");

        // Assert
        replies.Should().Contain(r => r.Entities!.Any(e => e.Type == "heelbot.turn" && e.Properties!["sections"].GetArrayLength() > 0), "the advice is sent");
        replies.Should().OnlyContain(r => r.Text!.Length <= 640, "SMS messages are kept short");
        replies.Should().OnlyContain(r => !r.Text!.Contains("**", StringComparison.Ordinal), "markdown does not show as asterisks on a phone");
        replies.Should().OnlyContain(r => r.Attachments == null && r.SuggestedActions == null);
    }
}
