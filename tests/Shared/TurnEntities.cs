using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Tests.Shared;

/// <summary>Reads the heelbot.turn entity (DESIGN.md, the conversation contract) off a bot message.</summary>
public static class TurnEntities
{
    /// <summary>The message's heelbot.turn entity; fails the test when there is not exactly one.</summary>
    public static TurnEntity Turn(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var entities = (activity.Entities ?? []).Where(e => e.Type == TurnEntity.EntityType).ToList();
        entities.Should().ContainSingle("every bot message carries one {0} entity (text: {1})", TurnEntity.EntityType, activity.Text);
        var turn = entities[0].GetAs<TurnEntity>();
        turn.Should().NotBeNull();
        return turn!;
    }

    /// <summary>What the last reply asks for: where the conversation stands after the turn.</summary>
    public static string? Asks(this IReadOnlyList<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        replies.Should().NotBeEmpty("the bot should have answered");
        return replies[^1].Turn().Asks;
    }
}
