namespace HeelBot.Bot.Hosting;

/// <summary>
/// The <c>RateLimiting</c> configuration section: a fixed-window limit per client address on <c>/api/messages</c>
/// and the Direct Line routes. Generous by default: a person types a few messages a minute and a polling Direct Line
/// client asks once a second, while several people behind one NAT share an address.
/// </summary>
public sealed class RequestRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Requests one client address may make per <see cref="Window"/>; 0 or less switches the limit off.</summary>
    public int PermitLimit { get; set; } = 600;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
