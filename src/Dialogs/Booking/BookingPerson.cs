using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Recognizers.Contact;

namespace HeelBot.Dialogs.Booking;

/// <summary>Who is booking, as far as the channel says.</summary>
public static class BookingPerson
{
    /// <summary>
    /// The key the booking is kept under: the channel and a hash of the channel's user id (<c>from.id</c>), so the
    /// person can see and cancel it later from the same channel, and no one else can. A channel that names no user
    /// falls back to the conversation id (then only this conversation can cancel it).
    /// </summary>
    public static PersonKey KeyFor(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = string.IsNullOrWhiteSpace(activity.ChannelId) ? "unknown" : activity.ChannelId;
        var userId = activity.From?.Id is { Length: > 0 } id ? id : activity.Conversation?.Id ?? throw new InvalidOperationException("The activity names neither a user nor a conversation.");
        return PersonKey.For(channelId, userId);
    }

    /// <summary>
    /// The person's mobile number when the channel already gives it, in E.164; null otherwise. The Azure Bot Service
    /// SMS channel puts the sender's number in <c>from.id</c>, so it is not asked again. The bot's own Twilio webhook
    /// deliberately replaces the number by a keyed hash before the bot sees it (nothing stored can be read back as a
    /// number), so there the number is asked for, and the question says why.
    /// </summary>
    public static string? ChannelPhone(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.ChannelId != Channels.Sms || activity.From?.Id is not { Length: > 0 } id)
        {
            return null;
        }

        var phone = PhoneNumberRecognizer.Recognize(id);
        return phone.IsValid && id.TrimStart().StartsWith('+') ? phone.E164 : null;
    }
}
