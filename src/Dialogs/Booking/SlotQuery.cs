namespace HeelBot.Dialogs.Booking;

/// <summary>What the person wishes for: a clinic, and optionally a time, a window and days.</summary>
/// <param name="ClinicId">One of the clinic ids of content/booking/schedule.yml, e.g. <c>aarhus-c</c>.</param>
public sealed record SlotQuery(string ClinicId)
{
    /// <summary>No slot starts before this; null = as soon as the clinic allows (its notice period from now).</summary>
    public DateTimeOffset? Earliest { get; init; }

    /// <summary>No slot starts after this; null = as far ahead as the clinic opens its book.</summary>
    public DateTimeOffset? Latest { get; init; }

    /// <summary>The time the person would like best ("tirsdag kl. 10"); null = the soonest possible.</summary>
    public DateTimeOffset? Wish { get; init; }

    /// <summary>Only slots that start within this Danish local time of day ("after work": 16:00–18:00).</summary>
    public LocalTimeWindow? TimeOfDay { get; init; }

    /// <summary>Only slots on these weekdays (Danish local date); null or empty = any day the clinic is open.</summary>
    public IReadOnlyList<DayOfWeek>? Days { get; init; }

    /// <summary>Only this practitioner's slots (an id from schedule.yml); null = any.</summary>
    public string? PractitionerId { get; init; }

    /// <summary>How many slots to return at most (at least 1).</summary>
    public int MaxCount { get; init; } = 3;
}
