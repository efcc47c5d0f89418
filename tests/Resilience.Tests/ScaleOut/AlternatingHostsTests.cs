using HeelBot.Builder.Schema;
using HeelBot.Resilience.Tests.Support;

namespace HeelBot.Resilience.Tests.ScaleOut;

/// <summary>
/// Two host processes on different ports share one PostgreSQL database, as two instances behind a load balancer do:
/// a whole triage conversation whose turns alternate between them ends exactly as the same conversation on one host.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AlternatingHostsTests(PostgresServerFixture server)
{
    /// <summary>A guide to self-care: no red flags, two weeks, an adult; then no booking, thanks.</summary>
    private static readonly string[] Script =
    [
        "Under hælen",
        "De første skridt om morgenen",
        "Under 2 uger",
        "16 år eller ældre",
        "nej, ingen af dem",
        "Ingen af delene",
        "Nej tak, det var alt",
    ];

    [Fact]
    public async Task Conversation_TurnsAlternateBetweenTwoHosts_EndsAsOnOneHost()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        var settings = HostSettings.Postgres(schema.ConnectionString);
        using var a = await HostProcess.StartAsync("A", settings);
        using var b = await HostProcess.StartAsync("B", settings);

        // Act
        var alone = await RunAsync(new ChannelConversation(), _ => a);
        var alternating = await RunAsync(new ChannelConversation(), turn => turn % 2 == 0 ? a : b);

        // Assert
        alone.Select(t => t.Asks).Should().ContainInOrder(
            ["location", "timing", "duration", "age", "redflags", "activity", "booking.offer"], "the reference run walks the whole guide");
        alone[^1].Disposition.Should().Be("selfcare");
        alternating.Should().BeEquivalentTo(alone, options => options.WithStrictOrdering(), "which instance answers a turn makes no difference");
    }

    private static async Task<List<Turn>> RunAsync(ChannelConversation conversation, Func<int, HostProcess> hostFor)
    {
        var turns = new List<Turn>();
        var activities = new[] { conversation.MembersAdded() }.Concat(Script.Select(conversation.Message)).ToList();
        for (var i = 0; i < activities.Count; i++)
        {
            var replies = await ChannelConversation.SendAsync(hostFor(i), activities[i]);
            replies.Should().NotBeEmpty("turn {0} ({1}) is answered", i, activities[i].Text ?? activities[i].Type);
            turns.Add(Turn.Of(replies));
        }

        return turns;
    }

    /// <summary>What one turn's replies said and where they left the conversation.</summary>
    private sealed record Turn(IReadOnlyList<string?> Texts, string? Asks, string? Disposition)
    {
        public static Turn Of(IReadOnlyList<Activity> replies) =>
            new([.. replies.Select(r => r.Text)], replies.Asks(), replies[^1].Turn().Disposition);
    }
}
