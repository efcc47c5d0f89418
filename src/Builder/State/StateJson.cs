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

    public static string Serialize(object value) => JsonSerializer.Serialize(value, typeof(object), Options);

    public static object? Deserialize(string json) => JsonSerializer.Deserialize<object>(json, Options);

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
