using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;
using HeelBot.Builder.Tests.Support;

namespace HeelBot.Builder.Tests.State;

public class BotStateTests
{
    private readonly MemoryStorage _memory = new();
    private readonly CountingStorage _storage;

    public BotStateTests() => _storage = new CountingStorage(_memory);

    public enum Side
    {
        Left,
        Right,
        Both,
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveChanges_TwoTurnsLoadedTheSameState_SecondSaveThrowsConflict(bool alreadyStored)
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        if (alreadyStored)
        {
            await SaveAsync(state, "name", "start");
        }

        var first = Context();
        var second = Context();
        await state.LoadAsync(first);
        await state.LoadAsync(second);
        await name.SetAsync(first, "første");
        await name.SetAsync(second, "anden");

        await state.SaveChangesAsync(first);
        var act = () => state.SaveChangesAsync(second);

        await act.Should().ThrowAsync<StorageConflictException>().WithMessage("*test/conversations/conversation-1*");
        (await ReadAsync<string>(new ConversationState(_memory), "name")).Should().Be("første");
    }

    [Fact]
    public async Task SaveChanges_AfterOwnSave_NextSaveInTheSameTurnSucceeds()
    {
        var state = new ConversationState(_storage);
        var count = state.CreateProperty<int>("count");
        var context = Context();

        await count.SetAsync(context, 1);
        await state.SaveChangesAsync(context);
        await count.SetAsync(context, 2);
        await state.SaveChangesAsync(context);

        (await ReadAsync<int>(new ConversationState(_memory), "count")).Should().Be(2);
    }

    [Fact]
    public async Task SaveChanges_StateOnlyRead_WritesNothing()
    {
        var state = new ConversationState(_storage);
        await SaveAsync(state, "profile", new HeelProfile(Side.Left, 52, new Dictionary<string, int> { ["gang"] = 6 }, null));
        var writesBefore = _storage.Writes;
        var context = Context();

        var profile = await state.CreateProperty<HeelProfile>("profile").GetAsync(context);
        await state.CreateProperty<int>("missing").GetAsync(context);
        await state.SaveChangesAsync(context);

        profile.Side.Should().Be(Side.Left);
        _storage.Writes.Should().Be(writesBefore);
    }

    [Fact]
    public async Task SaveChanges_ChangedInsideAReadObject_IsWritten()
    {
        var state = new ConversationState(_storage);
        await SaveAsync(state, "tags", new Dictionary<string, int> { ["hæl"] = 1 });
        var context = Context();

        var tags = await state.CreateProperty<Dictionary<string, int>>("tags").GetAsync(context);
        tags["morgen"] = 2;
        await state.SaveChangesAsync(context);

        (await ReadAsync<Dictionary<string, int>>(new ConversationState(_memory), "tags")).Should()
            .BeEquivalentTo(new Dictionary<string, int> { ["hæl"] = 1, ["morgen"] = 2 });
    }

    [Fact]
    public async Task SaveChanges_Force_OverwritesAStaleETag()
    {
        var state = new ConversationState(_storage);
        var name = state.CreateProperty<string>("name");
        var first = Context();
        var second = Context();
        await name.SetAsync(first, "første");
        await name.SetAsync(second, "anden");
        await state.SaveChangesAsync(first);

        await state.SaveChangesAsync(second, force: true);

        (await ReadAsync<string>(new ConversationState(_memory), "name")).Should().Be("anden");
    }

    [Fact]
    public async Task SaveChanges_ForceWithoutChanges_StillWrites()
    {
        var state = new ConversationState(_storage);
        var context = Context();
        await state.LoadAsync(context);

        await state.SaveChangesAsync(context, force: true);

        _storage.Writes.Should().Be(1);
    }

