using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Recognizers.Tests.DateTimes;

public sealed class AppointmentWishTests
{
    private static readonly DateOnly Thursday = new(2026, 11, 26);

    [Theory]
    [InlineData("2026-11-26", "10:00", true)]
    [InlineData("2026-11-26", "10:15", false)]
    [InlineData("2026-11-25", "10:00", false)]
    public void Admits_ExactTime_OnlyThatSlot(string date, string time, bool expected)
    {
        var wish = new AppointmentWish(Thursday, Thursday, new TimeOnly(10, 0), new TimeOnly(10, 0), null, false);

        wish.Admits(DateOnly.Parse(date), TimeOnly.Parse(time)).Should().Be(expected);
    }

    [Theory]
    [InlineData("09:00", true)]
    [InlineData("11:45", true)]
    [InlineData("12:00", false)]
    [InlineData("08:30", false)]
    public void Admits_Window_StartInclusiveEndExclusive(string time, bool expected)
    {
        var (from, to) = DayParts.Hours(DayPart.Forenoon);
        var wish = new AppointmentWish(Thursday, Thursday, from, to, DayPart.Forenoon, false);

        wish.Admits(Thursday, TimeOnly.Parse(time)).Should().Be(expected);
    }

    [Fact]
    public void DistanceTo_SlotOutsideWish_CountsDaysAndMinutes()
    {
        var wish = new AppointmentWish(Thursday, Thursday.AddDays(1), new TimeOnly(12, 0), new TimeOnly(17, 0), DayPart.Afternoon, false);

        wish.DistanceTo(Thursday.AddDays(3), new TimeOnly(11, 30)).Should().Be(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(30));
        wish.DistanceTo(Thursday, new TimeOnly(13, 0)).Should().Be(TimeSpan.Zero);
        wish.DistanceTo(Thursday.AddDays(-1), new TimeOnly(18, 0)).Should().Be(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
    }

    [Fact]
    public void Admits_Instant_ReadsDanishLocalTime()
    {
        var wish = new AppointmentWish(Thursday, Thursday, new TimeOnly(10, 0), new TimeOnly(10, 0), null, false);

        // 09:00 UTC on a winter day is 10:00 in Copenhagen.
        wish.Admits(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)).Should().BeTrue();
        wish.Admits(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero)).Should().BeFalse();
    }

    [Fact]
    public void IsOpen_NoLimits_TrueOnlyWithoutAnyLimit()
    {
        new AppointmentWish(null, null, null, null, null, false).IsOpen.Should().BeTrue();
        new AppointmentWish(null, null, null, null, null, true).IsOpen.Should().BeFalse();
        new AppointmentWish(null, null, new TimeOnly(16, 0), null, null, false).IsOpen.Should().BeFalse();
    }

    [Fact]
    public void Hours_EveryDayPart_InsideOpeningHoursAndInOrder()
    {
        var parts = Enum.GetValues<DayPart>();
        foreach (var part in parts)
        {
            var (from, to) = DayParts.Hours(part);
            from.Should().BeOnOrAfter(DayParts.ClinicOpens);
            to.Should().BeOnOrBefore(DayParts.ClinicCloses);
            from.Should().BeBefore(to);
        }

        parts.Select(part => DayParts.Hours(part).From).Should().BeInAscendingOrder();
    }
}
