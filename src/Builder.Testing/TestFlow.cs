using System.Collections.Immutable;
using HeelBot.Builder.Core;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Testing;

/// <summary>
/// A scripted conversation: what the user sends and what the bot must answer, checked in order.
/// Each call returns a new flow with one more step (so a common opening can be shared), and nothing
/// runs until <see cref="StartTestAsync"/>. Turns run to completion before the next step, so a reply
/// that is not there when asserted will never come.
/// </summary>
public sealed class TestFlow
{
    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly ImmutableList<Step> _steps;

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
        : this(adapter ?? throw new ArgumentNullException(nameof(adapter)), callback ?? throw new ArgumentNullException(nameof(callback)), [])
    {
    }

    public TestFlow(TestAdapter adapter, IBot bot)
        : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync)
    {
    }

    private TestFlow(TestAdapter adapter, BotCallbackHandler callback, ImmutableList<Step> steps)
    {
        _adapter = adapter;
        _callback = callback;
        _steps = steps;
    }

    private delegate Task StepAction(TestFlow flow, string name, CancellationToken cancellationToken);

    public TestAdapter Adapter => _adapter;

    /// <summary>The user sends <paramref name="userSays"/> as a message.</summary>
    public TestFlow Send(string userSays) =>
        Then($"Send({ActivityDescriber.Quote(userSays)})", (flow, _, ct) => flow._adapter.SendTextToBotAsync(userSays, flow._callback, ct));

    /// <summary>The user's client sends <paramref name="activity"/> (addressing not given is filled in by the adapter).</summary>
    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Then($"Send({ActivityDescriber.OneLine(activity)})", (flow, _, ct) => flow._adapter.ProcessActivityAsync(activity, flow._callback, ct));
    }

    /// <summary>The next reply is a message whose text is exactly <paramref name="expected"/>.</summary>
    public TestFlow AssertReply(string expected, string? description = null) =>
        Then(description ?? $"AssertReply({ActivityDescriber.Quote(expected)})", (flow, name, _) =>
        {
            var reply = flow.NextReplyOrFail(name);
            if (reply.Type != ActivityTypes.Message || reply.Text != expected)
            {
                flow.Fail(name, $"expected a message with text {ActivityDescriber.Quote(expected)}, got {ActivityDescriber.OneLine(reply)}.", reply);
            }

            return Task.CompletedTask;
        });

    /// <summary>The next reply passes <paramref name="validate"/> (which throws, e.g. with FluentAssertions, when it does not).</summary>
    public TestFlow AssertReply(Action<Activity> validate, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return Then(description ?? "AssertReply(validator)", (flow, name, _) =>
        {
            var reply = flow.NextReplyOrFail(name);
            try
            {
                validate(reply);
            }
            catch (Exception ex) when (ex is not TestFlowAssertionException)
            {
                flow.Fail(name, ex.Message, reply, ex);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The next reply is a message whose text is one of <paramref name="candidates"/>.</summary>
    public TestFlow AssertReplyOneOf(IEnumerable<string> candidates, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var options = candidates.ToList();
        var shown = string.Join(", ", options.Select(ActivityDescriber.Quote));
        return Then(description ?? $"AssertReplyOneOf({shown})", (flow, name, _) =>
        {
            var reply = flow.NextReplyOrFail(name);
            if (reply.Type != ActivityTypes.Message || reply.Text is null || !options.Contains(reply.Text, StringComparer.Ordinal))
            {
                flow.Fail(name, $"expected a message with one of [{shown}], got {ActivityDescriber.OneLine(reply)}.", reply);
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>The bot has sent nothing that has not already been asserted.</summary>
    public TestFlow AssertNoReply(string? description = null) =>
        Then(description ?? "AssertNoReply()", (flow, name, _) =>
        {
            if (flow._adapter.GetNextReply() is { } reply)
            {
                flow.Fail(name, $"expected no reply, got {ActivityDescriber.OneLine(reply)}.", reply);
            }

            return Task.CompletedTask;
        });

    /// <summary>Shorthand for <c>Send(userSays).AssertReply(expected)</c>.</summary>
    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    /// <summary>Runs <paramref name="action"/> between turns (move the clock, "restart" the bot, inspect storage).</summary>
    public TestFlow Do(Func<Task> action, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return Then(description ?? "Do(action)", (_, _, _) => action());
    }

    /// <summary>Runs the steps in order; throws <see cref="TestFlowAssertionException"/> at the first unmet expectation.</summary>
    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < _steps.Count; i++)
        {
            var step = _steps[i];
            await step.Action(this, $"step {i + 1} of {_steps.Count}, {step.Description}", cancellationToken).ConfigureAwait(false);
        }
    }

    private TestFlow Then(string description, StepAction action) => new(_adapter, _callback, _steps.Add(new Step(description, action)));

    private Activity NextReplyOrFail(string name) =>
        _adapter.GetNextReply() ?? throw new TestFlowAssertionException(
            $"TestFlow {name}: expected a reply, but the bot sent nothing more.{Environment.NewLine}Conversation so far:{Environment.NewLine}"
            + ActivityDescriber.Transcript(_adapter.Transcript, _adapter.Conversation));

    private void Fail(string name, string problem, Activity reply, Exception? inner = null)
    {
        var nl = Environment.NewLine;
        var message = $"TestFlow {name}: {problem}{nl}Reply:{nl}{ActivityDescriber.Json(reply)}{nl}Conversation so far:{nl}"
            + ActivityDescriber.Transcript(_adapter.Transcript, _adapter.Conversation);
        throw inner is null ? new TestFlowAssertionException(message) : new TestFlowAssertionException(message, inner);
    }

    private sealed record Step(string Description, StepAction Action);
}
