using System.Text;

namespace HeelBot.Fuzz.Tests.Support;

/// <summary>A request body and its content type, as generated; <see cref="Describe"/> prints it for a failure report.</summary>
public sealed record HostileBody(byte[] Bytes, string ContentType)
{
    public static HostileBody Json(string json) => new(Encoding.UTF8.GetBytes(json), "application/json");

    public string Describe()
    {
        var text = Encoding.UTF8.GetString(Bytes);
        return $"{FuzzRunner.Cut(text, 600)} ({Bytes.Length} bytes, {ContentType})";
    }
}
