using System.Collections.Frozen;
using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Booking;

/// <summary>
/// The booking settings of every clinic, from content/booking/schedule.yml: built-in or link-out, practitioners,
/// opening hours in Danish local time, slot length, how far ahead the book is open. Turns them into concrete slots
/// (<see cref="SlotsFor"/>), getting daylight-saving changes right. Immutable after load.
/// </summary>
public sealed class BookingSchedule
{
    /// <summary>The resource name (and repository path) of the data file.</summary>
    public const string ResourceName = "content/booking/schedule.yml";

    private readonly FrozenDictionary<string, BookingScheduleClinic> _byId;

    internal BookingSchedule(string version, TimeZoneInfo timeZone, IReadOnlyList<BookingScheduleClinic> clinics)
    {
        Version = version;
        TimeZone = timeZone;
        Clinics = clinics;
        _byId = clinics.ToFrozenDictionary(clinic => clinic.Id, StringComparer.Ordinal);
    }

    /// <summary>The data file's version (the date it was last changed).</summary>
    public string Version { get; }

    /// <summary>The time zone of opening hours and of every slot time handed out (Europe/Copenhagen).</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Every clinic, in file order.</summary>
    public IReadOnlyList<BookingScheduleClinic> Clinics { get; }

    public static BookingSchedule LoadEmbedded()
    {
        var yaml = ContentCatalog.ReadEmbedded(typeof(BookingSchedule).Assembly, ResourceName)
            ?? throw new InvalidDataException($"The embedded resource '{ResourceName}' is missing from HeelBot.Dialogs.");
        return Parse(yaml);
    }

    public static BookingSchedule LoadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Parses and validates schedule.yml; any inconsistency throws <see cref="InvalidDataException"/> naming the field.</summary>
    public static BookingSchedule Parse(string yaml, string sourceName = ResourceName) => BookingScheduleParser.Parse(yaml, sourceName);

    /// <summary>Clinic and practitioner ids: lower-case ASCII letters, digits and dashes, starting with a letter or digit.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id[0] != '-' && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public BookingScheduleClinic? Find(string clinicId) => _byId.GetValueOrDefault(clinicId);

    /// <summary>An instant in the schedule's local time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone);

    /// <summary>The local calendar date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant a local date begins (midnight, which daylight saving never skips in Denmark).</summary>
    public DateTimeOffset StartOfDay(DateOnly date) =>
        ToInstant(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified)) ?? throw new InvalidOperationException($"Midnight of {date:yyyy-MM-dd} does not exist in {TimeZone.Id}.");

    /// <summary>
    /// The last local date whose slots are open now: <see cref="BookingScheduleClinic.WeeksAhead"/> weeks of days,
    /// today included.
    /// </summary>
    public DateOnly LastBookableDate(BookingScheduleClinic clinic, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return LocalDate(now).AddDays((7 * clinic.WeeksAhead) - 1);
    }

    /// <summary>
    /// When a slot may start to be bookable now: from now plus the clinic's notice, to the end of
    /// <see cref="LastBookableDate"/> (exclusive).
    /// </summary>
    public BookingWindow BookableWindow(BookingScheduleClinic clinic, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clinic);
        return new BookingWindow(now + clinic.Notice, StartOfDay(LastBookableDate(clinic, now).AddDays(1)));
    }

    /// <summary>
    /// Every slot the schedule opens at the clinic on the local dates <paramref name="from"/> to <paramref name="to"/>
    /// (both included), in time order then practitioner order: per working practitioner, one slot every slot length
    /// from the start of each opening interval, the last one ending by its end. Closed dates and weekdays without
    /// hours give none. A local time that does not exist (the hour skipped when summer time starts) gives no slot; one
    /// that occurs twice (when it ends) gives the first, summer-time one. Link-out clinics get one slot per time,
    /// without practitioner.
    /// </summary>
    public IReadOnlyList<BookingScheduleSlot> SlotsFor(string clinicId, DateOnly from, DateOnly to)
    {
        var clinic = Find(clinicId) ?? throw new ArgumentException($"Unknown clinic id '{clinicId}'.", nameof(clinicId));
        var slots = new List<BookingScheduleSlot>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (!clinic.IsOpenOn(date))
            {
                continue;
            }

            IReadOnlyList<string?> practitioners = clinic.Mode == BookingMode.LinkOut
                ? [null]
                : [.. clinic.Practitioners.Where(practitioner => practitioner.WorksOn(date.DayOfWeek)).Select(practitioner => practitioner.Id)];
            foreach (var local in LocalStarts(clinic, date))
            {
                if (ToInstant(local) is not { } start)
                {
                    continue;
                }

                var end = ToLocal(start + clinic.SlotLength);
                slots.AddRange(practitioners.Select(practitionerId => new BookingScheduleSlot(clinic.Id, practitionerId, start, end)));
            }
        }

        return slots;
    }

    private static IEnumerable<DateTime> LocalStarts(BookingScheduleClinic clinic, DateOnly date)
    {
        foreach (var hours in clinic.Hours[date.DayOfWeek])
        {
            for (var time = hours.From.ToTimeSpan(); time + clinic.SlotLength <= hours.To.ToTimeSpan(); time += clinic.SlotLength)
            {
                yield return date.ToDateTime(TimeOnly.FromTimeSpan(time), DateTimeKind.Unspecified);
            }
        }
    }

    /// <summary>The instant of a local wall-clock time, in local offset; null for a time the clock skips.</summary>
    private DateTimeOffset? ToInstant(DateTime local)
    {
        if (TimeZone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = TimeZone.IsAmbiguousTime(local) ? TimeZone.GetAmbiguousTimeOffsets(local).Max() : TimeZone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
