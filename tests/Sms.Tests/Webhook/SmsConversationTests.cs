using System.Text.RegularExpressions;
using HeelBot.Bot.Channels.Twilio;
using HeelBot.Sms.Tests.Support;

namespace HeelBot.Sms.Tests.Webhook;

/// <summary>Whole conversations over POST /api/sms, in Danish, the way a person texts: numbers, words and typos.</summary>
public sealed partial class SmsConversationTests(SmsApplication app) : IClassFixture<SmsApplication>
{
    private const int MessageLength = 640;

    [Fact]
    public async Task PostSms_WholeTriageWithNumbersWordsAndTypos_EndsInAdviceSplitIntoShortMessages()
    {
        // Arrange
        const string number = "+4561000001";
        using var phone = app.Phone(number);

        // Act and assert, turn by turn: the first text starts the guide (SMS has no "joined" event).
        var hello = await phone.SendAsync("Hej");
        hello.Text.Should().Contain(SmsTexts.Text("welcome")).And.Contain(SmsTexts.Text("ask.location"));
        hello.Text.Should().Contain($"1. {SmsTexts.Choice("location", "under")}\n2. {SmsTexts.Choice("location", "behind")}");
        hello.Messages.Should().ContainSingle("the greeting and the first question fit in one SMS");
        (await AsksAsync(number)).Should().Be("location");

        (await phone.SendAsync("1")).Text.Should().StartWith(SmsTexts.Text("ask.timing"));
        (await AsksAsync(number)).Should().Be("timing");

        (await phone.SendAsync("de førstte skridt om morgnen")).Text.Should().StartWith(SmsTexts.Start("ask.duration"));
        (await AsksAsync(number)).Should().Be("duration");

        await phone.SendAsync("3");
        (await AsksAsync(number)).Should().Be("age");

        await phone.SendAsync("16 år eller ældr");
        (await AsksAsync(number)).Should().Be("redflags");

        await phone.SendAsync("nej, ingen af demm");
        (await AsksAsync(number)).Should().Be("activity");

        var advice = await phone.SendAsync("jeg løber");

        // Assert: an outcome, the advice sections in full and the follow-up question, as several short messages.
        var session = await app.SessionAsync(number);
        session!.Disposition.Should().BeOneOf("selfcare", "clinic");
        session.SectionsShown.Should().BePositive();
        advice.Messages.Should().HaveCountGreaterThan(2);
        advice.Messages.Should().OnlyContain(m => m.Length <= TwilioSmsOptions.MaxBodyLength && m.Length <= MessageLength);
        advice.Text.Should().StartWith(SmsTexts.Start($"outcome.{session.Disposition}"));
        advice.Text.Should().NotContain("**", "markdown is turned into plain text");
        foreach (var id in session.Sections.Take(session.SectionsShown))
        {
            var section = SmsTexts.Advice(id);
            advice.Text.Should().Contain(section.Title);
            foreach (var paragraph in section.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Flat(advice.Text).Should().Contain(Flat(SmsText.Plain(paragraph)), "no sentence of the advice is lost in the split");
            }
        }

        advice.Messages[^1].Should().Contain(SmsTexts.Text("ask.more")).And.EndWith($"3. {SmsTexts.Text("choice.more.done")}");

        // The numbered follow-up works too: "3" (no thanks) ends the guide.
        var done = await phone.SendAsync("3");
        done.Text.Should().Be(SmsTexts.Text("done"));
    }

    [Fact]
    public async Task PostSms_FeverAndRedHeel_GoesStraightToTheRedFlagAndThenUrgentCare()
    {
        // Arrange
        const string number = "+4561000002";
        using var phone = app.Phone(number);

        // Act: the very first text names a red flag.
        var first = await phone.SendAsync("feber og rød hæl");

        // Assert: no questions about where or how long; the red flag is followed up at once.
        first.Text.Should().NotContain(SmsTexts.Text("ask.location"));
        first.Text.Should().Contain(SmsTexts.Start("ask.redflag.sign.high_fever_unwell"));
        (await AsksAsync(number)).Should().Be("redflag.sign.high_fever_unwell");

        // Act: no high fever – still an infection sign: a doctor today.
        var outcome = await phone.SendAsync("2");

        // Assert
        (await app.SessionAsync(number))!.Disposition.Should().Be("urgent");
        outcome.Text.Should().StartWith(SmsTexts.Start("outcome.urgent"));
        outcome.Messages.Should().OnlyContain(m => m.Length <= MessageLength);
    }

