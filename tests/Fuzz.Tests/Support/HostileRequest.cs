namespace HeelBot.Fuzz.Tests.Support;

/// <summary>One generated request: where it goes, what credential it carries, its body.</summary>
public sealed record HostileRequest(string Path, HostileBody Body, string? Bearer = null, string? Signature = null, string Method = "POST")
{
    public string Describe() => $"{Method} {Path} (bearer: {Bearer?.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} chars, signature: {Signature ?? "none"}) body: {Body.Describe()}";
}
