using System.Net;
using HeelBot.Sms.Tests.Support;

namespace HeelBot.Sms.Tests.Webhook;

/// <summary>With no Auth Token nothing could be verified, so the webhook is off (and says so at start-up).</summary>
public sealed class DisabledWebhookTests(DisabledWebhookTests.NoTokenApplication app) : IClassFixture<DisabledWebhookTests.NoTokenApplication>
{
    [Fact]
    public async Task PostSms_NoAuthToken_NotFoundEvenWhenSigned()
    {
        // Arrange
        using var phone = app.Phone("+4563000001");

        // Act
        var reply = await phone.SendAsync("Hej");

        // Assert
        reply.Status.Should().Be(HttpStatusCode.NotFound);
        (await app.SessionAsync(phone.Number)).Should().BeNull();
    }

    [Fact]
    public void Startup_NoAuthToken_LogsThatTheWebhookIsDisabled()
    {
        // Act: starting the host is enough.
        _ = app.Services;

        // Assert
        app.Logs.Lines.Should().Contain(line => line.Contains("/api/sms", StringComparison.Ordinal) && line.Contains("disabled", StringComparison.Ordinal));
    }

    public sealed class NoTokenApplication() : SmsApplication(new Dictionary<string, string?>
    {
        ["Twilio:AuthToken"] = string.Empty,
        ["Logging:LogLevel:HeelBot.Bot.Channels.Twilio"] = "Information",
    });
}
