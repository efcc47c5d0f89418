namespace HeelBot.Bot.Booking;

/// <summary>A free slot as the store returns it; times in UTC.</summary>
public sealed record StoredSlot(string ClinicId, string PractitionerId, string PractitionerName, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
