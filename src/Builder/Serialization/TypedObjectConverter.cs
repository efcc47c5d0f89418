using System.Collections;
using System.Collections.Concurrent;
using System.Reflection.Metadata;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelBot.Builder.Serialization;

/// <summary>
/// Serialises <c>object</c>-typed values so they read back as what they were: JSON primitives stay
/// primitives, dictionaries and lists stay dictionaries and lists, and any other object is written as
/// <c>{"$type": "...", "$value": ...}</c>. Only types from HeelBot assemblies, a few plain framework value
/// types, and lists, dictionaries, sets and arrays of those are ever instantiated on read, so stored data
/// cannot name an arbitrary type.
/// </summary>
public sealed class TypedObjectConverter : JsonConverter<object>
{
    private const string TypeKey = "$type";
    private const string ValueKey = "$value";
    private static readonly ConcurrentDictionary<string, Type?> TypeCache = new();

    // The "$type" name of each written type, or null when it may not be stored. Building the name (FullName,
    // Assembly.GetName) and parsing it back for the check cost more than serialising the value itself.
    private static readonly ConcurrentDictionary<Type, string?> WriteNames = new();

    // Framework types whose JSON form is plain data; checked by name before any type is loaded.
    private static readonly HashSet<string> FrameworkTypes =
    [
        "System.Boolean", "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
        "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.Char", "System.String",
        "System.DateTime", "System.DateTimeOffset", "System.DateOnly", "System.TimeOnly", "System.TimeSpan", "System.Guid",
        "System.Nullable`1", "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2",
        "System.Collections.Generic.HashSet`1",
    ];

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
                return reader.TryGetInt64(out var whole) ? (object)whole : reader.GetDouble();
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
                var typeName = WriteNames.GetOrAdd(type, static t => $"{t.FullName}, {t.Assembly.GetName().Name}" is var name && IsAllowed(name) ? name : null);
                if (typeName is null)
                {
                    // Fail while saving, not on the next read, when the stored state could no longer be loaded.
                    throw new JsonException($"Values of type '{type}' cannot be stored as object; use a record from a HeelBot assembly.");
                }

                writer.WriteStartObject();
                writer.WriteString(TypeKey, typeName);
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
        var type = TypeCache.GetOrAdd(typeName, static name => IsAllowed(name) ? Type.GetType(name, throwOnError: false) : null);
        return type ?? throw new JsonException($"Stored state names a type that is not allowed or not found: '{typeName}'.");
    }

    /// <summary>
    /// Checks every type the name mentions (generic arguments and array elements included) before
    /// anything is loaded: a generic name's first comma is inside its arguments, so the assembly of the
    /// outer type cannot be found by splitting the string.
    /// </summary>
    private static bool IsAllowed(string typeName) => TypeName.TryParse(typeName, out var parsed) && IsAllowed(parsed);

    private static bool IsAllowed(TypeName name)
    {
        if (name.IsArray)
        {
            return name.IsSZArray && IsAllowed(name.GetElementType());
        }

        if (name.IsConstructedGenericType)
        {
            return IsAllowed(name.GetGenericTypeDefinition()) && name.GetGenericArguments().All(IsAllowed);
        }

        if (name.IsPointer || name.IsByRef)
        {
            return false;
        }

        var assembly = name.AssemblyName?.Name;
        if (assembly is not null && (assembly == "HeelBot" || assembly.StartsWith("HeelBot.", StringComparison.Ordinal)))
        {
            return true;
        }

        return assembly is null or "System.Private.CoreLib" && FrameworkTypes.Contains(name.FullName);
    }
}
