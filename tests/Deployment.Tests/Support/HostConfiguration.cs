using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>
/// The configuration keys the host reads, found in the host itself rather than copied into the tests: the leaves of
/// <c>src/Bot/appsettings.json</c>, the keys its code reads directly (<c>configuration["..."]</c>,
/// <c>GetConnectionString("...")</c>) and the properties of its options classes (a <c>SectionName</c> constant, a
/// <c>GetSection("...").Get&lt;T&gt;()</c>, or options bound to the root).
/// </summary>
public sealed partial class HostConfiguration
{
    private HostConfiguration(IReadOnlySet<string> appSettingsKeys, IReadOnlySet<string> keysReadInCode, IReadOnlySet<string> optionKeys)
    {
        AppSettingsKeys = appSettingsKeys;
        KeysReadInCode = keysReadInCode;
        OptionKeys = optionKeys;
    }

    /// <summary>Leaves of appsettings.json; an array is one key (its items are KEY:0, KEY:1 …).</summary>
    public IReadOnlySet<string> AppSettingsKeys { get; }

    public IReadOnlySet<string> KeysReadInCode { get; }

    /// <summary>Section:Property for every options class, e.g. Twilio:MessageLength; root-bound ones have no section.</summary>
    public IReadOnlySet<string> OptionKeys { get; }

    /// <summary>The keys an operator is expected to decide on: appsettings.json and what the code reads by name.</summary>
    public IReadOnlySet<string> DocumentedKeys => new HashSet<string>(AppSettingsKeys.Concat(KeysReadInCode), StringComparer.OrdinalIgnoreCase);

    public static HostConfiguration Load()
    {
        var appSettings = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using (var document = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.HostAppSettings)))
        {
            Flatten(document.RootElement, prefix: null, appSettings);
        }

        var sources = Directory.EnumerateFiles(RepositoryPaths.HostProject, "*.cs", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Select(File.ReadAllText)
            .ToList();
        sources.Should().NotBeEmpty("the host's sources are in {0}", RepositoryPaths.HostProject);

        var readInCode = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var optionKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var types = HostTypes();
        foreach (var source in sources)
        {
            readInCode.UnionWith(IndexerRead().Matches(source).Select(m => m.Groups[1].Value));
            readInCode.UnionWith(ConnectionStringRead().Matches(source).Select(m => $"ConnectionStrings:{m.Groups[1].Value}"));
            foreach (Match match in SectionBoundToType().Matches(source))
            {
                AddProperties(optionKeys, match.Groups[1].Value, types.Where(t => t.Name == match.Groups[2].Value));
            }

            foreach (Match match in RootBoundOptions().Matches(source))
            {
                AddProperties(optionKeys, section: null, types.Where(t => t.Name == match.Groups[1].Value));
            }
        }

        foreach (var type in types)
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field && field.GetRawConstantValue() is string section)
            {
                AddProperties(optionKeys, section, [type]);
            }
        }

        return new HostConfiguration(appSettings, readInCode, optionKeys);
    }

    /// <summary>Whether the host reads <paramref name="key"/> (or a key inside it, e.g. an array item or a nested option).</summary>
    public bool Reads(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return AppSettingsKeys.Concat(KeysReadInCode).Concat(OptionKeys).Any(known =>
            string.Equals(key, known, StringComparison.OrdinalIgnoreCase)
            || key.StartsWith(known + ":", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(RepositoryPaths.HostProject, path).Replace('\\', '/');
        return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)
            || relative.Contains("node_modules/", StringComparison.Ordinal);
    }

    /// <summary>The host assembly and the HeelBot assemblies it references (options classes live in several).</summary>
    private static IReadOnlyList<Type> HostTypes()
    {
        var host = typeof(Program).Assembly;
        var assemblies = new List<Assembly> { host };
        assemblies.AddRange(host.GetReferencedAssemblies()
            .Where(name => name.Name?.StartsWith("HeelBot.", StringComparison.Ordinal) == true)
            .Select(Assembly.Load));
        return [.. assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsClass && t.IsPublic)];
    }

    private static void AddProperties(HashSet<string> keys, string? section, IEnumerable<Type> types)
    {
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
            {
                keys.Add(section is null ? property.Name : $"{section}:{property.Name}");
            }
        }
    }

    private static void Flatten(JsonElement element, string? prefix, HashSet<string> keys)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Flatten(property.Value, prefix is null ? property.Name : $"{prefix}:{property.Name}", keys);
            }
        }
        else if (prefix is not null)
        {
            keys.Add(prefix);
        }
    }

    [GeneratedRegex(@"[Cc]onfiguration\[""([^""]+)""\]")]
    private static partial Regex IndexerRead();

    [GeneratedRegex(@"GetConnectionString\(""([^""]+)""\)")]
    private static partial Regex ConnectionStringRead();

    [GeneratedRegex(@"GetSection\(""([^""]+)""\)\s*\.Get<(\w+)>")]
    private static partial Regex SectionBoundToType();

    [GeneratedRegex(@"AddOptions<(\w+)>\(\)\s*\.Bind\(\w*[Cc]onfiguration\)")]
    private static partial Regex RootBoundOptions();
}
