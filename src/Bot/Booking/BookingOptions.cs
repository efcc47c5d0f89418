namespace HeelBot.Bot.Booking;

/// <summary>The <c>Booking</c> configuration section.</summary>
public sealed record BookingOptions
{
    /// <summary><c>Booking:Provider</c>: <c>Builtin</c> (default) or <c>LinkOut</c>.</summary>
    public BookingProviderKind Provider { get; init; } = BookingProviderKind.Builtin;

    /// <summary><c>Booking:ScheduleFile</c>: a schedule.yml on disk to use instead of the one built into the bot (optional).</summary>
    public string? ScheduleFile { get; init; }

    /// <summary>How many other times to offer when the chosen one was taken.</summary>
    public int AlternativeCount { get; init; } = 3;

    public BookingRetryOptions Retry { get; init; } = new();

    public static BookingOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Booking");
        var provider = section["Provider"];
        if (!string.IsNullOrWhiteSpace(provider) && !Enum.TryParse<BookingProviderKind>(provider, ignoreCase: true, out _))
        {
            throw new InvalidOperationException($"Booking:Provider '{provider}' is not supported; use 'Builtin' or 'LinkOut'.");
        }

        return section.Get<BookingOptions>() ?? new BookingOptions();
    }
}
