using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Conversation;

namespace HeelBot.Benchmarks;

/// <summary>
/// Answers whatever slot the bot's last <c>heelbot.turn</c> entity asks for, until a disposition comes (the same
/// person as the load tool's, in-process). Throws when the bot asks something it has no answer to, so a benchmark
/// never times a conversation that went astray.
/// </summary>
public sealed class ScriptedPerson(string opening, IReadOnlyDictionary<string, string> answers)
{
    public const int MaxTurns = 20;

    public string Opening => opening;

    /// <summary>The next message, or null when the replies carry a disposition.</summary>
    public string? Next(IReadOnlyList<Activity> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var turns = replies
            .Select(r => r.Entities?.FirstOrDefault(e => e.Type == TurnEntity.EntityType)?.GetAs<TurnEntity>())
            .ToList();
        if (turns.Any(t => t?.Disposition is not null))
        {
            return null;
        }

        var asks = turns.LastOrDefault(t => t?.Asks is not null)?.Asks
            ?? throw new InvalidOperationException($"The bot asked nothing and decided nothing: \"{replies.LastOrDefault()?.Text}\"");
        return answers.TryGetValue(asks, out var answer) ? answer
            : asks.StartsWith("redflag.", StringComparison.Ordinal) && answers.TryGetValue("redflag", out var no) ? no
            : throw new InvalidOperationException($"No scripted answer for '{asks}'.");
    }

    public static ScriptedPerson DanishSteps { get; } = new("hej", new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consent"] = "ja",
        ["location"] = "Under hælen",
        ["timing"] = "De første skridt om morgenen",
        ["duration"] = "3 uger",
        ["age"] = "16 år eller ældre",
        ["redflags"] = "nej, ingen af dem",
        ["redflag"] = "nej",
        ["activity"] = "Jeg løber eller dyrker sport",
    });

    public static ScriptedPerson EnglishFreeText { get; } = new("I've had pain under my heel for 3 weeks, worst in the morning, no fever", new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["consent"] = "yes",
        ["location"] = "Under the heel",
        ["timing"] = "First steps in the morning",
        ["duration"] = "3 weeks",
        ["age"] = "I'm 52",
        ["redflags"] = "no, none of them",
        ["redflag"] = "no",
        ["activity"] = "I'm a nurse so on my feet all day",
    });
}
