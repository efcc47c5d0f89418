using HeelBot.Bot.Hosting;
using HeelBot.Deployment.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HeelBot.Deployment.Tests.Templates;

/// <summary>The paths the template points Azure at (bot endpoint, Twilio webhook, health check) are routes of the real host.</summary>
public sealed class TemplateRoutesTests
{
    private readonly ArmTemplate _template = ArmTemplate.Load(RepositoryPaths.Template);

    [Fact]
    public async Task TemplatePaths_AreRoutesTheHostMaps()
    {
        // Arrange
        var paths = new[]
        {
            PathAfterBaseUrl((string)_template.Variables["botEndpoint"]!),
            PathAfterBaseUrl((string)_template.Root["outputs"]!["twilioWebhookUrl"]!["value"]!),
            _template.ResolveLiteral((string)_template.Single("Microsoft.Web/sites").Properties!["siteConfig"]!["healthCheckPath"]!),
        };
        await using var host = HostUnderTest.WithMemory();
        using var client = host.CreateClient();

        // Act
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Assert
        paths.Should().Equal("/api/messages", "/api/sms", HealthEndpoints.ReadinessPath);
        routes.Should().Contain(paths!);
    }

    /// <summary>The literal path in <c>format('{0}/path', variables('publicBaseUrl'))</c>.</summary>
    private static string PathAfterBaseUrl(string expression)
    {
        var call = ArmExpression.Calls(ArmExpression.Body(expression), "format").Single();
        call[1].Should().Be("variables('publicBaseUrl')");
        return ArmExpression.StringLiteral(call[0])!.Replace("{0}", string.Empty, StringComparison.Ordinal);
    }
}
