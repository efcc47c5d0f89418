using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HeelBot.Dialogs.Content.Yaml;

/// <summary>
/// The one YAML reader for content files: camelCase keys, duplicate keys and unknown keys rejected,
/// so a typo in a reviewed file fails at load rather than silently dropping a field.
/// </summary>
internal static class ContentYaml
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static T Deserialize<T>(string yaml, string resourceName)
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml)
                ?? throw new InvalidDataException($"{resourceName}: the YAML document is empty.");
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException($"{resourceName}: {exception.Message}", exception);
        }
    }

    public static DateOnly ParseDate(string? text, string field, string resourceName) =>
        TryParseDate(text, out var date)
            ? date
            : throw new InvalidDataException($"{resourceName}: '{field}' must be a date yyyy-MM-dd, was '{text}'.");

    public static DateOnly? ParseOptionalDate(string? text, string field, string resourceName) =>
        string.IsNullOrWhiteSpace(text) ? null : ParseDate(text, field, resourceName);

    private static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
