using System.Text.Json.Nodes;
using HeelBot.Bot.Authentication;
using HeelBot.Deployment.Tests.Support;

namespace HeelBot.Deployment.Tests.Templates;

/// <summary>The resources the issue asks for, wired to each other, in the EU, and able to scale out.</summary>
public sealed class TemplateResourceTests
{
    /// <summary>Azure regions inside the EU (Switzerland, Norway and the UK are in Europe but not in the EU).</summary>
    private static readonly string[] EuRegions =
    [
        "swedencentral", "swedensouth", "northeurope", "westeurope", "germanywestcentral", "germanynorth", "francecentral",
        "francesouth", "italynorth", "polandcentral", "spaincentral", "austriaeast", "belgiumcentral", "denmarkeast",
    ];

    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryPaths.Template);

    [Theory]
    [InlineData("Microsoft.BotService/botServices")]
    [InlineData("Microsoft.Web/serverfarms")]
    [InlineData("Microsoft.Web/sites")]
    [InlineData("Microsoft.Insights/autoscalesettings")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers")]
    [InlineData("Microsoft.DBforPostgreSQL/flexibleServers/databases")]
    [InlineData("Microsoft.Insights/components")]
    [InlineData("Microsoft.OperationalInsights/workspaces")]
    [InlineData("Microsoft.KeyVault/vaults")]
    [InlineData("Microsoft.ManagedIdentity/userAssignedIdentities")]
    [InlineData("Microsoft.Authorization/roleAssignments")]
    public void Template_DeclaresTheResource(string type)
    {
        _template.OfType(type).Should().NotBeEmpty();
    }

    [Fact]
    public void Bot_HasDirectLineTeamsAndSmsChannels_NamedAsTheirChannelName()
    {
        // Arrange
        var bot = _template.Single("Microsoft.BotService/botServices");
        var channels = _template.OfType("Microsoft.BotService/botServices/channels");

        // Assert
        ((string?)bot.Node["kind"]).Should().Be("azurebot");
        channels.Select(c => ArmExpression.StringLiteral(c.LastNameSegment)).Should().BeEquivalentTo(["DirectLineChannel", "MsTeamsChannel", "SmsChannel"]);
        foreach (var channel in channels)
        {
            channel.NameSegments[0].Should().Be(bot.NameSegments[0], "a channel is a child of the bot");
            ((string?)channel.Properties?["channelName"]).Should().Be(ArmExpression.StringLiteral(channel.LastNameSegment), "ARM checks the channelName against the resource name");
            ((string?)channel.Node["location"]).Should().Be((string?)bot.Node["location"], "channels live where their bot does");
        }
    }

    [Fact]
    public void BotAppTypes_TheTemplateAllows_AreTypesTheHostAccepts()
    {
        // Arrange
        var allowed = _template.Parameters["botAppType"]["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();

        // Assert: the host's own parser, so a value the host would refuse at start-up fails here.
        allowed.Should().NotBeEmpty();
        foreach (var type in allowed)
        {
            new BotFrameworkOptions { MicrosoftAppType = type }.AppType.Should().NotBeNull("the host should understand MicrosoftAppType {0}", type);
        }

        ((string?)_template.Single("Microsoft.BotService/botServices").Properties?["msaAppType"]).Should().Be("[parameters('botAppType')]");
    }

    [Fact]
    public void ResourceReferences_NameResourcesInTheTemplate_WithTheirDeclaredApiVersion()
    {
        // Arrange
        var expressions = _template.BodyStrings().Where(s => ArmExpression.IsExpression(s.Value)).ToList();

        // Act
        var references = expressions.SelectMany(s => ArmResourceReference.In(s.Value)).ToList();
        var dangling = references.Where(r => !_template.Resources.Any(resource => resource.Matches(r.Type, r.NameSegments))).Select(r => r.Text).Distinct();
        var wrongVersions = new List<string>();
        foreach (var (_, value) in expressions)
        {
            foreach (var call in ArmExpression.Calls(value, "reference").Where(c => c.Count >= 2))
            {
                var target = ArmResourceReference.In(call[0]).FirstOrDefault();
                var resource = target is null ? null : _template.Resources.FirstOrDefault(r => r.Matches(target.Type, target.NameSegments));
                if (resource is not null && ArmExpression.StringLiteral(call[1]) != resource.ApiVersion)
                {
                    wrongVersions.Add($"{resource.Type} read with {call[1]}, declared {resource.ApiVersion}");
                }
            }
        }

        // Assert
        references.Should().HaveCountGreaterThan(20);
        dangling.Should().BeEmpty("every resourceId() should name a resource this template creates");
        wrongVersions.Should().BeEmpty("reference() should read a resource with the API version it was created with");
    }

    [Fact]
    public void DependsOn_EachEntryIsAnotherResourceOfTheTemplate()
    {
        foreach (var resource in _template.Resources)
        {
            foreach (var entry in resource.DependsOn)
            {
                var references = ArmResourceReference.In(entry);
                references.Should().NotBeEmpty("{0} should depend on resourceId(...) entries, not on '{1}'", resource.Path, entry);

                // extensionResourceId(resourceId(scope), type, name): the last reference found is the dependency itself.
                var target = references[^1];
                var match = _template.Resources.SingleOrDefault(r => r.Matches(target.Type, target.NameSegments));
                match.Should().NotBeNull("{0} depends on {1}, which the template should declare", resource.Path, entry);
                match.Should().NotBeSameAs(resource, "{0} should not depend on itself", resource.Path);
            }
        }
    }

    [Fact]
    public void ChildResources_DependOnTheirParent()
    {
        foreach (var child in _template.Resources.Where(r => r.NameSegments.Count > 1 && r.Type.Count(c => c == '/') > 1))
        {
            var parentType = child.Type[..child.Type.LastIndexOf('/')];
            var parent = _template.Resources.SingleOrDefault(r => r.Matches(parentType, child.NameSegments.Take(child.NameSegments.Count - 1).ToList()));
            parent.Should().NotBeNull("{0} ({1}) needs its parent in the template", child.Path, child.Type);
            child.DependsOn.SelectMany(ArmResourceReference.In).Should().Contain(r => parent!.Matches(r.Type, r.NameSegments), "{0} must wait for its parent", child.Path);
        }
    }

    [Fact]
    public void Location_DefaultsToAnEuRegion_AndAllowsOnlyEuRegions()
    {
        // Arrange
        var location = _template.Parameters["location"];
        var fileValue = (string?)JsonNode.Parse(File.ReadAllText(RepositoryPaths.TemplateParameters))!["parameters"]?["location"]?["value"];

        // Assert
        EuRegions.Should().Contain((string?)location["defaultValue"]);
        location["allowedValues"]!.AsArray().Select(v => (string)v!).Should().OnlyContain(region => EuRegions.Contains(region));
        if (fileValue is not null)
        {
            EuRegions.Should().Contain(fileValue);
        }
    }

    [Fact]
    public void EveryResourceLocation_IsTheEuLocationParameter_OrTheBotsOwn()
    {
        // Arrange: Azure Bot Service is either global or its EU regional service.
        var botLocations = _template.Parameters["botLocation"]["allowedValues"]!.AsArray().Select(v => (string)v!).ToList();

        // Assert
        botLocations.Should().OnlyContain(l => l == "global" || EuRegions.Contains(l));
        foreach (var resource in _template.Resources.Where(r => r.Node["location"] is not null))
        {
            var location = (string?)resource.Node["location"];
            var isBotService = resource.Type.StartsWith("Microsoft.BotService/", StringComparison.OrdinalIgnoreCase);
            location.Should().Be(isBotService ? "[parameters('botLocation')]" : "[parameters('location')]", "{0} ({1})", resource.Path, resource.Type);
        }
    }

    [Fact]
    public void AppServicePlan_CanScaleOut_FromACapacityParameterWithAutoscaleOnIt()
    {
        // Arrange
        var plan = _template.Single("Microsoft.Web/serverfarms");
        var autoscale = _template.Single("Microsoft.Insights/autoscalesettings");
        var instanceCount = _template.Parameters["instanceCount"];
        var profile = autoscale.Properties!["profiles"]!.AsArray().Single()!;
        var rules = profile["rules"]!.AsArray();

        // Assert: the plan starts at instanceCount (two by default, so one can fail) and autoscale adds and removes.
        ((string?)plan.Node["sku"]?["capacity"]).Should().Be("[parameters('instanceCount')]");
        ((int)instanceCount["defaultValue"]!).Should().BeGreaterThanOrEqualTo(2);
        ((int)_template.Parameters["maxInstanceCount"]["defaultValue"]!).Should().BeGreaterThan((int)instanceCount["defaultValue"]!);
        ((bool?)autoscale.Properties!["enabled"]).Should().BeTrue();
        ArmResourceReference.In((string)autoscale.Properties!["targetResourceUri"]!).Should().ContainSingle(r => plan.Matches(r.Type, r.NameSegments));
        ((string?)profile["capacity"]?["minimum"]).Should().Contain("parameters('instanceCount')");
        ((string?)profile["capacity"]?["maximum"]).Should().Contain("parameters('maxInstanceCount')");
        rules.Select(r => (string?)r!["scaleAction"]?["direction"]).Should().BeEquivalentTo(["Increase", "Decrease"]);
        rules.Should().OnlyContain(r => ArmResourceReference.In((string)r!["metricTrigger"]!["metricResourceUri"]!).Any(reference => plan.Matches(reference.Type, reference.NameSegments)));
    }

    [Fact]
    public void KeyVault_UsesRbacWithSoftDeleteAndPurgeProtection_AndTheAppsIdentityMayReadSecrets()
    {
        // Arrange
        var vault = _template.Single("Microsoft.KeyVault/vaults");
        var assignment = _template.Single("Microsoft.Authorization/roleAssignments");
        var identity = _template.Single("Microsoft.ManagedIdentity/userAssignedIdentities");
        var site = _template.Single("Microsoft.Web/sites");

        // Assert
        ((bool?)vault.Properties!["enableRbacAuthorization"]).Should().BeTrue();
        ((bool?)vault.Properties!["enableSoftDelete"]).Should().BeTrue();
        ((bool?)vault.Properties!["enablePurgeProtection"]).Should().BeTrue();
        ((string?)assignment.Node["scope"]).Should().Contain(vault.NameSegments[0], "the role is granted on the vault only");
        ((string?)assignment.Properties!["roleDefinitionId"]).Should().Contain("keyVaultSecretsUserRoleId");
        ((string?)_template.Variables["keyVaultSecretsUserRoleId"]).Should().Be("4633458b-17de-408a-b874-0445c86b69e6", "the built-in Key Vault Secrets User role");
        ArmResourceReference.In((string)assignment.Properties!["principalId"]!).Should().ContainSingle(r => identity.Matches(r.Type, r.NameSegments));
        ArmResourceReference.In((string)site.Properties!["keyVaultReferenceIdentity"]!).Should().ContainSingle(r => identity.Matches(r.Type, r.NameSegments));
        site.DependsOn.Should().Contain(entry => entry.Contains("Microsoft.Authorization/roleAssignments", StringComparison.Ordinal), "the app's first start should find its Key Vault references readable");
    }

    [Fact]
    public void Postgres_IsVersion16_WithBackupsAndTheDatabaseTheConnectionStringNames()
    {
        // Arrange
        var server = _template.Single("Microsoft.DBforPostgreSQL/flexibleServers");
        var database = _template.Single("Microsoft.DBforPostgreSQL/flexibleServers/databases");
        var secret = _template.OfType("Microsoft.KeyVault/vaults/secrets").Single(s => s.LastNameSegment.Contains("postgresConnectionString", StringComparison.Ordinal));
        var value = (string)secret.Properties!["value"]!;

        // Assert
        ((string?)server.Properties!["version"]).Should().Be("16");
        ((string?)server.Properties!["backup"]?["backupRetentionDays"]).Should().Be("[parameters('postgresBackupRetentionDays')]");
        ((int)_template.Parameters["postgresBackupRetentionDays"]["minValue"]!).Should().BeGreaterThanOrEqualTo(7);
        value.Should().Contain(database.LastNameSegment, "the connection string names the database the template creates");
        value.Should().Contain("SSL Mode=VerifyFull", "the connection to Azure Database for PostgreSQL is encrypted and the server checked");
        value.Should().Contain("fullyQualifiedDomainName");
    }
}
