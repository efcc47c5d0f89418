using System.Globalization;
using System.Text;
using System.Text.Json;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Choices;

/// <summary>Renders a question with choices for a channel: suggested actions, a hero card, or numbered lines.</summary>
public static class ChoiceFactory
{
    public static Activity ForChannel(string? channelId, IList<Choice> choices, string? text = null, ListStyle style = ListStyle.Auto)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var resolved = style == ListStyle.Auto ? StyleFor(channelId, choices.Count) : style;
        return resolved switch
        {
            ListStyle.SuggestedAction => SuggestedAction(choices, text),
            ListStyle.HeroCard => HeroCard(choices, text),
            ListStyle.List => List(choices, text),
            ListStyle.Inline => Inline(choices, text),
            _ => MessageFactory.Text(text ?? string.Empty, InputHints.ExpectingInput),
        };
    }

    public static ListStyle StyleFor(string? channelId, int count)
    {
        if (ChannelCapabilities.SupportsSuggestedActions(channelId, count))
        {
            return ListStyle.SuggestedAction;
        }

        return ChannelCapabilities.SupportsCardActions(channelId, count) ? ListStyle.HeroCard : ListStyle.List;
    }

    public static Activity SuggestedAction(IList<Choice> choices, string? text = null) =>
        MessageFactory.SuggestedActions(ToActions(choices), text);

    /// <summary>The question as the message text and the choices as buttons on a hero card.</summary>
    public static Activity HeroCard(IList<Choice> choices, string? text = null)
    {
        var card = new HeroCard { Buttons = ToActions(choices) };
        var activity = MessageFactory.Attachment(card.ToAttachment(), text, InputHints.ExpectingInput);
        return activity;
    }

    /// <summary>Numbered lines under the question, for channels without buttons (SMS).</summary>
    public static Activity List(IList<Choice> choices, string? text = null)
    {
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append('\n').Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(choices[i].DisplayText);
        }

        return MessageFactory.Text(builder.ToString().TrimStart('\n'), InputHints.ExpectingInput);
    }

    public static Activity Inline(IList<Choice> choices, string? text = null)
    {
        var options = string.Join(", ", choices.Select((c, i) => $"({(i + 1).ToString(CultureInfo.InvariantCulture)}) {c.DisplayText}"));
        return MessageFactory.Text($"{text} {options}".Trim(), InputHints.ExpectingInput);
    }

    public static List<CardAction> ToActions(IEnumerable<Choice> choices) =>
        [.. choices.Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, c.DisplayText, JsonSerializer.SerializeToElement(c.DisplayText)))];
}
