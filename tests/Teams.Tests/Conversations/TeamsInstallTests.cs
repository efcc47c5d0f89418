using System.Net;
using HeelBot.Teams.Tests.Support;

namespace HeelBot.Teams.Tests.Conversations;

/// <summary>
/// Installing the app in a personal chat, and the other activities Teams sends that are not messages
/// (PROTOCOLS.md §6: greet when the bot itself is added; answer 200 to anything not handled).
/// </summary>
public sealed class TeamsInstallTests(TeamsApplication app) : IClassFixture<TeamsApplication>
{
    [Fact]
    public async Task PostActivity_BotAddedToPersonalChat_GreetsAndAsksTheFirstQuestion()
    {
        // Arrange
        using var chat = app.Chat();

        // Act: in personal scope Teams lists only the bot in membersAdded.
        var turn = await chat.SendPayloadAsync("conversationUpdate.personal.botAdded.json");

        // Assert
        turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
        turn.Texts.Should().Equal(BotTexts.Text("welcome"), BotTexts.Text("privacy"), BotTexts.Text("ask.location"));
        turn.Asks().Should().Be("location");
        turn.Replies[^1].HeroCard().Buttons!.Select(b => b.Title).Should().Contain(BotTexts.Choice("location", "under"));
    }

    [Fact]
    public async Task PostActivity_BotAdded_GreetingRepliesToTheUpdateInTheSameConversation()
    {
        // Arrange
        using var chat = app.Chat();

        // Act
        var turn = await chat.SendPayloadAsync("conversationUpdate.personal.botAdded.json");

        // Assert
        turn.Calls.Should().NotBeEmpty();
        turn.Calls.Should().AllSatisfy(call =>
        {
            call.Uri.AbsoluteUri.Should().Be(
                $"https://smba.trafficmanager.net/emea/v3/conversations/{Uri.EscapeDataString(chat.ConversationId)}/activities/{Uri.EscapeDataString(turn.IncomingId)}");
            call.Activity.Conversation!.Id.Should().Be(chat.ConversationId);
            call.Activity.ReplyToId.Should().Be(turn.IncomingId);
        });
    }

    [Fact]
    public async Task PostActivity_InstallEventsSentTwice_GreetsOnlyOnce()
    {
        // Arrange: on install Teams sends installationUpdate and conversationUpdate; a reinstall or a
        // redelivery sends them again into the same personal chat.
        using var chat = app.Chat();
        string[] install = ["installationUpdate.personal.add.json", "conversationUpdate.personal.botAdded.json"];

        // Act
        var turns = new List<TeamsTurn>();
        foreach (var payload in install.Concat(install))
        {
            turns.Add(await chat.SendPayloadAsync(payload));
        }

        var first = await chat.SayAsync(BotTexts.Choice("location", "under"));

        // Assert
        turns.Should().AllSatisfy(t => t.Status.Should().Be(HttpStatusCode.OK, t.ResponseBody));
        turns.SelectMany(t => t.Texts).Count(text => text == BotTexts.Text("welcome")).Should().Be(1, "a personal chat is greeted the first time only");
        first.Texts.Should().NotContain(BotTexts.Text("welcome"), "the person was greeted on install");
        first.Asks().Should().Be("timing", "the first message answers the question asked on install");
    }

    [Theory]
    [InlineData("installationUpdate.personal.add.json")]
    [InlineData("installationUpdate.personal.remove.json")]
    [InlineData("event.personal.readReceipt.json")]
    [InlineData("messageReaction.personal.like.json")]
    [InlineData("messageUpdate.personal.editMessage.json")]
    public async Task PostActivity_TeamsEventMidConversation_Returns200AndChangesNothing(string payload)
    {
        // Arrange
        using var chat = app.Chat();
        await chat.StartAsync();
        (await chat.SayAsync(BotTexts.Choice("location", "under"))).Asks().Should().Be("timing");

        // Act
        var turn = await chat.SendPayloadAsync(payload);

        // Assert
        turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
        turn.ResponseBody.Should().BeEmpty();
        turn.Calls.Should().BeEmpty("the bot has nothing to say to {0}", payload);
        (await chat.SayAsync(BotTexts.Choice("timing", "morning"))).Asks().Should().Be("duration", "the conversation goes on where it was");
    }

    [Fact]
    public async Task PostActivity_UnknownTeamsActivityType_Returns200WithoutReplies()
    {
        // Arrange: Teams adds new activity types over time; one the bot has never heard of must not fail the request.
        using var chat = app.Chat();
        await chat.StartAsync();
        var unknown = chat.Payload("event.personal.readReceipt.json");
        unknown["type"] = "meetingParticipantJoinedFuture";

        // Act
        var turn = await chat.SendAsync(unknown);

        // Assert
        turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
        turn.Calls.Should().BeEmpty();
    }
}
