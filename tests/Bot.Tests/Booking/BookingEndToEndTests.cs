using System.Text.Json;
using System.Text.RegularExpressions;
using HeelBot.Bot.Tests.Privacy;
using HeelBot.Bot.Tests.Support;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ChannelIds = HeelBot.Builder.Schema.Channels;

namespace HeelBot.Bot.Tests.Booking;

/// <summary>
/// The "done when", over the real host on SQLite and the web widget's protocol (Direct Line 3.0): a newcomer
/// goes from "ondt i hælen" to a confirmed booking reference in one conversation, and the booking is in the database
/// with the triage summary they agreed to share.
/// </summary>
public sealed partial class BookingEndToEndTests
{
    [Fact]
    public async Task DirectLine_OndtIHaelenToBooking_ReferenceIsStoredWithTheTriageSummary()
    {
        // Arrange
        using var folder = new TempDirectory();
        var database = folder.File("booking.db");
        await using var app = new PrivacyApplication(database);
        using var client = new DirectLineClient(app.CreateClient());
        await client.StartAsync();
        var widget = new Widget(client);

        // Act
        await widget.AnswerAsync("ondt i hælen", "location");
        await widget.AnswerAsync("Under hælen", "timing");
        await widget.AnswerAsync("De første skridt om morgenen", "duration");
        await widget.AnswerAsync("3 uger", "age");
        await widget.AnswerAsync("45", "redflags");
        await widget.AnswerAsync("nej, ingen af dem", "activity");
        await widget.AnswerAsync("Ingen af delene", "booking.offer");
        await widget.AnswerAsync("Book en tid", "booking.clinic");
        await widget.AnswerAsync("Aarhus C", "booking.clinic");
        var times = await widget.AnswerAsync("Aarhus C", "booking.time");
        await widget.AnswerAsync(times[^1].SuggestedActions!.Actions[0].Title!, "booking.contact");
        await widget.AnswerAsync("Mette Hansen", "booking.contact");
        await widget.AnswerAsync("20 12 34 56", "booking.contact");
        await widget.AnswerAsync("mette.hansen@example.com", "consent");
        await widget.AnswerAsync("Ja, gerne", "booking.confirm");
        var booked = await widget.SayAsync("Ja, book tiden");

        // Assert
        var confirmation = booked.Select(reply => reply.Text ?? string.Empty).FirstOrDefault(text => text.Contains("Bookingnummer", StringComparison.Ordinal));
        confirmation.Should().NotBeNull("the person gets a booking reference: {0}", string.Join(" | ", booked.Select(r => r.Text)));
        var reference = Reference().Match(confirmation!).Value;
        BookingReference.IsValid(reference).Should().BeTrue("'{0}' is a booking reference", reference);

        var row = await ReadAppointmentAsync(database, reference);
        row.Should().NotBeNull("the booking {0} is in the database", reference);
        row!.Status.Should().Be("confirmed");
        row.ClinicId.Should().Be("aarhus-c");
        row.Name.Should().Be("Mette Hansen");
        row.Phone.Should().Be("+4520123456");
        row.Email.Should().Be("mette.hansen@example.com");
        row.PersonKey.Should().StartWith($"{ChannelIds.Directline}:", "only this channel can see and cancel it");
        using var triage = JsonDocument.Parse(row.Triage ?? "null");
        triage.RootElement.ValueKind.Should().Be(JsonValueKind.Object, "the person agreed that the clinic may see the summary");
        triage.RootElement.GetProperty("location").GetString().Should().Be("under");
        triage.RootElement.GetProperty("timing").GetString().Should().Be("morning");
        triage.RootElement.GetProperty("durationWeeks").GetDouble().Should().Be(3);
        triage.RootElement.GetProperty("age").GetInt32().Should().Be(45);
        triage.RootElement.GetProperty("disposition").GetString().Should().Be("selfcare");
        triage.RootElement.GetProperty("redFlags").GetProperty("infection").GetString().Should().Be("no");
        triage.RootElement.GetProperty("redFlags").EnumerateObject().Should().HaveCountGreaterThanOrEqualTo(10, "every red flag asked is reported with its answer");

        var mine = await app.Services.GetRequiredService<IBookingProvider>().FindByPersonAsync(PersonKeyFromRow(row));
        mine.Should().ContainSingle().Which.Reference.Should().Be(reference);
    }

    private static PersonKey PersonKeyFromRow(AppointmentRow row)
    {
        var parts = row.PersonKey!.Split(':', 2);
        return new PersonKey(parts[0], parts[1]);
    }

    private static async Task<AppointmentRow?> ReadAppointmentAsync(string database, string reference)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT status, clinic_id, contact_name, contact_phone, contact_email, person_key, triage
            FROM booking_appointments WHERE reference = $reference
            """;
        command.Parameters.AddWithValue("$reference", reference);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        return new AppointmentRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(4), Text(5), Text(6));
    }

    [GeneratedRegex("HB-[34679ACDEFGHJKMNPQRTUVWXY]{6}")]
    private static partial Regex Reference();

    private sealed record AppointmentRow(string Status, string ClinicId, string Name, string Phone, string? Email, string? PersonKey, string? Triage);

    /// <summary>The web widget's side of the conversation: send a message, read the bot's new messages.</summary>
    private sealed class Widget(DirectLineClient client)
    {
        private int _seen;

        public async Task<IReadOnlyList<Activity>> SayAsync(string text)
        {
            await client.SayAsync(text);
            var all = await client.ReadAllAsync();
            var replies = all.Skip(_seen).Where(a => a.Type == ActivityTypes.Message && IsBot(a)).ToList();
            _seen = all.Count;
            return replies;
        }

        /// <summary>Sends an answer and checks what the bot asks next, so a wrong turn fails where it happens.</summary>
        public async Task<IReadOnlyList<Activity>> AnswerAsync(string text, string expectedAsks)
        {
            var replies = await SayAsync(text);
            replies.Should().NotBeEmpty("the bot answers \"{0}\"", text);
            replies[^1].Turn().Asks.Should().Be(expectedAsks, "after \"{0}\" the bot said: {1}", text, string.Join(" | ", replies.Select(r => r.Text)));
            return replies;
        }

        private static bool IsBot(Activity activity) => activity.Entities?.Any(entity => entity.Type == TurnEntity.EntityType) == true;
    }
}
