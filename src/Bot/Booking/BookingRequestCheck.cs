using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Content;

namespace HeelBot.Bot.Booking;

/// <summary>The argument checks every provider makes on a <see cref="BookingRequest"/>: mistakes in the dialog, not in what the person typed.</summary>
internal static class BookingRequestCheck
{
    public static (BookingScheduleClinic Clinic, BookingSlotId SlotId, string Language) Validate(BookingRequest request, BookingSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Person, nameof(request));
        var clinic = schedule.Find(request.ClinicId ?? string.Empty)
            ?? throw new ArgumentException($"Unknown clinic id '{request.ClinicId}'.", nameof(request));
        if (!BookingSlotId.TryParse(request.SlotId, out var slotId) || slotId.ClinicId != clinic.Id)
        {
            throw new ArgumentException($"'{request.SlotId}' is not a slot id of clinic '{clinic.Id}'.", nameof(request));
        }

        if (!ContentLanguage.TryNormalize(request.Language, out var language))
        {
            throw new ArgumentException($"Language '{request.Language}' is not supported.", nameof(request));
        }

        return (clinic, slotId, language);
    }

    public static BookingContact RequireContact(BookingRequest request)
    {
        var contact = request.Contact ?? throw new ArgumentException("A built-in booking needs the person's contact details.", nameof(request));
        if (string.IsNullOrWhiteSpace(contact.Name))
        {
            throw new ArgumentException("The contact name is empty.", nameof(request));
        }

        if (!BookingContact.IsE164(contact.Phone))
        {
            // The message names the rule, not the number: exceptions end up in logs.
            throw new ArgumentException("The contact phone number is not in E.164 form (+4512345678).", nameof(request));
        }

        return contact;
    }
}
