using System.Text.RegularExpressions;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Tests.Chat;
using HeelBot.Recognizers.Contact;
using HeelBot.Recognizers.DateTimes;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>The examples the booking questions give are ones the bot itself understands.</summary>
public sealed partial class BookingContentTests
{
    private static readonly Lazy<ClinicDirectory> Clinics = new(ClinicDirectory.LoadEmbedded);

    public static TheoryData<string, string> Examples(string[] keys)
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "da", "en" })
        {
            foreach (var key in keys)
            {
                foreach (Match quoted in Quoted().Matches(BotHarness.Catalog.Template(key, language)))
                {
                    data.Add(language, quoted.Groups[1].Value);
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string> TimeExamples() => Examples(["booking.ask.time", "booking.ask.time.wish", "booking.retry.time"]);

    public static TheoryData<string, string> PlaceExamples() => Examples(["booking.ask.clinic", "booking.retry.clinic"]);

    [Theory]
    [MemberData(nameof(TimeExamples))]
    public void TimeExample_InTheQuestion_IsUnderstoodAsAWish(string language, string example)
    {
        DateTimeRecognizer.RecognizeAppointment(example, language, BookingChat.Sunday).Should().NotBeNull("the question suggests typing \"{0}\"", example);
    }

    [Theory]
    [MemberData(nameof(PlaceExamples))]
    public void PlaceExample_InTheQuestion_FindsClinics(string language, string example)
    {
        Clinics.Value.Suggest(example).Should().NotBeEmpty("the {0} question suggests typing \"{1}\"", language, example);
    }

    [Fact]
    public void TimeExamples_BothLanguages_AreFound()
    {
        TimeExamples().Count.Should().BeGreaterThanOrEqualTo(10, "the time questions give examples in both languages");
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void ContactExamples_InTheRetryMessages_AreValid(string language)
    {
        var phone = BotHarness.Catalog.Template("booking.retry.phone.missing", language);
        var email = BotHarness.Catalog.Template("booking.retry.email.at", language);

        PhoneNumberRecognizer.Recognize(phone[phone.IndexOf("20 12", StringComparison.Ordinal)..]).IsValid.Should().BeTrue();
        EmailRecognizer.Recognize(email[email.LastIndexOf(' ')..]).IsValid.Should().BeTrue();
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();
}
