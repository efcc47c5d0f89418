using HeelBot.Builder.State;

namespace HeelBot.Storage.Tests.Contract;

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage CreateStorage() => new MemoryStorage();
}
