using HeelBot.Booking.Tests.Support;
using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Schedule;

/// <summary>content/booking/schedule.yml as shipped, and the slot arithmetic, daylight saving included.</summary>
public sealed class BookingScheduleTests
{
    private static readonly string[] ClinicIds =
    [
        "aalborg", "aarhus-c", "amager", "esbjerg", "frederiksberg", "haderslev", "herning", "hilleroed", "hjoerring", "holstebro",
        "horsens", "naestved", "odense", "oesterbro", "randers", "risskov", "roskilde", "soenderborg", "valby", "vejle",
    ];

    [Fact]
    public void LoadEmbedded_ShippedFile_HasExactlyTheChainsTwentyClinics()
    {
        var schedule = BookingSchedule.LoadEmbedded();

        schedule.Clinics.Select(clinic => clinic.Id).Should().BeEquivalentTo(ClinicIds);
        schedule.TimeZone.BaseUtcOffset.Should().Be(TimeSpan.FromHours(1));
    }

    [Fact]
    public void LoadEmbedded_ShippedFile_LinkOutClinicsUseTheExampleDomainAndBuiltinOnesHaveNoLink()
    {
        var schedule = BookingSchedule.LoadEmbedded();

        var linkOut = schedule.Clinics.Where(clinic => clinic.Mode == BookingMode.LinkOut).ToList();
        linkOut.Should().NotBeEmpty();
        linkOut.Should().OnlyContain(clinic => new Uri(clinic.LinkTemplate!.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)).Host == "booking.example.dk");
        schedule.Clinics.Where(clinic => clinic.Mode == BookingMode.Builtin).Should().OnlyContain(clinic => clinic.LinkTemplate == null && clinic.Practitioners.Count > 0);
    }

    [Fact]
    public void SlotsFor_ShippedFile_SaturdayOpeningSundayAndChristmasClosed()
    {
        var schedule = BookingSchedule.LoadEmbedded();

        var saturday = schedule.SlotsFor("aarhus-c", new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 5));
        var sunday = schedule.SlotsFor("aarhus-c", new DateOnly(2026, 12, 6), new DateOnly(2026, 12, 6));
        var christmas = schedule.SlotsFor("aarhus-c", new DateOnly(2026, 12, 25), new DateOnly(2026, 12, 25));

        saturday.Select(slot => slot.Start.TimeOfDay).Distinct().Should().HaveCount(8).And.Contain(TimeSpan.FromHours(9)).And.Contain(TimeSpan.FromHours(12.5));
        saturday.Select(slot => slot.PractitionerId).Distinct().Should().BeEquivalentTo("anne", "kasper", "lise");
        sunday.Should().BeEmpty();
        christmas.Should().BeEmpty();
    }

    [Fact]
    public void SlotsFor_NightSummerTimeStarts_SkipsTheHourThatDoesNotExist()
    {
        var schedule = NightSchedule();

        var slots = schedule.SlotsFor("night", new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 29));

        slots.Select(slot => slot.Start.ToString("HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("01:00 +01:00", "01:30 +01:00", "03:00 +02:00", "03:30 +02:00");
        slots.Select(slot => slot.Start.UtcDateTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).Should().Equal("00:00", "00:30", "01:00", "01:30");
        slots.Should().OnlyContain(slot => slot.End - slot.Start == TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void SlotsFor_NightSummerTimeEnds_TheRepeatedHourOnceInSummerTime()
    {
        var schedule = NightSchedule();

        var slots = schedule.SlotsFor("night", new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 25));

        slots.Select(slot => slot.Start.ToString("HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("01:00 +02:00", "01:30 +02:00", "02:00 +02:00", "02:30 +02:00", "03:00 +01:00", "03:30 +01:00");
        slots.Select(slot => slot.Start.UtcDateTime).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void SlotsFor_ClosedDateAndPractitionerDays_OnlyWorkingPractitionersOnOpenDays()
    {
        var schedule = TestSchedules.Load();

        var week = schedule.SlotsFor(TestSchedules.Clinic, new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29));

        week.GroupBy(slot => DateOnly.FromDateTime(slot.Start.DateTime)).ToDictionary(day => day.Key.Day, day => day.Select(slot => slot.PractitionerId).Distinct().Order().ToList())
            .Should().BeEquivalentTo(new Dictionary<int, List<string?>>
            {
                [23] = ["anne", "bo"],
                [24] = ["anne"],
                [26] = ["anne"],
                [27] = ["anne"],
            });
        week.Should().HaveCount(16 + 8 + 8 + 8);
    }

    [Fact]
    public void LinkFor_BuiltinClinic_NeverMakesALink()
    {
        var clinic = TestSchedules.Load().Find(TestSchedules.Clinic)!;

        var act = () => clinic.LinkFor(TestSchedules.Local(3, 23, 9));

        act.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("provider: builtin\n    linkTemplate: \"https://booking.example.dk/?d={date}&t={time}\"", "must not have a linkTemplate")]
    [InlineData("provider: linkout", "needs a linkTemplate")]
    [InlineData("provider: linkout\n    linkTemplate: \"https://booking.example.dk/?d={date}\"", "{date} and {time}")]
    [InlineData("provider: linkout\n    linkTemplate: \"http://booking.example.dk/?d={date}&t={time}\"", "https")]
    [InlineData("provider: sometimes", "'builtin' or 'linkout'")]
    [InlineData("provider: builtin\n    colour: blue", "colour")]
    [InlineData("provider: builtin\n    hours:\n      mon: [\"08:00-12:00\", \"11:00-13:00\"]", "overlapping")]
    [InlineData("provider: builtin\n    hours:\n      monday: [\"08:00-12:00\"]", "not a weekday")]
    [InlineData("provider: builtin\n    hours:\n      mon: [\"12:00-08:00\"]", "ends after it starts")]
    [InlineData("provider: builtin\n    slotMinutes: 0", "slotMinutes")]
    public void Parse_InconsistentClinic_ThrowsNamingTheProblem(string clinicSettings, string expected)
    {
        var practitioners = clinicSettings.Contains("linkout", StringComparison.Ordinal) || clinicSettings.Contains("linkTemplate", StringComparison.Ordinal)
            ? string.Empty
            : "\n    practitioners:\n      - { id: anne, name: Anne }";
        var yaml = $"""
            timeZone: Europe/Copenhagen
            defaults:
              slotMinutes: 30
              weeksAhead: 4
              hours:
                mon: ["08:00-12:00"]
            clinics:
              - id: broken
                {clinicSettings}{practitioners}
            """;

        var act = () => BookingSchedule.Parse(yaml, "broken.yml");

        act.Should().Throw<InvalidDataException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void Parse_DuplicateClinic_Throws()
    {
        var yaml = TestSchedules.Yaml + "\n  - id: testby\n    practitioners:\n      - { id: x, name: X }\n";

        var act = () => BookingSchedule.Parse(yaml, "dupe.yml");

        act.Should().Throw<InvalidDataException>().WithMessage("*'testby' appears twice*");
    }

    private static BookingSchedule NightSchedule() => BookingSchedule.Parse(
        """
        timeZone: Europe/Copenhagen
        defaults:
          slotMinutes: 30
          weeksAhead: 1
          hours:
            sun: ["01:00-04:00"]
        clinics:
          - id: night
            practitioners:
              - { id: ugle, name: Ugle }
        """);
}
