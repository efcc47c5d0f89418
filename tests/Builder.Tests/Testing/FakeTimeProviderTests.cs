using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Testing;

public class FakeTimeProviderTests
{
    [Fact]
    public void Advance_MovesUtcNowAndTimestamps()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(1)));
        var start = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromMinutes(90));

        clock.GetUtcNow().Should().Be(new DateTimeOffset(2025, 3, 3, 8, 30, 0, TimeSpan.Zero));
        clock.GetUtcNow().Offset.Should().Be(TimeSpan.Zero);
        clock.GetElapsedTime(start).Should().Be(TimeSpan.FromMinutes(90));
    }

    [Fact]
    public void Advance_Negative_Throws()
    {
        FluentActions.Invoking(() => new FakeTimeProvider().Advance(TimeSpan.FromSeconds(-1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void UtcNow_Set_MovesTheClockEitherWay()
    {
        var clock = new FakeTimeProvider();

        clock.UtcNow = new DateTimeOffset(2024, 12, 24, 18, 0, 0, TimeSpan.FromHours(1));

        clock.GetUtcNow().Should().Be(new DateTimeOffset(2024, 12, 24, 17, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void GetLocalNow_WithTimeZone_ConvertsIncludingDaylightSaving()
    {
        var copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero), copenhagen);

        var winter = clock.GetLocalNow();
        clock.UtcNow = new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero);
        var summer = clock.GetLocalNow();

        winter.Offset.Should().Be(TimeSpan.FromHours(1));
        summer.Offset.Should().Be(TimeSpan.FromHours(2));
        summer.Hour.Should().Be(14);
    }

    [Fact]
    public void LocalTimeZone_DefaultsToUtcAndCanBeChanged()
    {
        var clock = new FakeTimeProvider();
        clock.LocalTimeZone.Should().Be(TimeZoneInfo.Utc);

        var copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        clock.SetLocalTimeZone(copenhagen);

        clock.LocalTimeZone.Should().Be(copenhagen);
    }

    [Fact]
    public void CreateTimer_Advanced_NeverFires()
    {
        var clock = new FakeTimeProvider();
        var fired = 0;
        using var timer = clock.CreateTimer(_ => Interlocked.Increment(ref fired), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromHours(1));

        fired.Should().Be(0, "a fake clock's timers sleep: the test runs the timed work itself");
        timer.Change(TimeSpan.Zero, TimeSpan.FromSeconds(1)).Should().BeTrue();
    }

    [Fact]
    public async Task PeriodicTimer_OnFakeClock_WaitsUntilDisposed()
    {
        var clock = new FakeTimeProvider();
        var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), clock);
        var tick = timer.WaitForNextTickAsync().AsTask();

        clock.Advance(TimeSpan.FromMinutes(5));
        tick.IsCompleted.Should().BeFalse();

        timer.Dispose();
        (await tick).Should().BeFalse("a disposed PeriodicTimer ends the wait");
    }
}
