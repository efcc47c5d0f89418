using HeelBot.Booking.Tests.Support;
using HeelBot.Bot.Booking;
using HeelBot.Bot.Hosting;
using HeelBot.Builder.State;
using HeelBot.Dialogs.Booking;
using HeelBot.Storage.Postgres;
using HeelBot.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HeelBot.Booking.Tests.Contract;

/// <summary>What only PostgreSQL shows: the booking tables beside the state store's in one schema, and the host wiring on it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresBookingStoreTests(PostgresServerFixture server) : IAsyncLifetime
{
    private PostgresBookingSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresBookingSchema.CreateAsync(server);

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    [Fact]
    public async Task EnsureCreatedAsync_SchemaSharedWithStateStore_BothKeepTheirOwnVersions()
    {
        // Arrange
        await using var state = new PostgresStorage(_schema.ConnectionString, TimeProvider.System);
        await state.WriteAsync(new Dictionary<string, object> { ["webchat/conversations/1"] = new StateDocument() });

        // Act
        await _schema.Open().EnsureCreatedAsync();

        // Assert
        (await state.ReadAsync(["webchat/conversations/1"])).Should().ContainKey("webchat/conversations/1");
        await using var connection = await _schema.OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT (SELECT string_agg(name, ',') FROM schema_version), (SELECT string_agg(name, ',') FROM booking_schema_version)", connection);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue();
        (reader.GetString(0), reader.GetString(1)).Should().Be(("bot_state", "booking_schedule"));
    }

    [Fact]
    public async Task AddBooking_PostgresStateStore_BooksInTheSameDatabase()
    {
        // Arrange: the host's storage first, as Program.cs registers it, then booking.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = _schema.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddBotStorage(configuration, Path.GetTempPath());
        services.AddBooking(configuration);
        await using var provider = services.BuildServiceProvider();
        var booking = provider.GetRequiredService<IBookingProvider>();

        // Act
        var slot = (await booking.FindSlotsAsync(new SlotQuery("odense")))[0];
        var result = await booking.BookAsync(new BookingRequest("odense", slot.Id, BookingHarness.Person(), "en") { Contact = BookingHarness.Contact() });

        // Assert
        provider.GetRequiredService<IBookingStore>().Should().BeOfType<PostgresBookingStore>();
        result.Should().BeOfType<BookingResult.Confirmed>();
        await using var connection = await _schema.OpenRawConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM booking_appointments WHERE clinic_id = 'odense'", connection);
        (await command.ExecuteScalarAsync()).Should().Be(1L);
    }
}
