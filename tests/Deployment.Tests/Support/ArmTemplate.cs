using System.Text.Json;
using System.Text.Json.Nodes;

namespace HeelBot.Deployment.Tests.Support;

/// <summary>An ARM template (JSON) read for its parameters, variables, resources and the expressions in them.</summary>
public sealed class ArmTemplate
{
    private ArmTemplate(JsonObject root)
    {
        Root = root;
        Parameters = Section(root, "parameters").ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.OrdinalIgnoreCase);
        Variables = Section(root, "variables").ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase);
        var resources = new List<ArmResource>();
        CollectResources(root["resources"] as JsonArray, "resources", [], resources);
        Resources = resources;
    }

    public JsonObject Root { get; }

    public IReadOnlyDictionary<string, JsonObject> Parameters { get; }

    public IReadOnlyDictionary<string, JsonNode?> Variables { get; }

    public IReadOnlyList<ArmResource> Resources { get; }

    /// <summary>Parses the file strictly (no comments, no trailing commas): what ARM and every JSON tool accept.</summary>
    public static ArmTemplate Load(string path) => new(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>Every string in the template body (variables, resources, outputs) with its JSON path, property names included.</summary>
    public IEnumerable<(string Path, string Value)> BodyStrings() =>
        Strings(Root["variables"], "variables")
            .Concat(Strings(Root["resources"], "resources"))
            .Concat(Strings(Root["outputs"], "outputs"));

    public IReadOnlyList<ArmResource> OfType(string type) =>
        [.. Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase))];

    public ArmResource Single(string type)
    {
        var matches = OfType(type);
        matches.Should().ContainSingle("the template should declare one {0}", type);
        return matches[0];
    }

    /// <summary>The app settings of a Microsoft.Web/sites resource.</summary>
    public static IReadOnlyList<AppSetting> AppSettings(ArmResource site)
    {
        ArgumentNullException.ThrowIfNull(site);
        var settings = site.Properties?["siteConfig"]?["appSettings"] as JsonArray;
        settings.Should().NotBeNull("the site should set its app settings in siteConfig.appSettings");
        return [.. settings!.Select(s => new AppSetting((string)s!["name"]!, (string)s["value"]!))];
    }

    /// <summary>A literal, or the literal value of a <c>[variables('x')]</c>; null for anything computed.</summary>
    public string? ResolveLiteral(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!ArmExpression.IsExpression(value))
        {
            return value;
        }

        var body = ArmExpression.Normalize(ArmExpression.Body(value));
        var names = ArmExpression.VariableNames(body);
        return names.Count == 1 && body == $"variables('{names[0]}')" && Variables.TryGetValue(names[0], out var node)
            && node is JsonValue literal && literal.GetValueKind() == JsonValueKind.String
            ? ResolveLiteral(literal.GetValue<string>())
            : null;
    }

    public static IEnumerable<(string Path, string Value)> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    yield return ($"{path}.{key}#name", key);
                    foreach (var item in Strings(child, $"{path}.{key}"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var item in Strings(array[i], $"{path}[{i}]"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return (path, value.GetValue<string>());
                break;
        }
    }

    private static JsonObject Section(JsonObject root, string name) => root[name] as JsonObject ?? [];

    /// <summary>Resources, with nested ones (whose type and name are relative to their parent) made absolute.</summary>
    private static void CollectResources(JsonArray? array, string path, IReadOnlyList<(string Type, IReadOnlyList<string> Name)> parents, List<ArmResource> into)
    {
        if (array is null)
        {
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var node = array[i]!.AsObject();
            var type = (string)node["type"]!;
            var name = NameSegments((string)node["name"]!);
            if (parents.Count > 0)
            {
                type = $"{parents[^1].Type}/{type}";
                name = [.. parents[^1].Name, .. name];
            }

            var resourcePath = $"{path}[{i}]";
            into.Add(new ArmResource(node, resourcePath, type, (string)node["apiVersion"]!, name));
            CollectResources(node["resources"] as JsonArray, $"{resourcePath}.resources", [.. parents, (type, name)], into);
        }
    }

    /// <summary>
    /// A resource name as the segments resourceId() would take: "a/b" → 'a','b'; [format('{0}/{1}', x, 'y')] → x,'y';
    /// any other expression is one segment.
    /// </summary>
    private static IReadOnlyList<string> NameSegments(string name)
    {
        if (!ArmExpression.IsExpression(name))
        {
            return [.. name.Split('/').Select(part => $"'{part.Replace("'", "''", StringComparison.Ordinal)}'")];
        }

        var body = ArmExpression.Normalize(ArmExpression.Body(name));
        if (body.StartsWith("format(", StringComparison.Ordinal) && body.EndsWith(')'))
        {
            var arguments = ArmExpression.Calls(body, "format")[0];
            var pattern = ArmExpression.StringLiteral(arguments[0]);
            if (pattern is not null)
            {
                return [.. pattern.Split('/').Select(part =>
                    part.Length > 2 && part[0] == '{' && part[^1] == '}' && int.TryParse(part[1..^1], out var index)
                        ? arguments[index + 1]
                        : $"'{part}'")];
            }
        }

        return [body];
    }
}
