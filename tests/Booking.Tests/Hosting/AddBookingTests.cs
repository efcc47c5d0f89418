using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Dialogs.Booking;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HeelBot.Booking.Tests.Hosting;

/// <summary>The host wiring: which store and provider the configuration picks, with the schedule shipped in the bot.</summary>
public sealed class AddBookingTests : IDisposable
{
    private readonly TempBookingDatabase _database = new();

    [Fact]
    public async Task AddBooking_Defaults_BuiltinProviderOnSqliteWithTheShippedSchedule()
    {
        // Arrange
        await using var services = Build(new() { ["ConnectionStrings:Sqlite"] = _database.ConnectionString });
        var provider = services.GetRequiredService<IBookingProvider>();

        // Act
        var slots = await provider.FindSlotsAsync(new SlotQuery("aarhus-c"));
        var result = await provider.BookAsync(new BookingRequest("aarhus-c", slots[0].Id, BookingHarness.Person(), "da") { Contact = BookingHarness.Contact() });

        // Assert
        services.GetRequiredService<IBookingStore>().Should().BeOfType<SqliteBookingStore>();
        provider.Should().BeOfType<BookingProviderRouter>();
        provider.GetMode("aarhus-c").Should().Be(BookingMode.Builtin);
        provider.GetMode("hjoerring").Should().Be(BookingMode.LinkOut);
        slots.Should().HaveCount(3);
        result.Should().BeOfType<BookingResult.Confirmed>();
        File.Exists(_database.FilePath).Should().BeTrue();
        services.GetServices<IHostedService>().Select(service => service.GetType()).Should().Contain(typeof(BookingRetryJob));
    }

    [Fact]
    public async Task HostedServices_Start_SeedTheChainsClinicsAndPractitioners()
    {
        // Arrange
        await using var services = Build(new() { ["ConnectionStrings:Sqlite"] = _database.ConnectionString });
        var hosted = services.GetServices<IHostedService>().ToList();

        // Act
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        // Assert
        using var connection = _database.OpenRawConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM booking_clinics), (SELECT count(*) FROM booking_clinics WHERE mode = 'linkout'), (SELECT count(*) FROM booking_practitioners WHERE active = 1)";
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        (reader.GetInt64(0), reader.GetInt64(1)).Should().Be((20L, 3L));
        reader.GetInt64(2).Should().Be(BookingSchedule.LoadEmbedded().Clinics.Sum(clinic => clinic.Practitioners.Count));
    }

    [Fact]
    public void AddBooking_MemoryStoreAndLinkOut_BuiltinClinicsNotBookable()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Memory", ["Booking:Provider"] = "LinkOut" });
        var provider = services.GetRequiredService<IBookingProvider>();

        services.GetRequiredService<IBookingStore>().Should().BeOfType<SqliteBookingStore>();
        services.GetRequiredService<BookingOptions>().Provider.Should().Be(BookingProviderKind.LinkOut);
        provider.GetMode("aarhus-c").Should().Be(BookingMode.None);
        provider.GetMode("hjoerring").Should().Be(BookingMode.LinkOut);
    }

    [Fact]
    public void AddBooking_RetrySettings_ReadFromConfiguration()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Memory", ["Booking:Retry:MaxAttempts"] = "9", ["Booking:Retry:FirstDelay"] = "00:05:00" });

        var options = services.GetRequiredService<BookingOptions>();

        (options.Retry.MaxAttempts, options.Retry.FirstDelay).Should().Be((9, TimeSpan.FromMinutes(5)));
    }

    [Theory]
    [InlineData("Booking:Provider", "Sometimes")]
    [InlineData("Storage:Provider", "Cassandra")]
    public void AddBooking_UnknownSetting_Throws(string key, string value)
    {
        var act = () => Build(new() { [key] = value });

        act.Should().Throw<InvalidOperationException>().WithMessage($"*{value}*");
    }

    [Fact]
    public void AddBooking_PostgresWithoutConnectionString_Throws()
    {
        var act = () => Build(new() { ["Storage:Provider"] = "Postgres" });

        act.Should().Throw<InvalidOperationException>().WithMessage("*ConnectionStrings:Postgres*");
    }

    public void Dispose() => _database.Dispose();

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBooking(configuration);
        return services.BuildServiceProvider();
    }
}
