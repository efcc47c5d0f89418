using HeelBot.Bot.Channels.Twilio;
using HeelBot.Sms.Tests.Support;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Sms.Tests.Signature;

/// <summary>The signature check against vectors from the twilio npm package (Files/signature-vectors.json).</summary>
public sealed class TwilioSignatureValidatorTests
{
    private const string Token = "f3b1c9d2e8a74b6c9d0e1f2a3b4c5d6e";
    private const string Url = "https://heelbot.example.dk/api/sms";

    public static TheoryData<SignatureVector> Vectors()
    {
        var data = new TheoryData<SignatureVector>();
        foreach (var vector in RecordedPayloads.SignatureVectors())
        {
            data.Add(vector);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Compute_TwilioSdkVector_GivesTheSdksSignature(SignatureVector vector)
    {
        // Act
        var signature = TwilioSignatureValidator.Compute(vector.AuthToken, vector.Url, RecordedPayloads.Decode(vector.Body));

        // Assert
        signature.Should().Be(vector.Signature);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void IsValid_TwilioSdkVector_Accepts(SignatureVector vector)
    {
        TwilioSignatureValidator.IsValid(vector.AuthToken, vector.Signature, vector.Url, RecordedPayloads.Decode(vector.Body)).Should().BeTrue();
    }

    [Fact]
    public void IsValid_DocumentedExample_Accepts()
    {
        // Arrange: the example in Twilio's webhook security documentation.
        var form = new Dictionary<string, StringValues>
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+12349013030",
            ["Digits"] = "1234",
            ["From"] = "+12349013030",
            ["To"] = "+18005551212",
        };

        // Act
        var valid = TwilioSignatureValidator.IsValid("12345", "0/KCTR6DLpKmkAf8muzZqo1nDgQ=", "https://mycompany.com/myapp.php?foo=1&bar=2", form);

        // Assert
        valid.Should().BeTrue();
    }

    [Fact]
    public void IsValid_MissingSignature_Rejects()
    {
        var form = RecordedPayloads.Form("inbound-text.txt");

        TwilioSignatureValidator.IsValid(Token, null, Url, form).Should().BeFalse();
        TwilioSignatureValidator.IsValid(Token, string.Empty, Url, form).Should().BeFalse();
    }

    [Fact]
    public void IsValid_NoAuthToken_RejectsEvenTheMatchingSignature()
    {
        // Arrange: an HMAC with an empty key is still computable, so "no token" must not mean "anything goes".
        var form = RecordedPayloads.Form("inbound-text.txt");
        var signature = TwilioSignatureValidator.Compute(string.Empty, Url, form);

        // Act and assert
        TwilioSignatureValidator.IsValid(string.Empty, signature, Url, form).Should().BeFalse();
    }

    [Theory]
    [InlineData("Body", "Hej, jeg har ondt i hælen!")]
    [InlineData("From", "+4561234568")]
    [InlineData("NumMedia", "1")]
    [InlineData("ApiVersion", "")]
    public void IsValid_TamperedParameter_Rejects(string name, string value)
    {
        // Arrange
        var vector = RecordedPayloads.SignatureVectors().Single(v => v.Description.EndsWith("inbound-text.txt", StringComparison.Ordinal));
        var form = RecordedPayloads.Decode(vector.Body);
        form[name] = value;

        // Act and assert
        TwilioSignatureValidator.IsValid(vector.AuthToken, vector.Signature, vector.Url, form).Should().BeFalse();
    }

    [Fact]
    public void IsValid_AddedParameter_Rejects()
    {
        // Arrange: Twilio signs every parameter, so one more (even an unknown one) breaks the signature.
        var vector = RecordedPayloads.SignatureVectors().Single(v => v.Description.EndsWith("inbound-text.txt", StringComparison.Ordinal));
        var form = RecordedPayloads.Decode(vector.Body);
        form["OptOutType"] = "STOP";

        // Act and assert
        TwilioSignatureValidator.IsValid(vector.AuthToken, vector.Signature, vector.Url, form).Should().BeFalse();
    }

    [Theory]
    [InlineData("http://heelbot.example.dk/api/sms")]
    [InlineData("https://heelbot.example.dk/api/sms/")]
    [InlineData("https://heelbot.example.dk/api/messages")]
    [InlineData("https://evil.example.com/api/sms")]
    [InlineData("https://heelbot.example.dk/api/sms?x=1")]
    public void IsValid_WrongUrl_Rejects(string url)
    {
        // Arrange
        var vector = RecordedPayloads.SignatureVectors().Single(v => v.Description.EndsWith("inbound-text.txt", StringComparison.Ordinal));

        // Act and assert
        TwilioSignatureValidator.IsValid(vector.AuthToken, vector.Signature, url, RecordedPayloads.Decode(vector.Body)).Should().BeFalse();
    }

    [Fact]
    public void IsValid_WrongAuthToken_Rejects()
    {
        var vector = RecordedPayloads.SignatureVectors()[0];

        TwilioSignatureValidator.IsValid(vector.AuthToken + "x", vector.Signature, vector.Url, RecordedPayloads.Decode(vector.Body)).Should().BeFalse();
    }

    [Theory]
    [InlineData("https://heelbot.example.dk:443/api/sms", "https://heelbot.example.dk/api/sms")]
    [InlineData("https://heelbot.example.dk/api/sms", "https://heelbot.example.dk:443/api/sms")]
    [InlineData("http://heelbot.example.dk:80/api/sms?a=1", "http://heelbot.example.dk/api/sms?a=1")]
    public void IsValid_DefaultPortWrittenOrNot_Accepts(string signedUrl, string checkedUrl)
    {
        // Arrange: the SDKs accept both, because the port Twilio signs depends on how the webhook was entered.
        var form = RecordedPayloads.Form("inbound-text.txt");
        var signature = TwilioSignatureValidator.Compute(Token, signedUrl, form);

        // Act and assert
        TwilioSignatureValidator.IsValid(Token, signature, checkedUrl, form).Should().BeTrue();
    }

    [Theory]
    [InlineData("https://a.example/x?y=1", "https://a.example/x?y=1|https://a.example:443/x?y=1")]
    [InlineData("http://a.example", "http://a.example|http://a.example:80")]
    [InlineData("https://a.example:8443/x", "https://a.example/x|https://a.example:8443/x")]
    [InlineData("https://user:pw@a.example/x", "https://user:pw@a.example/x|https://user:pw@a.example:443/x")]
    [InlineData("https://[2001:db8::1]:443/x", "https://[2001:db8::1]/x|https://[2001:db8::1]:443/x")]
    [InlineData("not a url", "not a url")]
    public void UrlCandidates_Url_WithAndWithoutPort(string url, string expected)
    {
        TwilioSignatureValidator.UrlCandidates(url).Should().Equal(expected.Split('|'));
    }

    [Fact]
    public void Compute_ParameterOrder_DoesNotMatter()
    {
        // Arrange
        var form = RecordedPayloads.Form("inbound-text.txt");
        var reversed = form.Reverse().ToDictionary(p => p.Key, p => p.Value);

        // Act and assert
        TwilioSignatureValidator.Compute(Token, Url, reversed).Should().Be(TwilioSignatureValidator.Compute(Token, Url, form));
    }
}
