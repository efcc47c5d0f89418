using System.Globalization;
using System.Text.Json;
using HeelBot.Bot.Channels.DirectLine;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using HeelBot.Storage.Sqlite;

namespace HeelBot.DirectLine.Tests.Storage;

public sealed class DirectLineStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("heelbot-dlstore-").FullName;
    private readonly FakeTimeProvider _clock = new();

    public static TheoryData<string> Backends => ["memory", "sqlite"];

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Append_InParallelFromSeveralHosts_NumbersEveryActivityOnceInOrderAcrossChunks(string backend)
    {
        // Three stores over one storage play three host instances: their appends race and must retry on ETags.
        var shared = Storage(backend);
        var hosts = new[] { new DirectLineStore(shared, _clock), new DirectLineStore(Storage(backend, shared), _clock), new DirectLineStore(Storage(backend, shared), _clock) };
        var store = hosts[0];
        (await store.TryCreateAsync(new DirectLineConversationDocument { ConversationId = "c1", UserId = "dl_u" }, CancellationToken.None)).Should().BeTrue();

        // 12 writers x 3 activities: 36 activities across two chunks, most appends racing another one.
        var batches = Enumerable.Range(0, 12).Select(writer => (IReadOnlyList<Activity>)
            [.. Enumerable.Range(0, 3).Select(part => new Activity { Type = ActivityTypes.Message, Text = $"{writer}-{part}" })]).ToList();
        var stored = await Task.WhenAll(batches.Select((batch, writer) => Task.Run(() => hosts[writer % hosts.Length].AppendAsync("c1", batch, CancellationToken.None))));
        var all = await store.ReadAsync("c1", 0, 1000, CancellationToken.None);

        all!.Activities.Should().HaveCount(36);
        all.Watermark.Should().Be("36");
        var ids = all.Activities.Select(a => a.GetProperty("id").GetString()).ToList();
        ids.Should().Equal(Enumerable.Range(1, 36).Select(n => $"c1|{n.ToString("D7", CultureInfo.InvariantCulture)}"));
        stored.SelectMany(batch => batch.Select(a => a.Id)).Should().BeEquivalentTo(ids);
        foreach (var batch in stored)
        {
            // Each append is one block: its activities are consecutive and keep their order.
            var sequences = batch.Select(a => DirectLineStore.SequenceOf("c1", a.Id)!.Value).ToList();
            sequences.Should().Equal(Enumerable.Range((int)sequences[0], 3).Select(n => (long)n));
            batch.Select(a => a.Text![^1]).Should().Equal('0', '1', '2');
        }

        all.Activities.Select(a => a.GetProperty("timestamp").GetDateTimeOffset()).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems(
            "the clock stood still, yet every timestamp must be later than the one before");
    }

    [Theory]
    [MemberData(nameof(Backends))]
    public async Task Read_FromWatermark_ReturnsAtMostMaxCountAndTheWatermarkToGoOnFrom(string backend)
    {
        var store = new DirectLineStore(Storage(backend), _clock);
        await store.TryCreateAsync(new DirectLineConversationDocument { ConversationId = "c2", UserId = "dl_u" }, CancellationToken.None);
        await store.AppendAsync("c2", [.. Enumerable.Range(1, 45).Select(n => new Activity { Type = ActivityTypes.Message, Text = n.ToString(CultureInfo.InvariantCulture) })], CancellationToken.None);

        var page = await store.ReadAsync("c2", 18, 5, CancellationToken.None);
        var rest = await store.ReadAsync("c2", long.Parse(page!.Watermark, CultureInfo.InvariantCulture), 100, CancellationToken.None);
        var beyond = await store.ReadAsync("c2", 99, 100, CancellationToken.None);

        page.Activities.Select(Text).Should().Equal("19", "20", "21", "22", "23");
        page.Watermark.Should().Be("23");
        rest!.Activities.Select(Text).Should().Equal(Enumerable.Range(24, 22).Select(n => n.ToString(CultureInfo.InvariantCulture)));
        beyond!.Activities.Should().BeEmpty();
        beyond.Watermark.Should().Be("45");
    }

    [Fact]
    public async Task Create_Twice_KeepsTheFirstConversation()
    {
        var store = new DirectLineStore(new MemoryStorage(), _clock);

        var first = await store.TryCreateAsync(new DirectLineConversationDocument { ConversationId = "c3", UserId = "dl_first" }, CancellationToken.None);
        var second = await store.TryCreateAsync(new DirectLineConversationDocument { ConversationId = "c3", UserId = "dl_second" }, CancellationToken.None);

        first.Should().BeTrue();
        second.Should().BeFalse();
        (await store.GetAsync("c3", CancellationToken.None))!.UserId.Should().Be("dl_first");
    }

    [Fact]
    public async Task Replace_KeepsIdAndTimestamp()
    {
        var store = new DirectLineStore(new MemoryStorage(), _clock);
        await store.TryCreateAsync(new DirectLineConversationDocument { ConversationId = "c4", UserId = "dl_u" }, CancellationToken.None);
        var stored = await store.AppendAsync("c4", [new Activity { Type = ActivityTypes.Message, Text = "old" }], CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var replaced = await store.ReplaceAsync("c4", new Activity { Type = ActivityTypes.Message, Id = stored[0].Id, Text = "new" }, CancellationToken.None);
        var read = await store.ReadAsync("c4", 0, 10, CancellationToken.None);

        replaced!.Timestamp.Should().Be(stored[0].Timestamp);
        read!.Activities.Single().GetProperty("text").GetString().Should().Be("new");
        read.Activities.Single().GetProperty("id").GetString().Should().Be(stored[0].Id);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static string? Text(JsonElement activity) => activity.GetProperty("text").GetString();

    /// <summary>A storage of the backend; with <paramref name="sameAs"/>, another connection to the same data (SQLite: a new instance on the file).</summary>
    private IStorage Storage(string backend, IStorage? sameAs = null) => backend == "sqlite"
        ? new SqliteStorage($"Data Source={Path.Combine(_directory, "store.db")}", _clock)
        : sameAs ?? new MemoryStorage();
}
