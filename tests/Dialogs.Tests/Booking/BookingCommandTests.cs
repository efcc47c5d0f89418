using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>"Aflys min tid" is a command at any point; a booking answer is no news about the heel.</summary>
public sealed class BookingCommandTests
{
    private static readonly AnswerUnderstanding Understanding = new();

    [Theory]
    [InlineData("aflys min tid", "da")]
    [InlineData("Aflys booking", "da")]
    [InlineData("afbestil min tid!", "da")]
    [InlineData("cancel my booking", "en")]
    [InlineData("Cancel booking", "en")]
    [InlineData("cancel my appointment", "en")]
    public void Command_CancelBookingPhrase_IsCancelBooking(string text, string language)
    {
        Understanding.Command(text, language).Should().Be(Command.CancelBooking);
    }

    [Theory]
    [InlineData("cancel", Command.Stop)]
    [InlineData("?", Command.Help)]
    [InlineData("mette@gmail.com", Command.None)]
    [InlineData("👍", Command.None)]
    [InlineData("jeg vil gerne aflyse min tid i morgen og booke en ny", Command.None)]
    public void Command_OtherText_IsNotCancelBooking(string text, Command expected)
    {
        Understanding.Command(text, "en").Should().Be(expected);
    }

    [Fact]
    public void Read_BookingAnswerWithADuration_LeavesTheFactsButTakesARedFlag()
    {
        var reader = new MessageReader(FactExtractor.LoadEmbedded(), TimeProvider.System);
        var session = new TriageSession { PendingSlot = Slots.BookingTime, Facts = new TriageFacts { DurationWeeks = 2 } };

        reader.Read("om 3 måneder, hvis hælen ikke er blevet rød og hævet", session);
        reader.Read("jeg har fået feber", session);

        session.Facts.DurationWeeks.Should().Be(2);
        session.Facts.Has(RedFlagIds.Infection).Should().BeTrue("a red flag still counts in a booking answer");
    }
}
