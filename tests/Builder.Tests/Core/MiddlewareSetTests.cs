using HeelBot.Builder.Core;
using HeelBot.Builder.Testing;

namespace HeelBot.Builder.Tests.Core;

public class MiddlewareSetTests
{
    [Fact]
    public async Task ProcessActivity_SeveralMiddleware_RunInOrderAroundTheBot()
    {
        var log = new List<string>();
        var adapter = new TestAdapter()
            .Use(new RecordingMiddleware("a", log))
            .Use(new RecordingMiddleware("b", log))
            .Use(new RecordingMiddleware("c", log));

        await adapter.SendTextToBotAsync("hej", (_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        log.Should().Equal("a:before", "b:before", "c:before", "bot", "c:after", "b:after", "a:after");
    }

    [Fact]
    public async Task ProcessActivity_MiddlewareNotCallingNext_ShortCircuitsTheRest()
    {
        var log = new List<string>();
        var adapter = new TestAdapter()
            .Use(new RecordingMiddleware("a", log))
            .Use(new RecordingMiddleware("stop", log, callNext: false))
            .Use(new RecordingMiddleware("c", log));
        var botRan = false;

        await adapter.SendTextToBotAsync("hej", (_, _) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        botRan.Should().BeFalse();
        log.Should().Equal("a:before", "stop:before", "stop:after", "a:after");
    }

    [Fact]
    public async Task ProcessActivity_NestedMiddlewareSet_RunsItsOwnMiddlewareInPlace()
    {
        var log = new List<string>();
        var inner = new MiddlewareSet().Use(new RecordingMiddleware("inner1", log)).Use(new RecordingMiddleware("inner2", log));
        var adapter = new TestAdapter().Use(new RecordingMiddleware("outer", log)).Use(inner);

        await adapter.SendTextToBotAsync("hej", (_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        });

        log.Should().Equal("outer:before", "inner1:before", "inner2:before", "bot", "inner2:after", "inner1:after", "outer:after");
    }

    [Fact]
    public async Task ProcessActivity_MiddlewareSendsBeforeTheBot_ReplyComesFirst()
    {
        var adapter = new TestAdapter().Use(new SendingMiddleware("fra middleware"));

        await new TestFlow(adapter, async (context, ct) => await context.SendActivityAsync("fra botten", ct))
            .Send("hej")
            .AssertReply("fra middleware")
            .AssertReply("fra botten")
            .AssertNoReply()
            .StartTestAsync();
    }

    private sealed class RecordingMiddleware(string name, List<string> log, bool callNext = true) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            log.Add($"{name}:before");
            if (callNext)
            {
                await next(cancellationToken);
            }

            log.Add($"{name}:after");
        }
    }

    private sealed class SendingMiddleware(string text) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await turnContext.SendActivityAsync(text, cancellationToken);
            await next(cancellationToken);
        }
    }
}
