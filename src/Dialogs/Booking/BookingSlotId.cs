using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// The parts of a <see cref="BookingSlot.Id"/>: <c>clinic.practitioner.yyyyMMddTHHmmZ</c>, or <c>clinic.yyyyMMddTHHmmZ</c>
/// for a link-out slot. Ids are lower-case letters, digits and dashes, so the dot never occurs inside one.
/// </summary>
public sealed record BookingSlotId(string ClinicId, string? PractitionerId, DateTimeOffset StartUtc)
{
    private const string TimeFormat = "yyyyMMdd'T'HHmm'Z'";

    public static string Format(string clinicId, string? practitionerId, DateTimeOffset start)
    {
        var time = start.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
        return practitionerId is null ? $"{clinicId}.{time}" : $"{clinicId}.{practitionerId}.{time}";
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out BookingSlotId? slotId)
    {
        slotId = null;
        var parts = text?.Split('.') ?? [];
        if (parts.Length is not (2 or 3) || parts[..^1].Any(part => !BookingSchedule.IsValidId(part)))
        {
            return false;
        }

        if (!DateTime.TryParseExact(parts[^1], TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start))
        {
            return false;
        }

        slotId = new BookingSlotId(parts[0], parts.Length == 3 ? parts[1] : null, new DateTimeOffset(start, TimeSpan.Zero));
        return true;
    }

    public override string ToString() => Format(ClinicId, PractitionerId, StartUtc);
}
