using System.Globalization;
using System.Text;
using HeelBot.Builder.Dialogs;
using HeelBot.Builder.State;
using HeelBot.Storage.Tests.Support;

namespace HeelBot.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IStorage"/> must do, with <see cref="MemoryStorage"/> as the reference.
/// Each backend subclasses this once; a behaviour difference between backends is a failing test here.
/// </summary>
public abstract class StorageContractTests
{
    private const string Key = "msteams/conversations/contract-test";

    private static readonly SampleAssessment Assessment = new(
        "under hælen",
        6,
        SampleSeverity.Moderate,
        new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.FromHours(1)),
        ["første skridt om morgenen", "løb 🏃"]);

    protected abstract IStorage CreateStorage();

    [Fact]
    public async Task ReadAsync_MissingKey_IsAbsentFromResult()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "present", Document(("n", 1)));

        var items = await storage.ReadAsync(["present", "missing"]);

        items.Keys.Should().BeEquivalentTo(["present"]);
    }

    [Fact]
    public async Task ReadAsync_NoKeys_ReturnsEmpty()
    {
        var storage = CreateStorage();

        var items = await storage.ReadAsync([]);

        items.Should().BeEmpty();
    }

    [Fact]
    public async Task ReadAsync_AfterWriteOfNestedValues_ReturnsThem()
    {
        // Arrange
        var storage = CreateStorage();
        var document = new StateDocument { State = NestedValues() };

        // Act
        await WriteAsync(storage, Key, document);
        var read = await ReadDocumentAsync(storage, Key);

        // Assert: the same values (numbers compared by value; see the skipped test below for their type) …
        read.State.Should().BeEquivalentTo(NestedValues(), options => options.WithStrictOrdering().ComparingByMembers<SampleAssessment>());
        read.State["assessment"].Should().BeOfType<SampleAssessment>();

        // … and exactly what StateJson itself makes of them: the backend adds and loses nothing.
        var viaSerializer = ((StateDocument)StateJson.Deserialize(StateJson.Serialize(NestedDocument()))!).State;
        read.State.Should().BeEquivalentTo(viaSerializer, options => options.RespectingRuntimeTypes().WithStrictOrdering().ComparingByMembers<SampleAssessment>());
    }

    [Fact]
    public async Task ReadAsync_AfterWriteOfWholeNumbers_ReturnsThemAsExactLongs()
    {
        var storage = CreateStorage();

        await WriteAsync(storage, Key, Document(("small", 42), ("big", long.MaxValue), ("fraction", 0.75)));
        var read = await ReadDocumentAsync(storage, Key);

        read.State["small"].Should().BeOfType<long>().Which.Should().Be(42L);
        read.State["big"].Should().BeOfType<long>().Which.Should().Be(long.MaxValue);
        read.State["fraction"].Should().BeOfType<double>().Which.Should().Be(0.75);
    }

    [Fact]
    public async Task ReadAsync_AfterWriteOfDialogState_KeepsDialogTypesAndTypedOptions()
    {
        // Arrange
        var storage = CreateStorage();
        var dialogState = new DialogState
        {
            DialogStack =
            [
                new DialogInstance
                {
                    Id = "HeelPainAssessmentDialog",
                    State = { ["stepIndex"] = 2, ["options"] = Assessment, ["values"] = new Dictionary<string, object> { ["location"] = "bagpå hælen" } },
                },
                new DialogInstance { Id = "MainDialog", State = { ["stepIndex"] = 0 } },
            ],
        };

        // Act
        await WriteAsync(storage, Key, new StateDocument { State = { ["DialogState"] = dialogState } });
        var read = await ReadDocumentAsync(storage, Key);

        // Assert
        var stack = read.State["DialogState"].Should().BeOfType<DialogState>().Which.DialogStack;
        stack.Select(instance => instance.Id).Should().Equal("HeelPainAssessmentDialog", "MainDialog");
        stack[0].State["stepIndex"].Should().Be(2L);
        stack[0].State["options"].Should().BeOfType<SampleAssessment>().Which.Should().BeEquivalentTo(Assessment, options => options.ComparingByMembers<SampleAssessment>());
        stack[0].State["values"].Should().BeEquivalentTo(new Dictionary<string, object> { ["location"] = "bagpå hælen" });
        stack[1].State["stepIndex"].Should().Be(0L);
    }

    [Fact]
    public async Task ReadAsync_AfterWriteOfPlainValue_ReturnsIt()
    {
        var storage = CreateStorage();

        await WriteAsync(storage, Key, new Dictionary<string, object> { ["language"] = "da" });
        var items = await storage.ReadAsync([Key]);

        items[Key].Should().BeEquivalentTo(new Dictionary<string, object> { ["language"] = "da" });
    }

    [Fact]
    public async Task ReadAsync_Twice_ReturnsIndependentCopies()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("n", 1)));

        var first = await ReadDocumentAsync(storage, Key);
        first.State["n"] = 99L;
        var second = await ReadDocumentAsync(storage, Key);

        second.State["n"].Should().Be(1L);
    }

    [Fact]
    public async Task WriteAsync_StoreItem_SetsETagThatReadReturns()
    {
        var storage = CreateStorage();
        var document = Document(("n", 1));

        await WriteAsync(storage, Key, document);
        var read = await ReadDocumentAsync(storage, Key);

        document.ETag.Should().NotBeNullOrEmpty().And.NotBe(ETags.Any);
        read.ETag.Should().Be(document.ETag);
    }

    [Fact]
    public async Task WriteAsync_WithCurrentETag_WritesAndChangesETag()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("n", 1)));
        var read = await ReadDocumentAsync(storage, Key);
        var readETag = read.ETag;

        read.State["n"] = 2L;
        await WriteAsync(storage, Key, read);

        read.ETag.Should().NotBe(readETag);
        var reread = await ReadDocumentAsync(storage, Key);
        reread.State["n"].Should().Be(2L);
        reread.ETag.Should().Be(read.ETag);
    }

    [Fact]
    public async Task WriteAsync_StaleETag_ThrowsConflictAndChangesNothing()
    {
        // Arrange: two readers of version 1; the first one saves version 2.
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("version", 1)));
        var winner = await ReadDocumentAsync(storage, Key);
        var loser = await ReadDocumentAsync(storage, Key);
        winner.State["version"] = 2L;
        await WriteAsync(storage, Key, winner);
        var staleETag = loser.ETag;

        // Act
        loser.State["version"] = 3L;
        var act = () => WriteAsync(storage, Key, loser);

        // Assert
        await act.Should().ThrowAsync<StorageConflictException>().WithMessage($"*{Key}*");
        loser.ETag.Should().Be(staleETag);
        var stored = await ReadDocumentAsync(storage, Key);
        stored.State["version"].Should().Be(2L);
        stored.ETag.Should().Be(winner.ETag);
    }

    [Theory]
    [InlineData(ETags.Any)]
    [InlineData(null)]
    public async Task WriteAsync_AnyOrNullETagOverExistingItem_Overwrites(string? eTag)
    {
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("version", 1)));
        await WriteAsync(storage, Key, Document(("version", 2)));

        var blind = Document(("version", 3));
        blind.ETag = eTag;
        await WriteAsync(storage, Key, blind);

        var stored = await ReadDocumentAsync(storage, Key);
        stored.State["version"].Should().Be(3L);
        stored.ETag.Should().Be(blind.ETag).And.NotBe(ETags.Any);
    }

    [Theory]
    [InlineData(ETags.Any)]
    [InlineData(null)]
    public async Task WriteAsync_AnyOrNullETagOnMissingKey_Creates(string? eTag)
    {
        var storage = CreateStorage();
        var document = Document(("version", 1));
        document.ETag = eTag;

        await WriteAsync(storage, Key, document);

        (await ReadDocumentAsync(storage, Key)).State["version"].Should().Be(1L);
    }

    [Fact]
    public async Task WriteAsync_AbsentETagOnMissingKey_Inserts()
    {
        var storage = CreateStorage();
        var document = Document(("version", 1));
        document.ETag = ETags.Absent;

        await WriteAsync(storage, Key, document);

        document.ETag.Should().NotBeNullOrEmpty();
        (await ReadDocumentAsync(storage, Key)).State["version"].Should().Be(1L);
    }

    [Fact]
    public async Task WriteAsync_AbsentETagOnExistingKey_ThrowsConflictAndKeepsFirst()
    {
        // Two first turns of the same conversation: both believe there is no state yet.
        var storage = CreateStorage();
        var first = Document(("writer", "first"));
        first.ETag = ETags.Absent;
        var second = Document(("writer", "second"));
        second.ETag = ETags.Absent;
        await WriteAsync(storage, Key, first);

        var act = () => WriteAsync(storage, Key, second);

        await act.Should().ThrowAsync<StorageConflictException>();
        second.ETag.Should().Be(ETags.Absent);
        (await ReadDocumentAsync(storage, Key)).State["writer"].Should().Be("first");
    }

    [Fact]
    public async Task WriteAsync_ManyKeysWithOneConflict_WritesNone()
    {
        // Arrange: the conflicting item comes last, so a backend that writes as it goes would already
        // have written the others.
        var storage = CreateStorage();
        await WriteAsync(storage, "conversation", Document(("version", 1)));
        await WriteAsync(storage, "user", Document(("version", 1)));
        var conversation = await ReadDocumentAsync(storage, "conversation");
        var user = await ReadDocumentAsync(storage, "user");
        var conversationETag = conversation.ETag;
        await WriteAsync(storage, "user", Document(("version", 2)));

        conversation.State["version"] = 2L;
        var created = Document(("version", 1));
        created.ETag = ETags.Absent;
        user.State["version"] = 3L;
        var changes = new Dictionary<string, object> { ["conversation"] = conversation, ["created"] = created, ["user"] = user };

        // Act
        var act = () => storage.WriteAsync(changes);

        // Assert
        await act.Should().ThrowAsync<StorageConflictException>().WithMessage("*user*");
        var stored = await storage.ReadAsync(["conversation", "created", "user"]);
        stored.Keys.Should().BeEquivalentTo(["conversation", "user"]);
        ((StateDocument)stored["conversation"]).State["version"].Should().Be(1L);
        ((StateDocument)stored["conversation"]).ETag.Should().Be(conversationETag);
        ((StateDocument)stored["user"]).State["version"].Should().Be(2L);
        conversation.ETag.Should().Be(conversationETag, "a failed write must not hand out ETags that were never stored");
        created.ETag.Should().Be(ETags.Absent);
    }

    [Fact]
    public async Task WriteAsync_ManyKeysWithoutConflict_WritesAll()
    {
        var storage = CreateStorage();
        var conversation = Document(("version", 1));
        var user = Document(("version", 1));

        await storage.WriteAsync(new Dictionary<string, object> { ["conversation"] = conversation, ["user"] = user });

        var stored = await storage.ReadAsync(["conversation", "user"]);
        ((StateDocument)stored["conversation"]).ETag.Should().Be(conversation.ETag);
        ((StateDocument)stored["user"]).ETag.Should().Be(user.ETag);
        conversation.ETag.Should().NotBe(user.ETag);
    }

    [Fact]
    public async Task DeleteAsync_ExistingKeys_RemovesOnlyThose()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "a", Document(("n", 1)));
        await WriteAsync(storage, "b", Document(("n", 2)));
        await WriteAsync(storage, "c", Document(("n", 3)));

        await storage.DeleteAsync(["a", "c"]);

        (await storage.ReadAsync(["a", "b", "c"])).Keys.Should().BeEquivalentTo(["b"]);
    }

    [Fact]
    public async Task DeleteAsync_MissingKey_DoesNothing()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, "kept", Document(("n", 1)));

        var act = () => storage.DeleteAsync(["missing", "also-missing"]);

        await act.Should().NotThrowAsync();
        (await storage.ReadAsync(["kept"])).Should().ContainKey("kept");
    }

    [Fact]
    public async Task WriteAsync_AbsentETagAfterDelete_Inserts()
    {
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("version", 1)));
        await storage.DeleteAsync([Key]);
        var fresh = Document(("version", 2));
        fresh.ETag = ETags.Absent;

        await WriteAsync(storage, Key, fresh);

        (await ReadDocumentAsync(storage, Key)).State["version"].Should().Be(2L);
    }

    [Fact]
    public async Task WriteAsync_ETagFromBeforeDeleteAndRecreate_ThrowsConflict()
    {
        // The item was replaced by a new one: an ETag of the old one must not match it, or a slow turn
        // would overwrite a conversation that restarted meanwhile.
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("life", 1)));
        var old = await ReadDocumentAsync(storage, Key);
        await storage.DeleteAsync([Key]);
        var recreated = Document(("life", 2));
        recreated.ETag = ETags.Absent;
        await WriteAsync(storage, Key, recreated);

        old.State["life"] = 1L;
        var act = () => WriteAsync(storage, Key, old);

        await act.Should().ThrowAsync<StorageConflictException>();
        (await ReadDocumentAsync(storage, Key)).State["life"].Should().Be(2L);
    }

    [Fact]
    public async Task ReadAsync_KeysWithOddCharacters_KeepsEachKeyApart()
    {
        // Arrange: channel ids carry ':', '@', ';' and '|'; SQL wildcards and quotes must be plain text;
        // keys differing only in case are different keys.
        var storage = CreateStorage();
        string[] keys =
        [
            "msteams/conversations/a:b@c;d|e",
            "MSTEAMS/conversations/a:b@c;d|e",
            "directline/samtale/æøå-ÆØÅ-🦶👣/ü",
            "sms/conv_%/'; DROP TABLE bot_state; --",
            string.Concat(Enumerable.Repeat("hæl/012345", 100)),
        ];
        keys[^1].Length.Should().Be(1000);

        // Act
        await storage.WriteAsync(keys.ToDictionary(key => key, key => (object)Document(("key", key))));
        var items = await storage.ReadAsync(keys);

        // Assert
        items.Should().HaveCount(keys.Length);
        foreach (var key in keys)
        {
            ((StateDocument)items[key]).State["key"].Should().Be(key);
        }
    }

    [Fact]
    public async Task ReadAsync_OneMegabyteValue_RoundTrips()
    {
        var storage = CreateStorage();
        var builder = new StringBuilder();
        while (builder.Length < 1024 * 1024)
        {
            builder.Append("Hælsmerter ved første skridt 🦶 ");
        }

        var large = builder.ToString();

        await WriteAsync(storage, Key, Document(("large", large)));
        var read = (string)(await ReadDocumentAsync(storage, Key)).State["large"];

        read.Length.Should().Be(large.Length);
        (read == large).Should().BeTrue("the 1 MB value must come back unchanged");
    }

    [Fact]
    public async Task WriteAsync_ParallelReadModifyWriteWithRetry_LosesNoUpdate()
    {
        // Arrange
        const int Writers = 20;
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("counter", 0)));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act: the 42.scaleout loop — read with ETag, change, save if unchanged, otherwise start over.
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            for (var attempt = 1; attempt <= 1000; attempt++)
            {
                var document = await ReadDocumentAsync(storage, Key);
                document.State["counter"] = Convert.ToInt64(document.State["counter"], CultureInfo.InvariantCulture) + 1;
                try
                {
                    await WriteAsync(storage, Key, document);
                    return;
                }
                catch (StorageConflictException)
                {
                    // Someone else saved first: read again.
                }
            }

            throw new InvalidOperationException("A writer never got its update in.");
        })).ToList();
        start.SetResult();
        await Task.WhenAll(writers);

        // Assert
        (await ReadDocumentAsync(storage, Key)).State["counter"].Should().Be((long)Writers);
    }

    [Fact]
    public async Task WriteAsync_TwoWritersWithSameETag_ExactlyOneWins()
    {
        // Arrange
        var storage = CreateStorage();
        await WriteAsync(storage, Key, Document(("writer", "nobody")));
        var candidates = new[] { await ReadDocumentAsync(storage, Key), await ReadDocumentAsync(storage, Key) };
        candidates[0].State["writer"] = "first";
        candidates[1].State["writer"] = "second";
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Act
        var attempts = candidates.Select(document => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await WriteAsync(storage, Key, document);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        })).ToList();
        start.SetResult();
        var won = await Task.WhenAll(attempts);

        // Assert
        won.Count(w => w).Should().Be(1);
        var winner = candidates[Array.IndexOf(won, true)];
        var stored = await ReadDocumentAsync(storage, Key);
        stored.State["writer"].Should().Be(winner.State["writer"]);
        stored.ETag.Should().Be(winner.ETag);
    }

    private static Dictionary<string, object> NestedValues() => new()
    {
        ["profile"] = new Dictionary<string, object>
        {
            ["name"] = "Søren Ærø Østergård 🦶",
            ["age"] = 47,
            ["ratio"] = 0.75,
            ["smoker"] = false,
            ["address"] = new Dictionary<string, object> { ["city"] = "Århus", ["zip"] = "8000" },
        },
        ["answers"] = new List<object> { "hæl", 3, new Dictionary<string, object> { ["step"] = 2 }, new List<object> { true, "ÆØÅ" } },
        ["count"] = 42,
        ["note"] = "Smerter i hælen om morgenen — æøå ÆØÅ 👣",
        ["assessment"] = Assessment,
    };

    private static StateDocument NestedDocument() => new() { State = NestedValues() };

    private static StateDocument Document(params (string Name, object Value)[] properties)
    {
        var document = new StateDocument();
        foreach (var (name, value) in properties)
        {
            document.State[name] = value;
        }

        return document;
    }

    private static Task WriteAsync(IStorage storage, string key, object value) =>
        storage.WriteAsync(new Dictionary<string, object> { [key] = value });

    private static async Task<StateDocument> ReadDocumentAsync(IStorage storage, string key)
    {
        var items = await storage.ReadAsync([key]);
        items.Should().ContainKey(key);
        return items[key].Should().BeOfType<StateDocument>().Subject;
    }
}
