using System.Globalization;
using HeelBot.Dialogs.Content.Yaml;

namespace HeelBot.Dialogs.Booking;

/// <summary>Reads schedule.yml into a <see cref="BookingSchedule"/>, applying defaults and rejecting anything inconsistent.</summary>
internal static class BookingScheduleParser
{
    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["mon"] = DayOfWeek.Monday,
        ["tue"] = DayOfWeek.Tuesday,
        ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday,
        ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday,
        ["sun"] = DayOfWeek.Sunday,
    };

    public static BookingSchedule Parse(string yaml, string sourceName)
    {
        var document = ContentYaml.Deserialize<BookingScheduleDocument>(yaml, sourceName);
        var timeZone = FindTimeZone(Required(document.TimeZone, "timeZone", sourceName), sourceName);
        var defaults = document.Defaults ?? new BookingScheduleDefaultsEntry();
        var closed = ParseDates(document.ClosedDates, "closedDates", sourceName);
        var clinics = (document.Clinics ?? []).Select(entry => ToClinic(entry, defaults, closed, sourceName)).ToList();
        if (clinics.Count == 0)
        {
            throw new InvalidDataException($"{sourceName}: no clinics.");
        }

        var duplicate = clinics.GroupBy(clinic => clinic.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"{sourceName}: clinic '{duplicate.Key}' appears twice.");
        }

        return new BookingSchedule(document.Version?.Trim() ?? string.Empty, timeZone, clinics.AsReadOnly());
    }

    private static BookingScheduleClinic ToClinic(BookingScheduleClinicEntry entry, BookingScheduleDefaultsEntry defaults, HashSet<DateOnly> chainClosed, string sourceName)
    {
        var id = ValidId(entry.Id, "clinics[].id", sourceName);
        var where = $"{sourceName}: clinic '{id}'";
        var mode = (entry.Provider ?? defaults.Provider ?? "builtin").Trim() switch
        {
            "builtin" => BookingMode.Builtin,
            "linkout" => BookingMode.LinkOut,
            var other => throw new InvalidDataException($"{where}: provider '{other}' must be 'builtin' or 'linkout'."),
        };

        var practitioners = (entry.Practitioners ?? []).Select(practitioner => ToPractitioner(practitioner, where)).ToList();
        var hours = ParseHours(entry.Hours ?? defaults.Hours, where);
        var slotMinutes = InRange(entry.SlotMinutes ?? defaults.SlotMinutes, "slotMinutes", 5, 240, where);
        var weeksAhead = InRange(entry.WeeksAhead ?? defaults.WeeksAhead, "weeksAhead", 1, 52, where);
        var noticeHours = InRange(entry.NoticeHours ?? defaults.NoticeHours ?? 0, "noticeHours", 0, 168, where);
        var closed = new HashSet<DateOnly>(chainClosed);
        closed.UnionWith(ParseDates(entry.ClosedDates, "closedDates", where));

        if (practitioners.GroupBy(practitioner => practitioner.Id).FirstOrDefault(group => group.Count() > 1) is { } twice)
        {
            throw new InvalidDataException($"{where}: practitioner '{twice.Key}' appears twice.");
        }

        var template = string.IsNullOrWhiteSpace(entry.LinkTemplate) ? null : entry.LinkTemplate.Trim();
        if (mode == BookingMode.Builtin)
        {
            // The link of a clinic that books in the bot must never be sent, so it must not exist.
            if (template is not null)
            {
                throw new InvalidDataException($"{where} is 'builtin' and must not have a linkTemplate.");
            }

            if (practitioners.Count == 0)
            {
                throw new InvalidDataException($"{where} is 'builtin' and needs at least one practitioner.");
            }
        }
        else
        {
            ValidateTemplate(template, where);
            if (practitioners.Count > 0)
            {
                throw new InvalidDataException($"{where} is 'linkout': its practitioners are booked on its own page, so list none here.");
            }
        }

        return new BookingScheduleClinic(
            id,
            mode,
            template,
            practitioners.AsReadOnly(),
            hours,
            TimeSpan.FromMinutes(slotMinutes),
            weeksAhead,
            TimeSpan.FromHours(noticeHours),
            closed);
    }

    private static BookingSchedulePractitioner ToPractitioner(BookingSchedulePractitionerEntry entry, string where)
    {
        var id = ValidId(entry.Id, "practitioners[].id", where);
        var name = Required(entry.Name, $"practitioner '{id}' name", where);
        var days = entry.Days is null
            ? Weekdays.Values.ToList()
            : entry.Days.Select(day => Weekday(day, $"{where}: practitioner '{id}'")).Distinct().ToList();
        return new BookingSchedulePractitioner(id, name, days.AsReadOnly());
    }

    private static Dictionary<DayOfWeek, IReadOnlyList<BookingScheduleHours>> ParseHours(Dictionary<string, List<string>>? entry, string where)
    {
        if (entry is null || entry.Count == 0)
        {
            throw new InvalidDataException($"{where}: no opening hours (set 'hours' on the clinic or in 'defaults').");
        }

        var hours = new Dictionary<DayOfWeek, IReadOnlyList<BookingScheduleHours>>();
        foreach (var (day, intervals) in entry)
        {
            var weekday = Weekday(day, where);
            var parsed = (intervals ?? []).Select(interval => ParseInterval(interval, $"{where}: hours.{day}")).OrderBy(interval => interval.From).ToList();
            for (var i = 1; i < parsed.Count; i++)
            {
                if (parsed[i].From < parsed[i - 1].To)
                {
                    throw new InvalidDataException($"{where}: hours.{day} has overlapping intervals.");
                }
            }

            hours[weekday] = parsed.AsReadOnly();
        }

        return hours;
    }

    private static BookingScheduleHours ParseInterval(string? text, string where)
    {
        var parts = text?.Split('-', StringSplitOptions.TrimEntries) ?? [];
        if (parts.Length != 2
            || !TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to <= from)
        {
            throw new InvalidDataException($"{where}: '{text}' must be an interval 'HH:mm-HH:mm' that ends after it starts.");
        }

        return new BookingScheduleHours(from, to);
    }

    private static void ValidateTemplate(string? template, string where)
    {
        if (template is null)
        {
            throw new InvalidDataException($"{where} is 'linkout' and needs a linkTemplate.");
        }

        if (!template.Contains("{date}", StringComparison.Ordinal) || !template.Contains("{time}", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{where}: linkTemplate must contain {{date}} and {{time}}.");
        }

        var sample = BookingScheduleClinic.FillTemplate(template, "clinic", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.FromHours(1)));
        if (sample.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidDataException($"{where}: linkTemplate must be an https URL.");
        }
    }

    private static HashSet<DateOnly> ParseDates(List<string>? dates, string field, string where) =>
        [.. (dates ?? []).Select(date => ContentYaml.ParseDate(date, field, where))];

    private static DayOfWeek Weekday(string? day, string where) =>
        day is not null && Weekdays.TryGetValue(day.Trim(), out var weekday)
            ? weekday
            : throw new InvalidDataException($"{where}: '{day}' is not a weekday (mon, tue, wed, thu, fri, sat, sun).");

    private static int InRange(int? value, string field, int min, int max, string where) =>
        value is { } number && number >= min && number <= max
            ? number
            : throw new InvalidDataException($"{where}: '{field}' must be set (on the clinic or in 'defaults') to {min}–{max}, was '{value}'.");

    private static string ValidId(string? id, string field, string where) =>
        BookingSchedule.IsValidId(id?.Trim())
            ? id!.Trim()
            : throw new InvalidDataException($"{where}: '{field}' must be lower-case letters, digits and dashes, was '{id}'.");

    private static string Required(string? value, string field, string where) =>
        string.IsNullOrWhiteSpace(value)
            ? throw new InvalidDataException($"{where}: '{field}' is required.")
            : value.Trim();

    private static TimeZoneInfo FindTimeZone(string id, string where)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException) when (id == "Europe/Copenhagen")
        {
            // A container without tzdata: the EU rules (last Sunday of March 02:00 to last Sunday of October 03:00).
            var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
            var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
            var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(1), "Denmark", "CET", "CEST", [rule]);
        }
        catch (TimeZoneNotFoundException exception)
        {
            throw new InvalidDataException($"{where}: time zone '{id}' is not known on this machine.", exception);
        }
    }
}