    [Fact]
    public async Task SaveChanges_NeverLoaded_WritesNothing()
    {
        await new ConversationState(_storage).SaveChangesAsync(Context());

        _storage.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Load_SecondTimeInATurn_UsesTheCachedCopyUnlessForced()
    {
        var state = new ConversationState(_storage);
        var context = Context();

        await state.LoadAsync(context);
        await state.LoadAsync(context);
        _storage.Reads.Should().Be(1);

        await state.LoadAsync(context, force: true);
        _storage.Reads.Should().Be(2);
    }

    [Fact]
    public void GetStorageKey_ConversationAndUserState_AreScopedByChannel()
    {
        var webchat = Context(Channels.Webchat);
        var sms = Context(Channels.Sms);

        new ConversationState(_storage).GetStorageKey(webchat).Should().Be("webchat/conversations/conversation-1");
        new ConversationState(_storage).GetStorageKey(sms).Should().Be("sms/conversations/conversation-1");
        new UserState(_storage).GetStorageKey(webchat).Should().Be("webchat/users/user-1");
    }

    [Fact]
    public void GetStorageKey_ActivityWithoutAddressing_Throws()
    {
        var context = new TurnContext(new TestAdapter(), new Activity { Type = ActivityTypes.Message });

        FluentActions.Invoking(() => new ConversationState(_storage).GetStorageKey(context)).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => new UserState(_storage).GetStorageKey(context)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task UserState_SameUserInANewConversation_SeesItsState()
    {
        var users = new UserState(_storage);
        await SaveAsync(users, "name", "Mette");

        var later = Context(conversationId: "conversation-2");
        var name = await users.CreateProperty<string>("name").GetAsync(later);

        name.Should().Be("Mette");
        (await ReadAsync<string>(new ConversationState(_memory), "name")).Should().BeNull("conversation state is a different document");
    }

    [Fact]
    public async Task GetAsync_DefaultValue_IsPersistedWithTheCallersChanges()
    {
        var state = new ConversationState(_storage);
        var context = Context();

        var visits = await state.CreateProperty<List<string>>("visits").GetAsync(context, () => []);
        visits.Add("2025-03-03");
        await state.SaveChangesAsync(context);

        (await ReadAsync<List<string>>(new ConversationState(_memory), "visits")).Should().Equal("2025-03-03");
    }

    [Fact]
    public async Task GetAsync_MissingWithoutDefault_ReturnsDefaultAndStoresNothing()
    {
        var state = new ConversationState(_storage);
        var context = Context();

        var count = await state.CreateProperty<int>("count").GetAsync(context);
        var name = await state.CreateProperty<string>("name").GetAsync(context);
        await state.SaveChangesAsync(context);

        count.Should().Be(0);
        name.Should().BeNull();
        _storage.Writes.Should().Be(0);
    }

    [Fact]
    public async Task Accessor_TypedRecord_RoundTripsThroughStorage()
    {
        var profile = new HeelProfile(Side.Both, null, new Dictionary<string, int> { ["gang"] = 7, ["hvile"] = 2 }, new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.FromHours(1)));

        await SaveAsync(new ConversationState(_storage), "profile", profile);
        var loaded = await ReadAsync<HeelProfile>(new ConversationState(_memory), "profile");

        loaded.Should().BeEquivalentTo(profile);
        loaded!.AgeYears.Should().BeNull();
    }

    [Fact]
    public async Task Accessor_IntStored_ComesBackAsInt()
    {
        await SaveAsync(new ConversationState(_storage), "count", 42);

        var count = await ReadAsync<int>(new ConversationState(_memory), "count");

        count.Should().Be(42);
    }

    [Fact]
    public async Task Accessor_DoubleAndDecimalAndBool_RoundTrip()
    {
        var state = new ConversationState(_storage);
        var context = Context();
        await state.CreateProperty<double>("pain").SetAsync(context, 6.5);
        await state.CreateProperty<decimal>("price").SetAsync(context, 450.75m);
        await state.CreateProperty<bool>("consented").SetAsync(context, true);
        await state.SaveChangesAsync(context);

        var fresh = new ConversationState(_memory);
        (await ReadAsync<double>(fresh, "pain")).Should().Be(6.5);
        (await ReadAsync<decimal>(fresh, "price")).Should().Be(450.75m);
        (await ReadAsync<bool>(fresh, "consented")).Should().BeTrue();
    }

    [Fact]
    public async Task Accessor_BclValuesStoredDirectly_RoundTripThroughStorage()
    {
        var since = new DateTimeOffset(2025, 1, 15, 7, 30, 0, TimeSpan.FromHours(1));
        var state = new ConversationState(_storage);
        var context = Context();
        await state.CreateProperty<DateTimeOffset>("since").SetAsync(context, since);
        await state.CreateProperty<string[]>("words").SetAsync(context, ["hæl", "fod"]);
        await state.CreateProperty<Guid>("id").SetAsync(context, Guid.Parse("8f1b6a4e-2c3d-4e5f-9a8b-7c6d5e4f3a2b"));
        await state.SaveChangesAsync(context);

        var fresh = new ConversationState(_memory);
        (await ReadAsync<DateTimeOffset>(fresh, "since")).Should().Be(since);
        (await ReadAsync<string[]>(fresh, "words")).Should().Equal("hæl", "fod");
        (await ReadAsync<Guid>(fresh, "id")).Should().Be(Guid.Parse("8f1b6a4e-2c3d-4e5f-9a8b-7c6d5e4f3a2b"));
    }

    [Fact]
    public async Task Accessor_Delete_RemovesThePropertyOnSave()
    {
        var state = new ConversationState(_storage);
        await SaveAsync(state, "name", "Mette");
        var context = Context();

        await state.CreateProperty<string>("name").DeleteAsync(context);
        await state.SaveChangesAsync(context);

        (await ReadAsync<string>(new ConversationState(_memory), "name")).Should().BeNull();
    }

    [Fact]
    public async Task ClearState_ThenSave_StoresAnEmptyState()
    {
        var state = new ConversationState(_storage);
        await SaveAsync(state, "name", "Mette");
        var context = Context();
        await state.LoadAsync(context);

        await state.ClearStateAsync(context);
        await state.SaveChangesAsync(context);

        (await ReadAsync<string>(new ConversationState(_memory), "name")).Should().BeNull();
    }

    [Fact]
    public async Task Delete_RemovesTheDocumentFromStorage()
    {
        var state = new ConversationState(_storage);
        await SaveAsync(state, "name", "Mette");

        await state.DeleteAsync(Context());

        (await _memory.ReadAsync(["test/conversations/conversation-1"])).Should().BeEmpty();
    }

    private static TurnContext Context(string channelId = Channels.Test, string conversationId = TestAdapter.DefaultConversationId)
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation(channelId, conversationId));
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = channelId,
            Conversation = new ConversationAccount(conversationId),
            From = adapter.Conversation.User,
            Recipient = adapter.Conversation.Bot,
        };
        return new TurnContext(adapter, activity);
    }

    private static async Task SaveAsync<T>(BotState state, string property, T value)
    {
        var context = Context();
        await state.CreateProperty<T>(property).SetAsync(context, value);
        await state.SaveChangesAsync(context);
    }

    private static Task<T> ReadAsync<T>(BotState state, string property) => state.CreateProperty<T>(property).GetAsync(Context());

    public sealed record HeelProfile(Side Side, int? AgeYears, Dictionary<string, int> PainByActivity, DateTimeOffset? Since);
}
