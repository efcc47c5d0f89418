using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace HeelBot.Sms.Tests.Support;

/// <summary>Recorded Twilio webhook bodies (Files/*.txt) and the signature vectors made with the twilio npm package.</summary>
public static class RecordedPayloads
{
    public static string Body(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Files", fileName));

    /// <summary>The body decoded as ASP.NET Core decodes a posted form (repeated names keep every value).</summary>
    public static Dictionary<string, StringValues> Form(string fileName) => Decode(Body(fileName));

    public static Dictionary<string, StringValues> Decode(string body)
    {
        using var reader = new FormReader(body);
        return reader.ReadForm();
    }

    public static IReadOnlyList<SignatureVector> SignatureVectors()
    {
        using var document = JsonDocument.Parse(Body("signature-vectors.json"));
        return [.. document.RootElement.GetProperty("vectors").EnumerateArray().Select(v => new SignatureVector(
            v.GetProperty("description").GetString()!,
            v.GetProperty("authToken").GetString()!,
            v.GetProperty("url").GetString()!,
            v.GetProperty("body").GetString()!,
            v.GetProperty("signature").GetString()!))];
    }
}
