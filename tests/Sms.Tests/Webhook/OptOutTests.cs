using System.Net;
using System.Xml.Linq;
using HeelBot.Sms.Tests.Support;

namespace HeelBot.Sms.Tests.Webhook;

/// <summary>
/// STOP and its synonyms: Twilio confirms and blocks at carrier level; the bot records the opt-out, forgets the
/// conversation and stays silent until START. AFMELD (unknown to Twilio) gets the bot's own goodbye.
/// </summary>
public sealed class OptOutTests(SmsApplication app) : IClassFixture<SmsApplication>
{
    [Theory]
    [InlineData("STOP", "+4564000001")]
    [InlineData("stop", "+4564000002")]
    [InlineData("Unsubscribe", "+4564000003")]
    public async Task PostSms_StopKeyword_EmptyTwimlAndTheConversationIsForgotten(string keyword, string number)
    {
        // Arrange
        using var phone = app.Phone(number);
        await phone.SendAsync("Hej");
        await phone.SendAsync("1");
        (await app.SessionAsync(phone.Number)).Should().NotBeNull();

        // Act
        var reply = await phone.SendAsync(keyword);

        // Assert
        reply.Status.Should().Be(HttpStatusCode.OK);
        XDocument.Parse(reply.Body).Root!.HasElements.Should().BeFalse("Twilio sends its own opt-out confirmation");
        (await app.SessionAsync(phone.Number)).Should().BeNull("the conversation ended and its state is deleted");
    }

    [Fact]
    public async Task PostSms_AfterStop_NothingIsAnsweredUntilStart()
    {
        // Arrange
        using var phone = app.Phone("+4564000101");
        await phone.SendAsync("Hej");
        await phone.SendAsync("STOP");

        // Act
        var ignored = await phone.SendAsync("Hej igen");
        var help = await phone.SendAsync("HELP");

        // Assert
        ignored.Messages.Should().BeEmpty();
        help.Messages.Should().BeEmpty();
        (await app.SessionAsync(phone.Number)).Should().BeNull("an opted-out number's messages are not read");
    }

    [Fact]
    public async Task PostSms_StartAfterStop_SilentThenTheNextTextStartsANewGuide()
    {
        // Arrange
        using var phone = app.Phone("+4564000102");
        await phone.SendAsync("Hej");
        await phone.SendAsync("2");
        await phone.SendAsync("STOP");

        // Act
        var start = await phone.SendAsync("START");
        var next = await phone.SendAsync("Hej");

        // Assert
        start.Messages.Should().BeEmpty("Twilio confirms the opt-in itself");
        next.Text.Should().Contain(SmsTexts.Text("welcome")).And.Contain(SmsTexts.Text("ask.location"));
    }

    [Fact]
    public async Task PostSms_StartWithoutOptOut_IsAnOrdinaryMessage()
    {
        using var phone = app.Phone("+4564000103");

        var reply = await phone.SendAsync("START");

        reply.Text.Should().Contain(SmsTexts.Text("ask.location"));
    }

    [Fact]
    public async Task PostSms_StopAsPartOfASentence_IsTheBotsOwnStopNotAnOptOut()
    {
        // Arrange
        using var phone = app.Phone("+4564000104");
        await phone.SendAsync("Hej");
        await phone.SendAsync("1");

        // Act: "stop samtalen" is one of the bot's own stop phrases, but not a carrier keyword.
        var reply = await phone.SendAsync("stop samtalen");
        var again = await phone.SendAsync("hej igen");

        // Assert
        reply.Messages.Should().Equal(SmsTexts.Text("goodbye"));
        again.Messages.Should().NotBeEmpty("the number did not opt out");
    }

    [Fact]
    public async Task PostSms_AdvancedOptOutType_OptsOutWhateverTheWord()
    {
        // Arrange: Twilio's Advanced Opt-Out names the keyword it matched (here a clinic-defined one).
        using var phone = app.Phone("+4564000105");
        await phone.SendAsync("Hej");
        var form = phone.Form("Afmeld mig");
        form.Add(new("OptOutType", "STOP"));

        // Act
        var reply = await phone.PostAsync(form);

        // Assert
        reply.Messages.Should().BeEmpty();
        (await phone.SendAsync("Hej")).Messages.Should().BeEmpty();
    }

    [Fact]
    public async Task PostSms_Afmeld_ConfirmedWithTheBotsGoodbyeAndThenSilent()
    {
        // Arrange
        using var phone = app.Phone("+4564000106");
        await phone.SendAsync("Hej");

        // Act
        var reply = await phone.SendAsync("AFMELD");
        var after = await phone.SendAsync("1");

        // Assert
        reply.Messages.Should().Equal(SmsTexts.Text("goodbye"));
        after.Messages.Should().BeEmpty();
        (await app.SessionAsync(phone.Number)).Should().BeNull();
    }
}
