using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;

namespace HeelBot.Bot.Tests.Channels.BotFramework;

/// <summary>deliveryMode expectReplies: the turn's replies come back in the HTTP response.</summary>
public sealed class ExpectRepliesTests(HeelBotApplication app) : IClassFixture<HeelBotApplication>
{
    [Fact]
    public async Task PostActivity_ScriptedDanishConversation_AsksEachQuestionInTurn()
    {
        // Arrange
        using var conversation = app.Conversation();

        // Act
        var start = await conversation.StartAsync();
        var location = await conversation.SayAsync("Under hælen");
        var timing = await conversation.SayAsync("Om morgenen");
        var duration = await conversation.SayAsync("3 uger");

        // Assert
        start.Select(r => r.Text).Should().Equal(BotTexts.Text("welcome"), BotTexts.Text("privacy"), BotTexts.Text("ask.location"));
        start.Select(r => r.Turn().Asks).Should().Equal(null, null, "location");
        start[^1].SuggestedActions!.Actions.Select(a => a.Title).Should().Equal(BotTexts.Choices("location", "da", "under", "behind", "whole", "unsure"));
        AssertQuestion(location, "timing", "da");
        AssertQuestion(timing, "duration", "da");
        AssertQuestion(duration, "age", "da");
        start.Concat(location).Concat(timing).Concat(duration).Should().OnlyContain(r => r.Turn().Language == "da" && r.Turn().Disposition == null);
    }

    [Fact]
    public async Task PostActivity_AnyTurn_RepliesAreAddressedBackWithReplyToIdAndNoId()
    {
        // Arrange
        using var conversation = app.Conversation();
        var update = conversation.MembersAdded();
        var message = conversation.Message("Under hælen");

        // Act
        var startReplies = await conversation.SendAsync(update);
        var messageReplies = await conversation.SendAsync(message);

        // Assert
        foreach (var (incoming, replies) in new[] { (update, startReplies), (message, messageReplies) })
        {
            replies.Should().NotBeEmpty();
            replies.Should().AllSatisfy(reply =>
            {
                reply.Type.Should().Be(ActivityTypes.Message);
                reply.Id.Should().BeNull("the channel assigns ids; the bot must not (A2031)");
                reply.ReplyToId.Should().Be(incoming.Id);
                reply.Conversation!.Id.Should().Be(conversation.ConversationId);
                reply.ChannelId.Should().Be(conversation.ChannelId);
                reply.From!.Id.Should().Be(conversation.Bot.Id);
                reply.Recipient!.Id.Should().Be(conversation.User.Id);
            });
        }
    }

    [Fact]
    public async Task PostActivity_EnglishLocaleAndAnswer_AnswersInEnglish()
    {
        // Arrange
        using var conversation = app.Conversation(locale: "en-GB");

        // Act
        var start = await conversation.StartAsync();
        var replies = await conversation.SayAsync("Under the heel");

        // Assert
        start.Select(r => r.Text).Should().Equal(BotTexts.Text("welcome", "en"), BotTexts.Text("privacy", "en"), BotTexts.Text("ask.location", "en"));
        AssertQuestion(replies, "timing", "en");
        replies[^1].SuggestedActions!.Actions.Select(a => a.Title).Should().Equal(
            BotTexts.Choices("timing", "en", "morning", "activity", "after_activity", "rest", "constant"));
    }

    /// <summary>The turn ends with exactly one question, the expected one, in the expected language.</summary>
    private static void AssertQuestion(IReadOnlyList<Activity> replies, string asks, string language)
    {
        replies.Where(r => r.Turn().Asks is not null).Should().ContainSingle("a turn asks one thing at a time");
        replies.Asks().Should().Be(asks);
        replies[^1].Text.Should().Be(BotTexts.Text($"ask.{asks}", language));
        replies[^1].Turn().Language.Should().Be(language);
    }
}
