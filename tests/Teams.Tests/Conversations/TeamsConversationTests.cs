using System.Net;
using HeelBot.Teams.Tests.Support;

namespace HeelBot.Teams.Tests.Conversations;

/// <summary>A whole triage in a Teams personal chat, answered the way a Teams user answers: pressing card buttons.</summary>
public sealed class TeamsConversationTests(TeamsApplication app) : IClassFixture<TeamsApplication>
{
    private const int MaxTurns = 20;

    // The button to press for each question; the duration is typed, as the question asks.
    private static readonly Dictionary<string, string> Buttons = new()
    {
        ["location"] = BotTexts.Choice("location", "under"),
        ["timing"] = BotTexts.Choice("timing", "morning"),
        ["age"] = BotTexts.Choice("age", "adult"),
        ["redflags"] = BotTexts.Choice("redflags", "none"),
        ["activity"] = BotTexts.Choice("activity", "runner"),
    };

    [Fact]
    public async Task PostActivity_WholeTriageByCardButtons_EndsWithSelfCareInTheSameChat()
    {
        // Arrange
        using var chat = app.Chat();
        var turn = await chat.StartAsync();
        var asked = new List<string>();
        var allCalls = new List<ConnectorCall>(turn.Calls);

        // Act
        string? disposition = null;
        for (var i = 0; i < MaxTurns && disposition is null; i++)
        {
            turn.Status.Should().Be(HttpStatusCode.OK, turn.ResponseBody);
            var asks = turn.Asks();
            asks.Should().NotBeNull("until there is an outcome every turn ends with a question");
            asked.Add(asks!);
            turn = asks == "duration"
                ? await chat.SayAsync("3 uger")
                : await chat.SayAsync(PressButton(turn, asks!));
            allCalls.AddRange(turn.Calls);
            disposition = turn.Replies.Select(r => r.Turn().Disposition).LastOrDefault(d => d is not null);
        }

        // Assert
        asked.Should().ContainInOrder("location", "timing", "duration", "age", "redflags", "activity");
        disposition.Should().Be("selfcare", "no red flags, three weeks, an adult runner");
        allCalls.Select(c => c.Activity.Conversation!.Id).Should().OnlyContain(id => id == chat.ConversationId);
        allCalls.Should().OnlyContain(c => c.Uri.AbsoluteUri.StartsWith("https://smba.trafficmanager.net/emea/v3/conversations/", StringComparison.Ordinal));
    }

    /// <summary>Finds the expected answer among the card's buttons and returns what pressing it sends.</summary>
    private static string PressButton(TeamsTurn turn, string asks)
    {
        Buttons.Should().ContainKey(asks, "the script knows how to answer every question of this path");
        var buttons = turn.Replies[^1].HeroCard().Buttons!;
        var button = buttons.SingleOrDefault(b => b.Title == Buttons[asks]);
        button.Should().NotBeNull("the {0} card offers '{1}' (it has: {2})", asks, Buttons[asks], string.Join(", ", buttons.Select(b => b.Title)));
        return button!.Press();
    }
}
