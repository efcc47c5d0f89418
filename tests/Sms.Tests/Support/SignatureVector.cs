namespace HeelBot.Sms.Tests.Support;

/// <summary>One signature computed by the twilio npm package: this token, URL and form body give this signature.</summary>
public sealed record SignatureVector(string Description, string AuthToken, string Url, string Body, string Signature)
{
    public override string ToString() => Description;
}
