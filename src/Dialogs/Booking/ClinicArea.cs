using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Booking;

/// <summary>A postcode range with the approximate point that stands for it.</summary>
internal sealed record ClinicArea(PostcodeRange Postcodes, string Name, ClinicCoordinate Location);
