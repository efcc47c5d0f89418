using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Teams.Tests.Support;

/// <summary>Reads the hero card a Teams question carries its choices on.</summary>
public static class HeroCards
{
    /// <summary>The message's only attachment as a hero card; fails the test otherwise.</summary>
    public static HeroCard HeroCard(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Attachments.Should().ContainSingle("a Teams question carries its choices on one card (text: {0})", activity.Text)
            .Which.ContentType.Should().Be(Builder.Schema.HeroCard.ContentType);
        var card = activity.Attachments![0].Content!.Value.Deserialize<HeroCard>(BotJson.Options);
        card.Should().NotBeNull();
        card!.Buttons.Should().NotBeNullOrEmpty();
        return card;
    }

    /// <summary>What Teams sends as the message text when the button is pressed (imBack: its value).</summary>
    public static string Press(this CardAction button)
    {
        ArgumentNullException.ThrowIfNull(button);
        button.Type.Should().Be(ActionTypes.ImBack, "HeelBot's buttons send their answer back as text");
        return button.Value is { ValueKind: JsonValueKind.String } value ? value.GetString()! : button.Title!;
    }
}
