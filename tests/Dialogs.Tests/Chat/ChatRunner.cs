using System.Text;
using System.Text.RegularExpressions;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Dialogs.Tests.Chat;

/// <summary>Plays a <see cref="ChatScript"/> against the real bot and fails on the first reply that differs.</summary>
public static class ChatRunner
{
    public static async Task RunAsync(ChatScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var harness = new BotHarness(script.Clock, script.Channel, script.Locale ?? (script.Language == "en" ? "en-GB" : "da-DK"));
        var log = new StringBuilder();
        foreach (var turn in script.Turns)
        {
            var replies = turn.IsJoin ? await harness.JoinAsync() : await harness.SayAsync(turn.UserText);
            log.Append("user: ").AppendLine(turn.UserText);
            foreach (var reply in replies)
            {
                log.Append("bot:  ").Append(reply.Text?.Replace("\n", " ⏎ ", StringComparison.Ordinal)).Append("  ").AppendLine(Describe(reply));
            }

            if (harness.LastError is { } error)
            {
                throw new ChatScriptException($"{script.Name}:{turn.Line}: the turn threw {error}\n{log}");
            }

            Check(script, turn, replies, log);
        }
    }

    private static void Check(ChatScript script, ChatTurn turn, IReadOnlyList<Activity> replies, StringBuilder log)
    {
        var index = 0;
        foreach (var expected in turn.Expected)
        {
            if (expected.AnyRest)
            {
                index = replies.Count;
                break;
            }

            if (index >= replies.Count)
            {
                throw Fail(script, expected.Line, $"expected another reply ({Show(expected)}) but the bot sent only {replies.Count}", log);
            }

            var reply = replies[index++];
            var entity = BotHarness.TurnOf(reply) ?? throw Fail(script, expected.Line, "a reply has no heelbot.turn entity", log);
            var language = entity.Language;
            if (expected.Key is { } key && !MatchesKey(reply.Text ?? string.Empty, key, language))
            {
                throw Fail(script, expected.Line, $"expected @{key} ({language}) but got \"{reply.Text}\"", log);
            }

            if (expected.Literal is { } literal && !(reply.Text ?? string.Empty).Contains(literal, StringComparison.Ordinal))
            {
                throw Fail(script, expected.Line, $"expected text containing \"{literal}\" but got \"{reply.Text}\"", log);
            }

            foreach (var (name, value) in expected.Attributes)
            {
                var actual = Attribute(name, reply, entity);
                if (!string.Equals(actual, Normalize(name, value), StringComparison.Ordinal))
                {
                    throw Fail(script, expected.Line, $"expected {name}={value} but got {name}={actual}", log);
                }
            }
        }

        if (index < replies.Count)
        {
            throw Fail(script, turn.Line, $"the bot sent {replies.Count - index} more replies than the script expects after \"{turn.UserText}\"", log);
        }

        foreach (var reply in replies)
        {
            _ = BotHarness.TurnOf(reply) ?? throw Fail(script, turn.Line, "a reply has no heelbot.turn entity", log);
        }
    }

    /// <summary>The content template with its placeholders as wildcards; a numbered choice list may follow (SMS).</summary>
    public static bool MatchesKey(string text, string key, string language)
    {
        var template = BotHarness.Catalog.Template(key, language);
        var pattern = "^" + Regex.Replace(Regex.Escape(template), @"\\\{\w+}", ".*?") + @"(\n\d+\. [^\n]*)*$";
        return Regex.IsMatch(text, pattern, RegexOptions.Singleline);
    }

    private static string Attribute(string name, Activity reply, TurnEntity entity) => name.ToLowerInvariant() switch
    {
        "asks" => entity.Asks ?? "-",
        "disposition" => entity.Disposition ?? "-",
        "redflags" => Join(entity.RedFlags),
        "sections" => Join(entity.Sections),
        "lang" => entity.Language,
        "render" => Render(reply),
        _ => throw new FormatException($"unknown attribute '{name}'"),
    };

    private static string Normalize(string name, string value) =>
        name.Equals("redFlags", StringComparison.OrdinalIgnoreCase) || name.Equals("sections", StringComparison.OrdinalIgnoreCase)
            ? Join(value == "-" ? [] : value.Split(','))
            : value;

    private static string Join(IEnumerable<string> items)
    {
        var sorted = items.OrderBy(i => i, StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? "-" : string.Join(',', sorted);
    }

    public static string Render(Activity reply)
    {
        if (reply.SuggestedActions is { Actions.Count: > 0 })
        {
            return "suggested";
        }

        if (reply.Attachments?.Any(a => a.ContentType == HeroCard.ContentType) == true)
        {
            return "card";
        }

        return Regex.IsMatch(reply.Text ?? string.Empty, @"\n1\. ") ? "list" : "plain";
    }

    private static string Describe(Activity reply)
    {
        var entity = BotHarness.TurnOf(reply);
        return entity is null
            ? "[no heelbot.turn]"
            : $"[asks={entity.Asks ?? "-"} disposition={entity.Disposition ?? "-"} redFlags={Join(entity.RedFlags)} sections={Join(entity.Sections)} lang={entity.Language} render={Render(reply)}]";
    }

    private static string Show(ChatExpectation expected) => expected.Key is not null ? "@" + expected.Key : expected.Literal ?? "attributes";

    private static ChatScriptException Fail(ChatScript script, int line, string message, StringBuilder log) =>
        new($"{script.Name}:{line}: {message}\n--- conversation so far ---\n{log}");
}

public sealed class ChatScriptException(string message) : Exception(message);
