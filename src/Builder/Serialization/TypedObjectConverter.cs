using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelBot.Builder.Serialization;

/// <summary>
/// Serialises <c>object</c>-typed values so they read back as what they were: JSON primitives stay
/// primitives, dictionaries and lists stay dictionaries and lists, and any other object is written as
/// <c>{"$type": "...", "$value": ...}</c>. Only types from HeelBot assemblies are ever instantiated on
/// read, so stored data cannot name an arbitrary type.
/// </summary>
public sealed class TypedObjectConverter : JsonConverter<object>
{
    private const string TypeKey = "$type";
    private const string ValueKey = "$value";
    private static readonly ConcurrentDictionary<string, Type?> TypeCache = new();

    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(object);

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var whole) ? whole : reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(Read(ref reader, typeof(object), options));
                }

                return list;
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, options);
            default:
                throw new JsonException($"Unexpected token {reader.TokenType} in stored state.");
        }
    }

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string or bool or int or long or double or float or decimal or short or byte or uint or ulong:
                JsonSerializer.Serialize(writer, value, value.GetType(), options);
                return;
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case IDictionary<string, object> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, options);
                }

                writer.WriteEndObject();
                return;
            case IList list when value.GetType().IsGenericType && value.GetType().GetGenericArguments()[0] == typeof(object):
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item!, options);
                }

                writer.WriteEndArray();
                return;
            default:
                var type = value.GetType();
                writer.WriteStartObject();
                writer.WriteString(TypeKey, $"{type.FullName}, {type.Assembly.GetName().Name}");
                writer.WritePropertyName(ValueKey);
                JsonSerializer.Serialize(writer, value, type, options);
                writer.WriteEndObject();
                return;
        }
    }

    private object? ReadObject(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        // Peek: a typed envelope starts with "$type".
        var probe = reader;
        if (probe.Read() && probe.TokenType == JsonTokenType.PropertyName && probe.ValueTextEquals(TypeKey))
        {
            probe.Read();
            var typeName = probe.GetString() ?? throw new JsonException("Empty $type in stored state.");
            var type = Resolve(typeName);
            probe.Read();
            if (probe.TokenType != JsonTokenType.PropertyName || !probe.ValueTextEquals(ValueKey))
            {
                throw new JsonException("Stored typed value lacks $value.");
            }

            probe.Read();
            var result = JsonSerializer.Deserialize(ref probe, type, options);
            probe.Read();
            if (probe.TokenType != JsonTokenType.EndObject)
            {
                throw new JsonException("Unexpected content after $value.");
            }

            reader = probe;
            return result;
        }

        var dictionary = new Dictionary<string, object>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            dictionary[key] = Read(ref reader, typeof(object), options)!;
        }

        return dictionary;
    }

    private static Type Resolve(string typeName)
    {
        var type = TypeCache.GetOrAdd(typeName, static name =>
        {
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            var assembly = comma < 0 ? string.Empty : name[(comma + 1)..].Trim();
            return assembly.StartsWith("HeelBot", StringComparison.Ordinal) ? Type.GetType(name, throwOnError: false) : null;
        });
        return type ?? throw new JsonException($"Stored state names a type that is not allowed or not found: '{typeName}'.");
    }
}
