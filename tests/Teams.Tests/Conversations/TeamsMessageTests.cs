using System.Net;
using HeelBot.Builder.Schema;
using HeelBot.Teams.Tests.Support;

namespace HeelBot.Teams.Tests.Conversations;

/// <summary>Messages from a Teams personal chat: @mentions, cards and where the replies go (PROTOCOLS.md §4, §6).</summary>
public sealed class TeamsMessageTests(TeamsApplication app) : IClassFixture<TeamsApplication>
{
    private static readonly string[] TimingValues = ["morning", "activity", "after_activity", "rest", "constant"];

    [Fact]
    public async Task PostActivity_AnswerAfterMention_MentionStrippedAndAnswerUnderstood()
    {
        // Arrange
        using var chat = app.Chat();
        await chat.StartAsync();

        // Act: "<at>HeelBot</at> Jeg har ondt under hælen", with its mention entity, as recorded.
        var turn = await chat.SendPayloadAsync("message.personal.mention.json");

        // Assert
        turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
        turn.Asks().Should().Be("timing", "the location was understood");
        turn.Texts.Should().NotContain(text => text != null && text.Contains("<at>", StringComparison.Ordinal), "the mention markup is not echoed");
    }

    [Theory]
    [InlineData("<at>HeelBot</at> hjælp", "help")]
    [InlineData("<at>HeelBot</at>hjælp", "help")]
    [InlineData("<at>HeelBot</at> start forfra", "startover")]
    public async Task PostActivity_CommandAfterMention_IsTheWholeMessageAndRecognised(string text, string reply)
    {
        // Arrange: a command counts only when it is the whole message, so this passes only if the mention is gone.
        using var chat = app.Chat();
        await chat.StartAsync();
        await chat.SayAsync(BotTexts.Choice("location", "under"));
        var message = chat.Payload("message.personal.mention.json");
        message["text"] = text;

        // Act
        var turn = await chat.SendAsync(message);

        // Assert
        turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
        turn.Texts.Should().Contain(BotTexts.Text(reply));
    }

    [Fact]
    public async Task PostActivity_Question_ChoicesAreImBackButtonsOnAHeroCard()
    {
        // Arrange
        using var chat = app.Chat();
        var first = await chat.StartAsync();

        // Act
        var turn = await chat.SayAsync(BotTexts.Choice("location", "under"));

        // Assert
        turn.Asks().Should().Be("timing");
        var question = turn.Replies[^1];
        question.Text.Should().Be(BotTexts.Text("ask.timing"), "the question is the message text, above the card");
        question.SuggestedActions.Should().BeNull("suggested actions do not show in every Teams client");
        var card = question.HeroCard();
        card.Buttons!.Select(b => b.Title).Should().Equal(TimingValues.Select(v => BotTexts.Choice("timing", v)));
        card.Buttons!.Select(b => b.Press()).Should().Equal(TimingValues.Select(v => BotTexts.Choice("timing", v)));
        first.Replies[^1].HeroCard().Buttons.Should().OnlyContain(b => b.Type == ActionTypes.ImBack, "Teams does not support postBack");
    }

    [Fact]
    public async Task PostActivity_Message_RepliesGoToTheSameConversationAsRepliesToTheIncomingMessage()
    {
        // Arrange
        using var chat = app.Chat();
        await chat.StartAsync();
        var message = chat.Payload("message.personal.mention.json");

        // Act
        var turn = await chat.SendAsync(message);

        // Assert
        turn.Calls.Should().NotBeEmpty();
        var incomingId = turn.IncomingId;
        var expectedUri = $"https://smba.trafficmanager.net/emea/v3/conversations/{Uri.EscapeDataString(chat.ConversationId)}/activities/{incomingId}";
        turn.Calls.Should().AllSatisfy(call =>
        {
            call.Method.Should().Be(HttpMethod.Post);
            call.Uri.AbsoluteUri.Should().Be(expectedUri, "Teams threads a reply under the message it answers");
            var reply = call.Activity;
            reply.Type.Should().Be(ActivityTypes.Message);
            reply.ChannelId.Should().Be(Channels.Msteams);
            reply.ServiceUrl.Should().Be("https://smba.trafficmanager.net/emea/");
            reply.Conversation!.Id.Should().Be(chat.ConversationId);
            reply.Conversation.ConversationType.Should().Be("personal");
            reply.Conversation.TenantId.Should().Be(message["conversation"]!["tenantId"]!.GetValue<string>());
            reply.ReplyToId.Should().Be(incomingId);
            reply.From!.Id.Should().Be(TeamsChat.BotId);
            reply.Recipient!.Id.Should().Be(TeamsChat.UserId);
            reply.Id.Should().BeNull("the channel assigns ids");
        });
    }
}
