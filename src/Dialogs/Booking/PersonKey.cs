using System.Security.Cryptography;
using System.Text;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// Whose booking it is: the channel and a one-way hash of the person's id on that channel, never the raw id.
/// The same person on another channel (web chat vs. SMS) is another key, so a booking can be seen and cancelled
/// only from the channel it was made on.
/// </summary>
/// <param name="ChannelId">The activity's channel id, e.g. <c>webchat</c>, <c>msteams</c>, <c>sms</c>.</param>
/// <param name="UserHash">32 lower-case hex characters; see <see cref="For"/>.</param>
public sealed record PersonKey(string ChannelId, string UserHash)
{
    /// <summary>Separates these hashes from any other SHA-256 of the same id.</summary>
    private const string HashDomain = "heelbot.booking.person.v1";

    /// <summary>The form stored in the database: <c>{ChannelId}:{UserHash}</c>.</summary>
    public string Value => $"{ChannelId}:{UserHash}";

    /// <summary>
    /// The key for the user id the channel gives (<c>activity.From.Id</c>). The hash is stable across restarts and
    /// hosts. It hides the id from anyone reading the table, but is not secret: for ids with few possible values
    /// (a raw phone number) it can be guessed, so it is a pseudonym, not anonymisation.
    /// </summary>
    public static PersonKey For(string channelId, string channelUserId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelUserId);
        if (channelId.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A channel id must not contain ':'.", nameof(channelId));
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{HashDomain}\n{channelId}\n{channelUserId}"));
        return new PersonKey(channelId, Convert.ToHexStringLower(hash.AsSpan(0, 16)));
    }

    public override string ToString() => Value;
}
