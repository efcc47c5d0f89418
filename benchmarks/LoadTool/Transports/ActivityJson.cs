using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HeelBot.LoadTool.Transports;

/// <summary>Writes the small activity bodies the simulated people send, without a serializer's reflection.</summary>
internal static class ActivityJson
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json") { CharSet = "utf-8" };

    public static ByteArrayContent Content(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        var content = new ByteArrayContent(buffer.WrittenSpan.ToArray());
        content.Headers.ContentType = JsonType;
        return content;
    }

    public static void Account(Utf8JsonWriter writer, string property, string id, string? role = null)
    {
        writer.WriteStartObject(property);
        writer.WriteString("id", id);
        if (role is not null)
        {
            writer.WriteString("role", role);
        }

        writer.WriteEndObject();
    }

    /// <summary>The response body as a JSON document, or a <see cref="TurnFailedException"/> for a refusal.</summary>
    public static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new TurnFailedException($"{what}: HTTP {(int)response.StatusCode} {Shorten(body)}");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new TurnFailedException($"{what}: the body is not JSON ({ex.Message})", ex);
            }
        }
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
