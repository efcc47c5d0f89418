using HeelBot.Builder.Core;
using HeelBot.Builder.State;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Core;

public class BotAdapterTests
{
    [Fact]
    public async Task OnTurnError_BotThrows_HandlerGetsTheExceptionAndCanReply()
    {
        Exception? caught = null;
        var adapter = new TestAdapter();
        adapter.OnTurnError = async (context, exception) =>
        {
            caught = exception;
            await context.SendActivityAsync("Beklager, noget gik galt.");
        };

        await new TestFlow(adapter, (_, _) => throw new InvalidOperationException("boom"))
            .Send("hej")
            .AssertReply("Beklager, noget gik galt.")
            .StartTestAsync();

        caught.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("boom");
    }

    [Fact]
    public async Task OnTurnError_NotSet_ExceptionPropagates()
    {
        var adapter = new TestAdapter();

        var act = () => adapter.SendTextToBotAsync("hej", (_, _) => throw new InvalidOperationException("boom"));

        await act.Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
    }

    [Fact]
    public async Task OnTurnError_Cancellation_IsNotTreatedAsATurnError()
    {
        var handled = false;
        var adapter = new TestAdapter { OnTurnError = (_, _) => Task.FromResult(handled = true) };

        var act = () => adapter.SendTextToBotAsync("hej", (_, _) => throw new OperationCanceledException());

        await act.Should().ThrowAsync<OperationCanceledException>();
        handled.Should().BeFalse();
    }

    [Fact]
    public async Task OnTurnError_StorageConflictOnAnAdapterThatDoesNotRetry_GoesToTheHandler()
    {
        Exception? caught = null;
        var adapter = new TestAdapter { OnTurnError = (_, ex) => Task.FromResult(caught = ex) };

        await adapter.SendTextToBotAsync("hej", (_, _) => throw StorageConflictException.ForKey("k"));

        caught.Should().BeOfType<StorageConflictException>();
    }
}
