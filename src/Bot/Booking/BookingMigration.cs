namespace HeelBot.Bot.Booking;

/// <summary>One numbered step of the booking schema (versions in <c>booking_schema_version</c>, apart from the state store's).</summary>
internal sealed record BookingMigration(int Version, string Name, string Sql);
