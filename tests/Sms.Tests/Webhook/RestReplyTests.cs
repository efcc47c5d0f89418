using System.Net;
using System.Xml.Linq;
using HeelBot.Sms.Tests.Support;

namespace HeelBot.Sms.Tests.Webhook;

/// <summary>With <c>Twilio:ReplyMode</c> = Rest the replies go through the REST seam and the webhook answers an empty TwiML.</summary>
public sealed class RestReplyTests(RestReplyTests.RestApplication app) : IClassFixture<RestReplyTests.RestApplication>
{
    [Fact]
    public async Task PostSms_RestMode_SendsEachMessageToThePersonFromTheClinicNumber()
    {
        // Arrange
        using var phone = app.Phone("+4566000001");

        // Act
        var reply = await phone.SendAsync("Hej");

        // Assert
        reply.Status.Should().Be(HttpStatusCode.OK);
        XDocument.Parse(reply.Body).Root!.HasElements.Should().BeFalse();
        var sent = app.Sender.Sent.Where(m => m.To == phone.Number).ToList();
        sent.Should().ContainSingle();
        sent[0].From.Should().Be(SmsApplication.ClinicNumber);
        sent[0].AccountSid.Should().Be("AC11111111111111111111111111111111");
        sent[0].Body.Should().Contain(SmsTexts.Text("welcome")).And.Contain(SmsTexts.Text("ask.location"));
    }

    [Fact]
    public async Task PostSms_RestModeStop_SendsNothing()
    {
        using var phone = app.Phone("+4566000002");

        await phone.SendAsync("STOP");

        app.Sender.Sent.Should().NotContain(m => m.To == phone.Number);
    }

    public sealed class RestApplication() : SmsApplication(new Dictionary<string, string?> { ["Twilio:ReplyMode"] = "Rest" });
}
