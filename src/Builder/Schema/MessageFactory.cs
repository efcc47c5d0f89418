namespace HeelBot.Builder.Schema;

/// <summary>Shorthand for building outgoing message activities.</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? inputHint = InputHints.AcceptingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
    };

    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? inputHint = InputHints.ExpectingInput)
    {
        var activity = Text(text ?? string.Empty, inputHint);
        activity.SuggestedActions = new SuggestedActions { Actions = [.. actions] };
        return activity;
    }

    public static Activity Attachment(Attachment attachment, string? text = null, string? inputHint = InputHints.AcceptingInput)
    {
        var activity = Text(text ?? string.Empty, inputHint);
        activity.Attachments = [attachment];
        return activity;
    }
}
