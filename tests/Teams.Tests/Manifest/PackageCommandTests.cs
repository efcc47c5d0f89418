using System.IO.Compression;
using System.Text.Json.Nodes;
using HeelBot.Teams.Tests.Support;

namespace HeelBot.Teams.Tests.Manifest;

/// <summary>deploymentTemplates/teams/package.mjs builds the zip Teams accepts, with the bot id from configuration, or refuses.</summary>
public sealed class PackageCommandTests : IDisposable
{
    private const string BotId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private const string OtherBotId = "c0ffee00-1234-4cde-8f90-abcdefabcdef";

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task Package_WithBotId_ZipHoldsExactlyTheManifestAndTwoIconsAtItsRoot()
    {
        // Act
        var zipPath = await TeamsPackageCommand.BuildAsync(_directory, BotId);

        // Assert
        using var zip = ZipFile.OpenRead(zipPath);
        zip.Entries.Select(e => e.FullName).Should().BeEquivalentTo("manifest.json", "color.png", "outline.png");
        var manifest = ReadManifest(zip);
        manifest["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(BotId);
        manifest["id"]!.GetValue<string>().Should().Be(BotId, "the Teams app id defaults to the bot's, as in the samples");
        manifest["icons"]!["color"]!.GetValue<string>().Should().Be("color.png");
        manifest["icons"]!["outline"]!.GetValue<string>().Should().Be("outline.png");
    }

    [Fact]
    public async Task Package_Icons_ColorIs192OpaqueAndOutlineIs32WhiteOnTransparent()
    {
        // Act
        using var zip = ZipFile.OpenRead(await TeamsPackageCommand.BuildAsync(_directory, BotId));
        var color = PngImage.Decode(ReadBytes(zip, "color.png"));
        var outline = PngImage.Decode(ReadBytes(zip, "outline.png"));

        // Assert
        (color.Width, color.Height).Should().Be((192, 192));
        color.Pixels.Should().OnlyContain(p => p.A == 255, "the colour icon fills its square");
        color.Pixels.Select(p => (p.R, p.G, p.B)).Distinct().Count().Should().BeGreaterThan(2, "the colour icon shows a picture");
        (outline.Width, outline.Height).Should().Be((32, 32));
        outline.Pixels.Where(p => p.A > 0).Should().OnlyContain(p => p.R == 255 && p.G == 255 && p.B == 255, "the outline is white only");
        outline.Pixels.Should().Contain(p => p.A == 255, "the outline has a solid shape");
        new[] { outline.Pixel(0, 0), outline.Pixel(31, 0), outline.Pixel(0, 31), outline.Pixel(31, 31) }
            .Should().OnlyContain(p => p.A == 0, "the background is transparent");
    }

    [Fact]
    public async Task Package_BotIdInEnvironment_IsFilledIn()
    {
        // Arrange
        var zipPath = _directory.File("from-env.zip");

        // Act
        var result = await TeamsPackageCommand.RunAsync(["--config", _directory.EmptyConfig(), "--out", zipPath], microsoftAppIdVariable: BotId);

        // Assert
        result.ExitCode.Should().Be(0, result.ToString());
        using var zip = ZipFile.OpenRead(zipPath);
        ReadManifest(zip)["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(BotId);
    }

    [Fact]
    public async Task Package_BotIdInAppsettings_IsFilledInUnlessTheEnvironmentOverridesIt()
    {
        // Arrange
        var config = _directory.File("appsettings.Production.json");
        File.WriteAllText(config, $$"""{ "MicrosoftAppType": "SingleTenant", "MicrosoftAppId": "{{BotId}}" }""");

        // Act
        var fromFile = await TeamsPackageCommand.RunAsync(["--config", config, "--out", _directory.File("file.zip")]);
        var overridden = await TeamsPackageCommand.RunAsync(["--config", config, "--out", _directory.File("env.zip")], microsoftAppIdVariable: OtherBotId);

        // Assert: the same precedence as the host's configuration (environment over appsettings).
        fromFile.ExitCode.Should().Be(0, fromFile.ToString());
        overridden.ExitCode.Should().Be(0, overridden.ToString());
        using var fileZip = ZipFile.OpenRead(_directory.File("file.zip"));
        using var envZip = ZipFile.OpenRead(_directory.File("env.zip"));
        ReadManifest(fileZip)["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(BotId);
        ReadManifest(envZip)["bots"]![0]!["botId"]!.GetValue<string>().Should().Be(OtherBotId);
    }

    [Fact]
    public async Task Package_WithoutBotId_RefusesWithAClearErrorAndWritesNoZip()
    {
        // Arrange
        var zipPath = _directory.File("none.zip");

        // Act
        var result = await TeamsPackageCommand.RunAsync(["--config", _directory.EmptyConfig(), "--out", zipPath]);

        // Assert
        result.ExitCode.Should().Be(2, result.ToString());
        result.Errors.Should().Contain("no bot id").And.Contain("MicrosoftAppId").And.Contain("--bot-id");
        File.Exists(zipPath).Should().BeFalse();
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("{{MicrosoftAppId}}")]
    public async Task Package_BotIdNotAnAppId_Refuses(string botId)
    {
        // Arrange
        var zipPath = _directory.File("bad.zip");

        // Act
        var result = await TeamsPackageCommand.RunAsync(["--bot-id", botId, "--config", _directory.EmptyConfig(), "--out", zipPath]);

        // Assert
        result.ExitCode.Should().Be(2, result.ToString());
        result.Errors.Should().Contain(botId).And.Contain("not a GUID");
        File.Exists(zipPath).Should().BeFalse();
    }

    [Fact]
    public async Task Package_BuiltTwice_GivesTheSameBytes()
    {
        // Act
        var first = await File.ReadAllBytesAsync(await TeamsPackageCommand.BuildAsync(_directory, BotId));
        var second = await File.ReadAllBytesAsync(await TeamsPackageCommand.BuildAsync(_directory, BotId));

        // Assert: a rebuilt package can be compared with the one uploaded to Teams.
        second.Should().Equal(first);
    }

    public void Dispose() => _directory.Dispose();

    private static JsonNode ReadManifest(ZipArchive zip) =>
        JsonNode.Parse(System.Text.Encoding.UTF8.GetString(ReadBytes(zip, "manifest.json")))!;

    private static byte[] ReadBytes(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        entry.Should().NotBeNull("the package holds {0}", name);
        using var stream = entry!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
