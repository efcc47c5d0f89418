using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Tests.Chat;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>
/// A conversation with the real bot (<see cref="BotHarness"/>) brought quickly to the booking, and small readers for
/// its replies: which content key a reply is, what it asks, which buttons it shows.
/// </summary>
public sealed class BookingChat
{
    /// <summary>Sunday 22 November 2026, 09:00 Danish time: the first free times are Monday morning.</summary>
    public static readonly DateTimeOffset Sunday = new(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(1));

    public BookingChat(string channelId = Channels.Webchat, string language = "da", string userId = "user-1")
    {
        Harness = new BotHarness(Sunday, channelId, language == "en" ? "en-GB" : "da-DK");
        Language = language;
        UserId = userId;
    }

    public BotHarness Harness { get; }

    public InMemoryBookingProvider Booking => Harness.Booking;

    public string Language { get; }

    /// <summary>The channel's id of the person (<c>from.id</c>): on the Azure SMS channel, their phone number.</summary>
    public string UserId { get; set; }

    public IReadOnlyList<Activity> Last { get; private set; } = [];

    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        Last = await Harness.SendAsync(new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount(UserId, "Patient", "user") });
        Harness.LastError.Should().BeNull("the turn \"{0}\" should not fail", text);
        return Last;
    }

    /// <summary>Self-care after a short guide, then "book": the clinic question is waiting.</summary>
    public async Task StartBookingAsync()
    {
        if (Language == "en")
        {
            await SayAsync("My heel hurts under the heel, worst with the first steps in the morning, for 3 weeks");
            await SayAsync("45");
            await SayAsync("No, none of them");
            await SayAsync("Neither");
            await SayAsync("Book an appointment");
        }
        else
        {
            await SayAsync("ondt under hælen i 3 uger, værst om morgenen");
            await SayAsync("45");
            await SayAsync("nej, ingen af dem");
            await SayAsync("Ingen af delene");
            await SayAsync("Book en tid");
        }

        AsksLast().Should().Be(Slots.BookingClinic);
    }

    /// <summary>Clinic and first free time chosen: the name question is waiting.</summary>
    public async Task ChooseAarhusFirstTimeAsync()
    {
        await SayAsync("Aarhus C");
        await SayAsync("Aarhus C");
        AsksLast().Should().Be(Slots.BookingTime);
        await SayAsync(Buttons(Last[^1])[0]);
    }

    /// <summary>Name, number, e-mail and the summary answer given: the confirmation is waiting.</summary>
    public async Task GiveContactAsync(string summaryAnswer = "Ja, gerne")
    {
        await SayAsync("Mette Hansen");
        await SayAsync("20 12 34 56");
        await SayAsync("mette.hansen@gmail.com");
        await SayAsync(summaryAnswer);
        AsksLast().Should().Be(Slots.BookingConfirm);
    }

    public string? AsksLast() => BotHarness.TurnOf(Last[^1])?.Asks;

    /// <summary>The content key each reply of the last turn is (the most specific that matches).</summary>
    public IReadOnlyList<string> KeysOfLast() => [.. Last.Select(reply => KeyOf(reply))];

    public string KeyOf(Activity reply)
    {
        var language = BotHarness.TurnOf(reply)?.Language ?? Language;
        return BotHarness.Catalog.Keys(language)
            .Where(key => !key.StartsWith("booking.format", StringComparison.Ordinal) && key is not ("fact.redflag" or "booking.time.with_practitioner" or "booking.cancel.line" or "booking.cancel.pending.line"))
            .Where(key => ChatRunner.MatchesKey(reply.Text ?? string.Empty, key, language))
            .OrderByDescending(key => BotHarness.Catalog.Template(key, language).Length)
            .FirstOrDefault() ?? "?";
    }

    /// <summary>The button titles of a reply (suggested actions on web chat).</summary>
    public static IReadOnlyList<string> Buttons(Activity reply) =>
        [.. reply.SuggestedActions?.Actions.Select(action => action.Title ?? string.Empty) ?? []];
}
