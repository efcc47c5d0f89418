using System.IO.Compression;
using System.Text.Json.Nodes;
using HeelBot.Teams.Tests.Support;

namespace HeelBot.Teams.Tests.Manifest;

/// <summary>
/// The manifest the package command writes validates against the Teams schema that the @microsoft/app-manifest npm
/// package bundles (PROTOCOLS.md §12), on the newest schema version the package has.
/// </summary>
public sealed class ManifestSchemaTests : IDisposable
{
    private const string BotId = "9b4e2c1a-7d3f-4a6b-8e5c-0f1d2a3b4c5e";

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Validate_PackagedManifest_IsValidOnTheNewestBundledSchema()
    {
        // Arrange
        var manifestPath = ExtractManifest(await TeamsPackageCommand.BuildAsync(_directory, BotId));

        // Act
        var validation = await ManifestValidator.ValidateAsync(manifestPath);

        // Assert
        validation.Errors.Should().BeEmpty("the packaged manifest should satisfy {0}", validation.SchemaPath);
        validation.ManifestVersion.Should().Be(validation.NewestBundledVersion, "a new app uses the current schema");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["$schema"]!.GetValue<string>().Should().Be(
            $"https://developer.microsoft.com/en-us/json-schemas/teams/v{validation.ManifestVersion}/MicrosoftTeams.schema.json");
    }

    [Fact]
    public async Task Validate_ManifestWithSchemaErrors_ReportsEachOfThem()
    {
        // Arrange: the packaged manifest, then broken in three ways the schema forbids.
        var manifestPath = ExtractManifest(await TeamsPackageCommand.BuildAsync(_directory, BotId));
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!.AsObject();
        manifest["bots"]![0]!["botId"] = "heelbot";
        manifest.Remove("accentColor");
        manifest["description"]!["short"] = new string('x', 81);
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        // Act
        var validation = await ManifestValidator.ValidateAsync(manifestPath);

        // Assert
        validation.Errors.Should().HaveCount(3);
        validation.Errors.Should().Contain(e => e.Contains("/bots/0/botId", StringComparison.Ordinal));
        validation.Errors.Should().Contain(e => e.Contains("accentColor", StringComparison.Ordinal));
        validation.Errors.Should().Contain(e => e.Contains("/description/short", StringComparison.Ordinal));
    }

    [Fact]
    public void ManifestTemplate_Content_DescribesHeelBotAsAnAutomatedGuideInPersonalChats()
    {
        // Arrange
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryPaths.ManifestTemplate))!;

        // Act
        var bot = manifest["bots"]!.AsArray().Should().ContainSingle().Subject!;

        // Assert
        manifest["name"]!["short"]!.GetValue<string>().Should().Be("HeelBot");
        foreach (var description in new[] { manifest["description"]!["short"]!, manifest["description"]!["full"]! })
        {
            description.GetValue<string>().Should().ContainEquivalentOf("automated").And.ContainEquivalentOf("not a doctor");
        }

        bot["botId"]!.GetValue<string>().Should().Be("{{MicrosoftAppId}}", "the package command fills the bot id in");
        bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Should().Contain("personal");
        manifest["icons"]!["color"]!.GetValue<string>().Should().Be("color.png");
        manifest["icons"]!["outline"]!.GetValue<string>().Should().Be("outline.png");
        manifest["validDomains"]!.AsArray().Should().BeEmpty("a bot-only app loads no web content");
        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var url = new Uri(manifest["developer"]![key]!.GetValue<string>());
            url.Scheme.Should().Be("https");
            url.Host.Should().EndWith(".example.com", "placeholders sit on a reserved example domain");
            url.AbsolutePath.Should().Contain("CHANGE-ME", "the operator must see that {0} is to be replaced", key);
        }
    }

    public void Dispose() => _directory.Dispose();

    private string ExtractManifest(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var path = _directory.File("manifest.json");
        zip.GetEntry("manifest.json")!.ExtractToFile(path, overwrite: true);
        return path;
    }
}
