using System.Diagnostics;
using System.Net;
using System.Text.Json;
using HeelBot.Resilience.Tests.Support;

namespace HeelBot.Resilience.Tests.Failures;

/// <summary>
/// The database out of reach, through a loopback forwarder the test cuts and restores (the shared server keeps
/// running): a blip is ridden out by the storage's retries and the person never notices; a longer outage gets them a
/// short apology from the content files, never an error page or a stack trace; once the database is back, the
/// conversation continues at the question it was at.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DatabaseOutageTests(PostgresServerFixture server)
{
    private static readonly string[] StackTraceMarks = ["   at ", "Exception", "Npgsql", "StackTrace", "System."];

    [Fact]
    public async Task Outage_PersonAnswersMeanwhile_GetsApologyThenContinuesAtSameQuestion()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        await using var forwarder = TcpForwarder.Start(schema.Server.Host, schema.Server.Port);
        using var host = await HostProcess.StartAsync("A", HostSettings.Postgres(schema.ConnectionStringVia("127.0.0.1", forwarder.Port)));
        var conversation = new ChannelConversation();
        await ChannelConversation.SendAsync(host, conversation.MembersAdded());
        (await ChannelConversation.SendAsync(host, conversation.Message("Under hælen"))).Asks().Should().Be("timing");

        // Act
        forwarder.Cut();
        var clock = Stopwatch.StartNew();
        using var response = await ChannelConversation.PostAsync(host, conversation.Message("De første skridt om morgenen"));
        var waited = clock.Elapsed;
        var body = await response.Content.ReadAsStringAsync();
        forwarder.Restore();
        var after = await ChannelConversation.SendAsync(host, conversation.Message("De første skridt om morgenen"));

        // Assert
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the apology is the reply; body: {0}", body);
        var apology = JsonSerializer.Deserialize<HeelBot.Builder.Schema.ExpectedReplies>(body, HeelBot.Builder.Schema.BotJson.Options)!.Activities;
        apology.Select(r => r.Text).Should().Equal([BotTexts.Text("error.unavailable")], "a short apology in the person's language, from content");
        apology[0].Turn().Language.Should().Be("da");
        body.Should().NotContainAny(StackTraceMarks);
        forwarder.Refused.Should().BeGreaterThan(0, "the host did try to reach the database");
        waited.Should().BeLessThan(TimeSpan.FromSeconds(30), "the retries are bounded");
        host.Output.Should().Contain("PostgreSQL storage: transient error, retry", "the storage retried before giving up");
        after.Asks().Should().Be("duration", "nothing was lost: the timing answer, sent again, is taken");
        after[^1].Text.Should().Be(BotTexts.Text("ask.duration"));
    }

    [Fact]
    public async Task Blip_ShorterThanTheRetries_PersonNeverNotices()
    {
        // Arrange: retries enough for about ten seconds; the database comes back after one.
        await using var schema = await PostgresSchema.CreateAsync(server);
        await using var forwarder = TcpForwarder.Start(schema.Server.Host, schema.Server.Port);
        using var host = await HostProcess.StartAsync("A", HostSettings.Postgres(schema.ConnectionStringVia("127.0.0.1", forwarder.Port), maxRetryAttempts: 8));
        var conversation = new ChannelConversation();
        await ChannelConversation.SendAsync(host, conversation.MembersAdded());
        (await ChannelConversation.SendAsync(host, conversation.Message("Under hælen"))).Asks().Should().Be("timing");

        // Act
        forwarder.Cut();
        var answering = ChannelConversation.SendAsync(host, conversation.Message("De første skridt om morgenen"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        var refusedWhileCut = forwarder.Refused;
        forwarder.Restore();
        var replies = await answering;

        // Assert
        refusedWhileCut.Should().BeGreaterThan(0, "the turn ran into the cut database");
        replies.Asks().Should().Be("duration", "the retries carried the turn over the blip");
        replies.Select(r => r.Text).Should().NotContain(BotTexts.Text("error.unavailable"));
        host.Output.Should().Contain("PostgreSQL storage: transient error, retry");
        host.Output.Should().NotContain("state store is unreachable");
    }

    [Fact]
    public async Task Outage_DirectLineRequest_Answers503WithoutStackTraceThenWorksAgain()
    {
        // Arrange
        await using var schema = await PostgresSchema.CreateAsync(server);
        await using var forwarder = TcpForwarder.Start(schema.Server.Host, schema.Server.Port);
        using var host = await HostProcess.StartAsync("A", HostSettings.Postgres(schema.ConnectionStringVia("127.0.0.1", forwarder.Port)));
        var (conversationId, token) = await DirectLineRestClient.StartAsync(host);

        // Act
        forwarder.Cut();
        using var during = await DirectLineRestClient.PostAsync(host, conversationId, token, "Under hælen");
        var body = await during.Content.ReadAsStringAsync();
        forwarder.Restore();
        await DirectLineRestClient.SayAsync(host, conversationId, token, "Under hælen");
        var (activities, _) = await DirectLineRestClient.GetAsync(host, conversationId, token);

        // Assert
        during.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable, body);
        during.Headers.RetryAfter.Should().NotBeNull();
        JsonDocument.Parse(body).RootElement.GetProperty("error").GetProperty("code").GetString().Should().Be("ServiceUnavailable");
        body.Should().NotContainAny(StackTraceMarks);
        activities.Where(a => a.From?.Role == "user").Select(a => a.Text).Should().Equal(["Under hælen"], "the message sent during the outage was refused, not half-stored");
        activities[^1].Turn().Asks.Should().Be("timing", "after the outage the message is answered");
    }
}
