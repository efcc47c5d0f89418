using System.Text.Json;
using System.Text.Json.Serialization;
using HeelBot.Builder.Serialization;

namespace HeelBot.Builder.State;

/// <summary>
/// JSON settings for persisted state. Values typed as <c>object</c> (dialog options, waterfall values)
/// keep their type through a round trip, so a typed record can flow through a waterfall across turns.
/// </summary>
public static class StateJson
{
    public static readonly JsonSerializerOptions Options = Create();

    /// <summary>The stored text of <paramref name="value"/>; a <see cref="SerializedStoreItem"/> is that text already.</summary>
    public static string Serialize(object value) =>
        value is SerializedStoreItem serialized ? serialized.Json : JsonSerializer.Serialize(value, typeof(object), Options);

    public static object? Deserialize(string json)
    {
        var value = JsonSerializer.Deserialize<object>(json, Options);
        if (value is StateDocument document)
        {
            document.ReadFrom = json;
        }

        return value;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new TypedObjectConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
