using HeelBot.Dialogs.Privacy;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// "Slet mine data" for bookings: the booking back end removes the person's pending requests, triage summaries and
/// cancelled bookings, and reduces a confirmed booking to what the clinic must keep (see
/// <see cref="IBookingProvider.DeletePersonDataAsync"/>). The reply says so, and says it honestly when the booking
/// database could not be reached: then nothing was deleted there, and the person can ask again.
/// </summary>
public sealed class BookingDataEraser(IBookingProvider provider) : IConversationDataEraser
{
    public const string DeletedKey = "privacy.deleted.booking";
    public const string FailedKey = "privacy.deleted.booking_failed";

    public async Task<IReadOnlyList<string>> EraseAsync(ConversationDataScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var userId = string.IsNullOrWhiteSpace(scope.UserId) ? scope.ConversationId : scope.UserId;
        try
        {
            var count = await provider.DeletePersonDataAsync(PersonKey.For(scope.ChannelId, userId), cancellationToken).ConfigureAwait(false);
            return count > 0 ? [DeletedKey] : [];
        }
        catch (BookingUnavailableException)
        {
            return [FailedKey];
        }
    }
}
