using System.Globalization;
using System.Net;
using HeelBot.Sms.Tests.Support;

namespace HeelBot.Sms.Tests.Webhook;

/// <summary>Per phone number (after the signature check) and per client address (before anything is read): 429 with Retry-After.</summary>
public sealed class RateLimitTests(RateLimitTests.LowLimitApplication app) : IClassFixture<RateLimitTests.LowLimitApplication>
{
    [Fact]
    public async Task PostSms_PhoneOverItsLimit_TooManyRequestsWithRetryAfter()
    {
        // Arrange: three texts are allowed per hour; each from another address, so only the number limit applies.
        const string number = "+4565000001";
        var replies = new List<SmsReply>();

        // Act
        for (var i = 0; i < 4; i++)
        {
            using var phone = app.Phone(number, clientAddress: $"192.0.2.{i + 1}");
            replies.Add(await phone.SendAsync(i == 0 ? "Hej" : "1"));
        }

        // Assert
        replies.Take(3).Should().OnlyContain(r => r.Status == HttpStatusCode.OK);
        replies[3].Status.Should().Be(HttpStatusCode.TooManyRequests);
        RetryAfterSeconds(replies[3]).Should().BeInRange(1, 3600);
        using var other = app.Phone("+4565000002", clientAddress: "192.0.2.50");
        (await other.SendAsync("Hej")).Status.Should().Be(HttpStatusCode.OK, "another number has its own limit");
    }

    [Fact]
    public async Task PostSms_ForgedRequestsForANumber_DoNotUseUpItsLimit()
    {
        // Arrange: a forger floods the webhook in a real person's name, without the Auth Token.
        const string number = "+4565000003";
        for (var i = 0; i < 5; i++)
        {
            using var forger = app.Phone(number, clientAddress: $"192.0.2.{100 + i}");
            (await forger.PostAsync(forger.Form("Hej"), signature: "Zm9yZ2VkIHNpZ25hdHVyZQ==")).Status.Should().Be(HttpStatusCode.Forbidden);
        }

        // Act
        using var phone = app.Phone(number, clientAddress: "192.0.2.120");
        var reply = await phone.SendAsync("Hej");

        // Assert
        reply.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostSms_AddressOverItsLimit_TooManyRequestsBeforeTheSignatureIsChecked()
    {
        // Arrange: five requests per hour from one address, here unsigned junk from different "numbers".
        var replies = new List<SmsReply>();

        // Act
        for (var i = 0; i < 6; i++)
        {
            using var phone = app.Phone($"+45650001{i:D2}", clientAddress: "203.0.113.77");
            replies.Add(await phone.PostAsync(phone.Form("Hej"), sign: false));
        }

        // Assert
        replies.Take(5).Should().OnlyContain(r => r.Status == HttpStatusCode.Forbidden);
        replies[5].Status.Should().Be(HttpStatusCode.TooManyRequests);
        RetryAfterSeconds(replies[5]).Should().BeInRange(1, 3600);
    }

    private static int RetryAfterSeconds(SmsReply reply)
    {
        reply.Headers.TryGetValues("Retry-After", out var values).Should().BeTrue("a 429 says when to come back");
        return int.Parse(values!.Single(), CultureInfo.InvariantCulture);
    }

    public sealed class LowLimitApplication() : SmsApplication(new Dictionary<string, string?>
    {
        ["Twilio:PerPhoneNumber:PermitLimit"] = "3",
        ["Twilio:PerPhoneNumber:Window"] = "01:00:00",
        ["Twilio:PerIpAddress:PermitLimit"] = "5",
        ["Twilio:PerIpAddress:Window"] = "01:00:00",
    });
}