    [Fact]
    public async Task PostSms_FeverAndVeryIll_CallsOneOneTwo()
    {
        // Arrange
        const string number = "+4561000003";
        using var phone = app.Phone(number);
        await phone.SendAsync("feber og rød hæl");

        // Act
        var outcome = await phone.SendAsync("ja");

        // Assert
        (await app.SessionAsync(number))!.Disposition.Should().Be("emergency");
        outcome.Messages[0].Should().StartWith(SmsTexts.Start("outcome.emergency"), "the call to action comes first");
    }

    [Fact]
    public async Task PostSms_HelpKeywordMidConversation_AnswersWithTheBotsHelpAndAsksAgain()
    {
        // Arrange
        const string number = "+4561000004";
        using var phone = app.Phone(number);
        await phone.SendAsync("Hej");

        // Act
        var help = await phone.SendAsync("HELP");

        // Assert: the help in Danish (HELP did not switch the language), then the same question again.
        help.Text.Should().StartWith(SmsTexts.Text("help.sms")).And.Contain(SmsTexts.Text("ask.location"));
        (await AsksAsync(number)).Should().Be("location");
        (await app.SessionAsync(number))!.Language.Should().Be("da");
    }

    [Fact]
    public async Task PostSms_InfoKeyword_IsHelpToo()
    {
        // Arrange
        using var phone = app.Phone("+4561000005");
        await phone.SendAsync("Hej");

        // Act and assert
        var info = (await phone.SendAsync("info")).Text;
        info.Should().StartWith(SmsTexts.Text("help.sms"));
        info.Should().NotContain("\"stop\"", "on SMS \"stop\" opts the number out at the carrier; the help names \"afslut\"");
    }

    [Fact]
    public async Task PostSms_PictureWithoutText_PoliteTextOnlyReplyAndTheQuestionStands()
    {
        // Arrange
        const string number = "+4561000006";
        using var phone = app.Phone(number);
        await phone.SendAsync("Hej");

        // Act
        var reply = await phone.PostAsync(phone.Form(body: string.Empty, numMedia: 1));

        // Assert
        reply.Messages.Should().Equal(SmsTexts.Text("error.not_text"));
        (await AsksAsync(number)).Should().Be("location", "a picture is not an answer");
    }

    [Fact]
    public async Task PostSms_RecordedMediaPayload_PoliteTextOnlyReply()
    {
        // Arrange: the recorded MMS body exactly as Twilio posted it, signed for this host.
        using var phone = app.Phone("+4561234567");
        var form = RecordedPayloads.Form("inbound-media.txt").Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString())).ToList();

        // Act
        var reply = await phone.PostAsync(form);

        // Assert
        reply.Messages.Should().Equal(SmsTexts.Text("error.not_text"));
    }

    [Fact]
    public async Task PostSms_WholeConversation_NoPhoneNumberInAnyStoredKeyOrValue()
    {
        // Arrange
        const string number = "+4561000007";
        using var phone = app.Phone(number);

        // Act and assert after every text (a conversation, a keyword, an opt-out), so every kind of document is seen
        // while it exists: through the host's own IStorage.
        foreach (var text in new[] { "Hej", "1", "2", "HELP", "STOP" })
        {
            await phone.SendAsync(text);
            var stored = await app.Storage.SnapshotAsync();
            stored.Should().NotBeEmpty();
            foreach (var form in new[] { number, number[1..], number[3..], SmsApplication.ClinicNumber[3..] })
            {
                app.Storage.WrittenKeys.Should().NotContain(key => key.Contains(form, StringComparison.Ordinal));
                stored.Values.Should().NotContain(json => json.Contains(form, StringComparison.Ordinal), "after \"{0}\"", text);
            }
        }

        app.Storage.WrittenKeys.Should().Contain($"sms/conversations/{SmsApplication.PhoneId(number)}").And.Contain($"sms/optouts/{SmsApplication.PhoneId(number)}");
    }

    private async Task<string?> AsksAsync(string number) => (await app.SessionAsync(number))?.PendingSlot;

    private static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
