using System.Globalization;

namespace HeelBot.Storage.Sqlite;

/// <summary>
/// How instants are stored: UTC with a fixed width, so comparing the TEXT column compares time and
/// the updated_at index serves retention queries.
/// </summary>
internal static class SqliteTimestamp
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
