using System.Net;
using HeelBot.Sms.Tests.Support;

namespace HeelBot.Sms.Tests.Webhook;

/// <summary>Only requests Twilio signed reach the bot (X-Twilio-Signature over the public URL and every parameter).</summary>
public sealed class WebhookSecurityTests(SmsApplication app) : IClassFixture<SmsApplication>
{
    [Fact]
    public async Task PostSms_ValidSignature_AnswersTwiml()
    {
        // Arrange
        using var phone = app.Phone("+4562000001");

        // Act
        var reply = await phone.SendAsync("Hej");

        // Assert
        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.ContentType.Should().Be("text/xml");
        reply.Body.Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Response><Message>");
        reply.Text.Should().Contain(SmsTexts.Text("ask.location"));
    }

    [Fact]
    public async Task PostSms_RecordedPayloadSignedByTwilio_IsAccepted()
    {
        // Arrange: a body and signature exactly as the twilio npm package made them, for this host's token and URL.
        using var appWithVectorToken = new VectorTokenApplication();
        using var phone = appWithVectorToken.Phone("+4561234567");
        var vector = RecordedPayloads.SignatureVectors().Single(v => v.Description.EndsWith("inbound-text.txt", StringComparison.Ordinal));
        var form = RecordedPayloads.Decode(vector.Body).Select(f => new KeyValuePair<string, string>(f.Key, f.Value.ToString())).ToList();

        // Act
        var reply = await phone.PostAsync(form, signature: vector.Signature);

        // Assert
        reply.Status.Should().Be(HttpStatusCode.OK);
        reply.Text.Should().Contain(SmsTexts.Text("welcome"));
    }

    [Fact]
    public async Task PostSms_MissingSignature_Forbidden()
    {
        using var phone = app.Phone("+4562000002");

        var reply = await phone.PostAsync(phone.Form("Hej"), sign: false);

        reply.Status.Should().Be(HttpStatusCode.Forbidden);
        (await app.SessionAsync(phone.Number)).Should().BeNull("nothing reached the bot");
    }

    [Fact]
    public async Task PostSms_InvalidSignature_Forbidden()
    {
        using var phone = app.Phone("+4562000003");

        var reply = await phone.PostAsync(phone.Form("Hej"), signature: "0/KCTR6DLpKmkAf8muzZqo1nDgQ=");

        reply.Status.Should().Be(HttpStatusCode.Forbidden);
        (await app.SessionAsync(phone.Number)).Should().BeNull();
    }

    [Fact]
    public async Task PostSms_SignedWithAnotherAuthToken_Forbidden()
    {
        using var phone = app.Phone("+4562000004");
        var form = phone.Form("Hej");

        var reply = await phone.PostAsync(form, signature: SmsPhone.Sign(form, authToken: "not-the-token"));

        reply.Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Body", "Jeg har feber")]
    [InlineData("From", "+4562999999")]
    public async Task PostSms_ParameterChangedAfterSigning_Forbidden(string name, string value)
    {
        // Arrange: signed as sent, then one field swapped on the way (a forged sender or text).
        using var phone = app.Phone("+4562000005");
        var form = phone.Form("Hej");
        var signature = SmsPhone.Sign(form);
        var tampered = form.Select(f => f.Key == name ? new KeyValuePair<string, string>(name, value) : f).ToList();

        // Act
        var reply = await phone.PostAsync(tampered, signature: signature);

        // Assert
        reply.Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("https://evil.example.com/api/sms")]
    [InlineData("http://heelbot.example.dk/api/sms")]
    [InlineData("https://heelbot.example.dk/api/messages")]
    public async Task PostSms_SignedForAnotherUrl_Forbidden(string url)
    {
        using var phone = app.Phone("+4562000006");

        var reply = await phone.PostAsync(phone.Form("Hej"), signedUrl: url);

        reply.Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task PostSms_SignedWithTheDefaultPortWritten_Accepted()
    {
        using var phone = app.Phone("+4562000007");

        var reply = await phone.PostAsync(phone.Form("Hej"), signedUrl: "https://heelbot.example.dk:443/api/sms");

        reply.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostSms_JsonBody_UnsupportedMediaType()
    {
        // Arrange
        using var client = app.CreateClient();
        using var content = new StringContent("{\"From\":\"+4562000008\",\"Body\":\"Hej\"}", System.Text.Encoding.UTF8, "application/json");

        // Act
        using var response = await client.PostAsync("/api/sms", content);

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PostSms_SignedFormWithoutFrom_BadRequest()
    {
        using var phone = app.Phone("+4562000009");
        var form = phone.Form("Hej").Where(f => f.Key != "From").ToList();

        var reply = await phone.PostAsync(form);

        reply.Status.Should().Be(HttpStatusCode.BadRequest);
    }

    /// <summary>A host whose Auth Token is the one the signature vectors were made with.</summary>
    private sealed class VectorTokenApplication() : SmsApplication(new Dictionary<string, string?>
    {
        ["Twilio:AuthToken"] = RecordedPayloads.SignatureVectors()[0].AuthToken,
    });
}
