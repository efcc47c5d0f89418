using System.Net;
using HeelBot.Bot.Tests.Support;

namespace HeelBot.Bot.Tests.Hosting;

public sealed class HealthTests(HeelBotApplication app) : IClassFixture<HeelBotApplication>
{
    [Fact]
    public async Task GetHealthz_HostRunning_Returns200Healthy()
    {
        // Arrange
        using var client = app.CreateClient();

        // Act
        using var response = await client.GetAsync("/healthz");

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }
}
