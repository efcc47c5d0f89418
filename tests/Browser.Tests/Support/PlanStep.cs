namespace HeelBot.Browser.Tests.Support;

/// <summary>
/// One answer in a scripted conversation: when the bot asks <paramref name="Asks"/> (its heelbot.turn.asks), press
/// the button titled <paramref name="Button"/>, or the one at index <paramref name="ButtonAt"/> (for choices not known
/// in advance, such as the free times), or type <paramref name="Text"/>.
/// </summary>
public sealed record PlanStep(string Asks, string? Button = null, string? Text = null, int? ButtonAt = null)
{
    public static PlanStep Click(string asks, string button) => new(asks, Button: button);

    public static PlanStep ClickAt(string asks, int index) => new(asks, ButtonAt: index);

    public static PlanStep Type(string asks, string text) => new(asks, Text: text);
}
