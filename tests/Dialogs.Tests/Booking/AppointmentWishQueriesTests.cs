using HeelBot.Dialogs.Booking;
using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Dialogs.Tests.Booking;

public sealed class AppointmentWishQueriesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Strict_ExactTimeTomorrow_HoldsToThatDayAndRanksByTheTime()
    {
        var wish = Recognize("i morgen kl 10");

        var query = AppointmentWishQueries.Strict("aarhus-c", wish, Now, 3);

        query.Earliest.Should().Be(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.FromHours(1)));
        query.Latest.Should().Be(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(1)).AddTicks(-1));
        query.TimeOfDay.Should().BeNull("an exact time ranks that day's times rather than excluding the others");
        query.Wish.Should().Be(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(1)));
        query.MaxCount.Should().Be(3);
    }

    [Fact]
    public void Strict_DayAndPartOfDay_LimitsTheTimeOfDay()
    {
        var wish = Recognize("tirsdag formiddag");

        var query = AppointmentWishQueries.Strict("aarhus-c", wish, Now, 3);

        query.TimeOfDay.Should().Be(new LocalTimeWindow(new TimeOnly(9, 0), new TimeOnly(12, 0)));
        query.Wish.Should().Be(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Strict_SummerDate_UsesTheSummerOffset()
    {
        var wish = Recognize("15/6 kl 10");

        var query = AppointmentWishQueries.Strict("aarhus-c", wish, Now, 3);

        query.Wish.Should().Be(new DateTimeOffset(2027, 6, 15, 10, 0, 0, TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("hurtigst muligt")]
    [InlineData("når som helst")]
    public void Preferred_NoDayOrTime_IsTheSoonest(string text)
    {
        AppointmentWishQueries.Preferred(Recognize(text), DateOnly.FromDateTime(Now.DateTime)).Should().BeNull();
    }

    [Fact]
    public void Closest_AnyWish_OnlyRanksByCloseness()
    {
        var query = AppointmentWishQueries.Closest("vejle", Recognize("lørdag formiddag"), Now, 3);

        query.Earliest.Should().BeNull();
        query.Latest.Should().BeNull();
        query.TimeOfDay.Should().BeNull();
        query.Wish.Should().Be(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(1)));
    }

    private static AppointmentWish Recognize(string text) =>
        DateTimeRecognizer.RecognizeAppointment(text, "da", Now) ?? throw new InvalidOperationException($"'{text}' was not understood as a time.");
}
