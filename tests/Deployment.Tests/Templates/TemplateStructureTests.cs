using System.Text.Json;
using System.Text.Json.Nodes;
using HeelBot.Deployment.Tests.Support;

namespace HeelBot.Deployment.Tests.Templates;

/// <summary>
/// What ARM would reject, or silently get wrong, before any resource is created: the file's shape, parameters and
/// variables that are used but not declared (or declared and never used), and the parameters file.
/// </summary>
public sealed class TemplateStructureTests
{
    private static readonly string[] ParameterTypes = ["string", "securestring", "int", "bool", "object", "secureObject", "array"];

    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryPaths.Template);

    [Theory]
    [InlineData("azuredeploy.json", "deploymentTemplate.json")]
    [InlineData("azuredeploy.parameters.json", "deploymentParameters.json")]
    public void File_IsStrictJson_HasSchemaAndContentVersion(string fileName, string schemaFile)
    {
        // Arrange
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.AzureTemplates, fileName));

        // Act: strict parsing, as ARM and az do (no comments, no trailing commas).
        var root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false })!.AsObject();

        // Assert
        ((string?)root["$schema"]).Should().StartWith("https://schema.management.azure.com/schemas/").And.EndWith(schemaFile + "#");
        ((string?)root["contentVersion"]).Should().MatchRegex(@"^\d+\.\d+\.\d+\.\d+$");
    }

    [Fact]
    public void Parameters_EachHasAKnownTypeAndADescription()
    {
        foreach (var (name, parameter) in _template.Parameters)
        {
            ParameterTypes.Should().Contain((string?)parameter["type"], "parameter {0} needs one of ARM's types", name);
            ((string?)parameter["metadata"]?["description"]).Should().NotBeNullOrWhiteSpace("parameter {0} is documented where the portal and az show it", name);
        }
    }

    [Fact]
    public void Parameters_UsedInBody_AreDeclaredAndEveryDeclaredOneIsUsed()
    {
        // Arrange
        var used = _template.BodyStrings()
            .Where(s => ArmExpression.IsExpression(s.Value))
            .SelectMany(s => ArmExpression.ParameterNames(s.Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Act
        var undeclared = used.Where(name => !_template.Parameters.ContainsKey(name));
        var unused = _template.Parameters.Keys.Where(name => !used.Contains(name));

        // Assert
        used.Should().NotBeEmpty();
        undeclared.Should().BeEmpty("ARM fails a deployment that names an undeclared parameter");
        unused.Should().BeEmpty("a parameter nothing reads is a setting an operator changes for no effect");
    }

    [Fact]
    public void Variables_UsedAnywhere_AreDeclaredAndEveryDeclaredOneIsUsed()
    {
        // Arrange: variables may use variables, so the variables section counts as a user too.
        var uses = _template.BodyStrings()
            .Where(s => ArmExpression.IsExpression(s.Value))
            .SelectMany(s => ArmExpression.VariableNames(s.Value).Select(name => (name, s.Path)))
            .ToList();
        var used = uses.Select(u => u.name).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Act
        var undeclared = used.Where(name => !_template.Variables.ContainsKey(name));
        var unused = _template.Variables.Keys.Where(name => !uses.Any(u => string.Equals(u.name, name, StringComparison.OrdinalIgnoreCase) && !IsInsideVariable(u.Path, name)));

        // Assert
        undeclared.Should().BeEmpty("ARM fails a deployment that names an undeclared variable");
        unused.Should().BeEmpty("a variable only it uses is dead code");
    }

    [Fact]
    public void Defaults_MeetTheirOwnConstraints()
    {
        foreach (var (name, parameter) in _template.Parameters)
        {
            if (parameter["defaultValue"] is { } value && !(value is JsonValue v && v.GetValueKind() == JsonValueKind.String && ArmExpression.IsExpression(v.GetValue<string>())))
            {
                ConstraintViolations(parameter, value).Should().BeEmpty("the default of {0} should be a value the parameter accepts", name);
            }
        }
    }

    [Fact]
    public void ParametersFile_NamesOnlyDeclaredParameters_WithValuesTheyAccept()
    {
        // Arrange
        var values = ParametersFileValues();

        // Assert
        values.Should().NotBeEmpty();
        foreach (var (name, entry) in values)
        {
            _template.Parameters.Should().ContainKey(name, "the parameters file may only set parameters the template declares");
            var parameter = _template.Parameters[name];
            if (entry["value"] is { } value)
            {
                ConstraintViolations(parameter, value).Should().BeEmpty("the parameters file's value for {0} should be accepted", name);
            }
            else
            {
                entry["reference"]?["keyVault"]?["id"].Should().NotBeNull("an entry without a value is a Key Vault reference: {0}", name);
            }
        }
    }

    [Fact]
    public void ParametersFile_GivesEveryRequiredParameter_ExceptSecretsPassedAtDeployTime()
    {
        // Arrange
        var values = ParametersFileValues();
        var readme = File.ReadAllText(RepositoryPaths.Readme);
        var required = _template.Parameters.Where(p => p.Value["defaultValue"] is null).Select(p => p.Key).ToList();

        // Act
        var missing = required.Where(name => !values.ContainsKey(name)).ToList();

        // Assert: a required secret stays out of the file, and the README's deploy command passes it.
        required.Should().NotBeEmpty("the PostgreSQL password has no default");
        foreach (var name in missing)
        {
            IsSecure(_template.Parameters[name]).Should().BeTrue("required parameter {0} belongs in the parameters file unless it is a secret", name);
            readme.Should().Contain($"{name}=", "the README's deploy command should pass the secret {0}", name);
        }
    }

    [Fact]
    public void SecureParameters_HaveNoDefaultSecretAndAreNeverInThePlainParametersFile()
    {
        // Arrange
        var values = ParametersFileValues();
        var secure = _template.Parameters.Where(p => IsSecure(p.Value)).ToList();

        // Assert
        secure.Should().NotBeEmpty();
        foreach (var (name, parameter) in secure)
        {
            // Empty means "feature off" (e.g. no Twilio); anything else would be a secret committed to git.
            if (parameter["defaultValue"] is { } value)
            {
                value.GetValueKind().Should().Be(JsonValueKind.String, "the default of {0}", name);
                value.GetValue<string>().Should().BeEmpty("a secure parameter's default ({0}) must not be a secret", name);
            }

            if (values.TryGetValue(name, out var entry))
            {
                entry["value"].Should().BeNull("secret {0} may only come from a Key Vault reference in the parameters file", name);
            }
        }
    }

    [Fact]
    public void ParametersThatNameSecrets_AreSecureStrings()
    {
        // Arrange: names like ...Password, ...Secret, ...Token, ...Key hold secrets.
        var secretNamed = _template.Parameters.Keys.Where(LooksSecret).ToList();

        // Assert
        secretNamed.Should().Contain(["postgresAdminPassword", "microsoftAppPassword", "twilioAuthToken"]);
        foreach (var name in secretNamed)
        {
            ((string?)_template.Parameters[name]["type"]).Should().Be("securestring", "{0} holds a secret, so deployment history must not show it", name);
        }
    }

    [Fact]
    public void SecureParameters_FlowOnlyIntoKeyVaultSecretsOrTheServicesTheyBelongTo()
    {
        // Arrange: where a secret may be used as it is; elsewhere only as empty(parameters('x')) (is it set?).
        var allowed = new[]
        {
            ("Microsoft.KeyVault/vaults/secrets", ".properties.value"),
            ("Microsoft.DBforPostgreSQL/flexibleServers", ".properties.administratorLoginPassword"),
            ("Microsoft.BotService/botServices/channels", ".properties.properties.authToken"),
        };
        var secure = _template.Parameters.Where(p => IsSecure(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Act
        var leaks = new List<string>();
        foreach (var (path, value) in _template.BodyStrings().Where(s => ArmExpression.IsExpression(s.Value)))
        {
            var named = ArmExpression.ParameterNames(ArmExpression.WithoutEmptinessTests(value)).Where(secure.Contains).ToList();
            if (named.Count == 0 || path.EndsWith(".condition", StringComparison.Ordinal))
            {
                continue;
            }

            var resource = _template.Resources.FirstOrDefault(r => path.StartsWith(r.Path + ".", StringComparison.Ordinal));
            var isAllowed = resource is not null && allowed.Any(a =>
                string.Equals(resource.Type, a.Item1, StringComparison.OrdinalIgnoreCase) && path == resource.Path + a.Item2);
            if (!isAllowed)
            {
                leaks.Add($"{string.Join(", ", named)} at {path}");
            }
        }

        // Assert
        leaks.Should().BeEmpty("secrets reach the app through Key Vault references, never as plain app settings or outputs");
    }

    private static bool IsInsideVariable(string path, string name) =>
        path.Equals($"variables.{name}", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith($"variables.{name}.", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith($"variables.{name}[", StringComparison.OrdinalIgnoreCase);

    /// <summary>Declared secure; a secret declared as a plain string is caught by its name (see ParametersThatNameSecrets_AreSecureStrings).</summary>
    private static bool IsSecure(JsonObject parameter) =>
        (string?)parameter["type"] is "securestring" or "secureObject";

    private static bool LooksSecret(string name) =>
        name.Contains("password", StringComparison.OrdinalIgnoreCase)
        || name.Contains("secret", StringComparison.OrdinalIgnoreCase)
        || name.Contains("token", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Key", StringComparison.Ordinal);

    private static Dictionary<string, JsonObject> ParametersFileValues()
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryPaths.TemplateParameters))!.AsObject();
        return (root["parameters"] as JsonObject ?? []).ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.OrdinalIgnoreCase);
    }

    private static List<string> ConstraintViolations(JsonObject parameter, JsonNode value)
    {
        var violations = new List<string>();
        var type = (string?)parameter["type"];
        var kind = value.GetValueKind();
        var expected = type switch
        {
            "string" or "securestring" => JsonValueKind.String,
            "int" => JsonValueKind.Number,
            "object" or "secureObject" => JsonValueKind.Object,
            "array" => JsonValueKind.Array,
            _ => kind,
        };
        if (type == "bool" ? kind is not (JsonValueKind.True or JsonValueKind.False) : kind != expected)
        {
            violations.Add($"{kind} is not a {type}");
            return violations;
        }

        if (parameter["allowedValues"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            violations.Add($"{value.ToJsonString()} is not one of {allowed.ToJsonString()}");
        }

        if (kind == JsonValueKind.Number)
        {
            var number = value.GetValue<long>();
            if (parameter["minValue"] is { } min && number < min.GetValue<long>())
            {
                violations.Add($"{number} < minValue {min}");
            }

            if (parameter["maxValue"] is { } max && number > max.GetValue<long>())
            {
                violations.Add($"{number} > maxValue {max}");
            }
        }

        if (kind == JsonValueKind.String)
        {
            var length = value.GetValue<string>().Length;
            if (parameter["minLength"] is { } min && length < min.GetValue<int>())
            {
                violations.Add($"length {length} < minLength {min}");
            }

            if (parameter["maxLength"] is { } max && length > max.GetValue<int>())
            {
                violations.Add($"length {length} > maxLength {max}");
            }
        }

        return violations;
    }
}
