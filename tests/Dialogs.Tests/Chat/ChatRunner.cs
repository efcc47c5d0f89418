using System.Text;
using System.Text.RegularExpressions;
using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Triage;

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

            var session = await harness.SessionAsync();
            log.Append("      (").Append(DescribeFacts(session)).AppendLine(")");
            Check(script, turn, replies, log);
            CheckSafety(script, turn, replies, session, log);
            await CheckStoreAsync(script, turn, harness, log);
        }
    }

    /// <summary>The <c>store:</c> lines of the turn: what the transcript store and the conversation state hold now.</summary>
    private static async Task CheckStoreAsync(ChatScript script, ChatTurn turn, BotHarness harness, StringBuilder log)
    {
        if (turn.Stored.Count == 0)
        {
            return;
        }

        if (harness.TranscriptError is { } error)
        {
            throw Fail(script, turn.Line, $"the turn could not be recorded in the transcript: {error}", log);
        }

        var transcript = await harness.Transcripts.GetTranscriptAsync(harness.ChannelId, harness.ConversationId);
        var status = transcript is null ? "none" : transcript.Status.ToString().ToLowerInvariant();
        var consent = (await harness.SessionAsync())?.Consent switch
        {
            null => "none",
            { Given: true } => "yes",
            _ => "no",
        };
        var text = string.Join('\n', transcript?.Activities.Select(a => $"{a.From?.Role}: {a.Text}") ?? []);
        log.Append("      [store: transcript=").Append(status).Append(" consent=").Append(consent).AppendLine("]");
        foreach (var expected in turn.Stored)
        {
            foreach (var (name, value) in expected.Attributes)
            {
                var actual = name.Equals("transcript", StringComparison.OrdinalIgnoreCase) ? status : consent;
                if (!string.Equals(actual, value, StringComparison.Ordinal))
                {
                    throw Fail(script, expected.Line, $"expected stored {name}={value} but it is {actual}", log);
                }
            }

            if (expected.Contains.FirstOrDefault(literal => !text.Contains(literal, StringComparison.Ordinal)) is { } missing)
            {
                throw Fail(script, expected.Line, $"expected the stored transcript to contain \"{missing}\"\n--- transcript ---\n{text}", log);
            }

            if (expected.Forbidden.FirstOrDefault(literal => text.Contains(literal, StringComparison.Ordinal)) is { } forbidden)
            {
                throw Fail(script, expected.Line, $"expected the stored transcript without \"{forbidden}\"\n--- transcript ---\n{text}", log);
            }
        }
    }

    /// <summary>
    /// What every conversation must respect, whatever the script says: care now only for a red flag or sign that
    /// is present; no advice in a turn that sends someone to urgent or emergency care; and once the facts call for
    /// care now, the turn ends with what to do, or with the one question that could make it more urgent.
    /// </summary>
    private static void CheckSafety(ChatScript script, ChatTurn turn, IReadOnlyList<Activity> replies, TriageSession? session, StringBuilder log)
    {
        var entities = replies.Select(BotHarness.TurnOf).OfType<TurnEntity>().ToList();
        var careNow = entities.Where(e => e.Disposition is "emergency" or "urgent").ToList();
        if (careNow.Count > 0 && entities.Any(e => e.Sections.Count > 0))
        {
            throw Fail(script, turn.Line, "a turn that sends someone to urgent or emergency care also shows advice sections", log);
        }

        if (careNow.Count > 0 && session?.Facts.Flags.Any(f => f.Value) != true)
        {
            throw Fail(script, turn.Line, "urgent or emergency care without any red flag or sign present", log);
        }

        var onlyErrors = replies.All(r => r.Text is { } text && ErrorKeys.Any(key => MatchesKey(text, key, BotHarness.TurnOf(r)?.Language ?? "da")));
        if (session is null || onlyErrors || session.Decide().Disposition > Disposition.Urgent)
        {
            return;
        }

        var last = entities.LastOrDefault();
        var toldWhatToDo = last?.Disposition is "emergency" or "urgent";
        var asksToEscalate = last?.Asks?.StartsWith("redflag.sign.", StringComparison.Ordinal) == true;
        if (!toldWhatToDo && !asksToEscalate)
        {
            throw Fail(script, turn.Line, "the facts call for care now, but the turn ends neither with what to do nor with an escalation question", log);
        }
    }

    private static readonly string[] ErrorKeys = ["error.too_long", "error.not_text", "error.sorry"];

    private static string DescribeFacts(TriageSession? session)
    {
        if (session is null)
        {
            return "no state";
        }

        var f = session.Facts;
        var flags = string.Join(',', f.Flags.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => x.Key + (x.Value ? "+" : "-")));
        return $"location={f.Location} timing={f.Timing} weeks={f.DurationWeeks} age={f.Age} runner={f.Runner} standing={f.StandingWork} "
            + $"recurring={f.Recurring} selfCareFailed={f.SelfCareFailed} booking={f.WantsBooking} flags={flags} unclear={string.Join(',', session.UnclearFlags)}";
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

            if (expected.Forbidden.FirstOrDefault(text => (reply.Text ?? string.Empty).Contains(text, StringComparison.Ordinal)) is { } forbidden)
            {
                throw Fail(script, expected.Line, $"expected text without \"{forbidden}\" but got \"{reply.Text}\"", log);
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
