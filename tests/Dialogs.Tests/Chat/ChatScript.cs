using System.Globalization;
using System.Text.RegularExpressions;

namespace HeelBot.Dialogs.Tests.Chat;

/// <summary>
/// A conversation written as a script: a header, then lines a person says and lines the bot must answer.
/// <code>
/// language: da        channel: webchat        clock: 2026-11-22T09:00:00+01:00
/// user: &lt;join&gt;                      (a conversationUpdate adding the person)
/// user: ondt under hælen i 3 uger
/// bot: @understood                    (a content key; its {placeholders} match anything)
/// bot: @ask.age | asks=age render=suggested
/// bot: "literal text the reply contains"
/// bot: @outcome.urgent "1813"          (a content key, and text the reply also contains)
/// bot: ...                            (any further replies of this turn)
/// </code>
/// Attributes after "|": asks, disposition, redFlags (comma list, "-" for none), sections, lang,
/// render (suggested, card, list, plain). <c>!"text"</c> after the key or text says the reply must not contain
/// that text (<c>bot: @help !"knapperne"</c>).
/// <para>
/// A <c>store:</c> line checks what is stored after the turn above it: <c>transcript=</c> none, pending or kept;
/// <c>consent=</c> none, yes or no; <c>"text"</c> the transcript contains, <c>!"text"</c> it must not contain
/// (<c>store: transcript=kept consent=yes "[navn]" !"Jens"</c>).
/// </para>
/// </summary>
public sealed record ChatScript(string Name, string Language, string Channel, DateTimeOffset Clock, string? Locale, IReadOnlyList<ChatTurn> Turns)
{
    public static ChatScript Parse(string name, string text)
    {
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var turns = new List<ChatTurn>();
        ChatTurn? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("user:", StringComparison.Ordinal))
            {
                current = new ChatTurn(trimmed["user:".Length..].Trim(), [], lineNumber);
                turns.Add(current);
            }
            else if (trimmed.StartsWith("bot:", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    throw new FormatException($"{name}:{lineNumber}: a bot line before any user line.");
                }

                current.Expected.Add(ChatExpectation.Parse(trimmed["bot:".Length..].Trim(), name, lineNumber));
            }
            else if (trimmed.StartsWith("store:", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    throw new FormatException($"{name}:{lineNumber}: a store line before any user line.");
                }

                current.Stored.Add(StoreExpectation.Parse(trimmed["store:".Length..].Trim(), name, lineNumber));
            }
            else
            {
                foreach (var pair in SplitHeader(trimmed))
                {
                    header[pair.Key] = pair.Value;
                }
            }
        }

        return new ChatScript(
            name,
            header.GetValueOrDefault("language", "da"),
            header.GetValueOrDefault("channel", "webchat"),
            DateTimeOffset.Parse(header.GetValueOrDefault("clock", "2026-11-22T09:00:00+01:00"), CultureInfo.InvariantCulture),
            header.GetValueOrDefault("locale"),
            turns);
    }

    private static IEnumerable<KeyValuePair<string, string>> SplitHeader(string line)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].EndsWith(':') && i + 1 < parts.Length)
            {
                yield return new(parts[i].TrimEnd(':'), parts[i + 1]);
                i++;
            }
        }
    }
}

public sealed record ChatTurn(string UserText, List<ChatExpectation> Expected, int Line)
{
    public bool IsJoin => UserText == "<join>";

    /// <summary>What must be stored after this turn (<c>store:</c> lines).</summary>
    public List<StoreExpectation> Stored { get; } = [];
}

/// <summary>One expected bot message: a content key or literal text, text it must not contain, plus turn-entity attributes.</summary>
public sealed record ChatExpectation(string? Key, string? Literal, bool AnyRest, IReadOnlyDictionary<string, string> Attributes, int Line)
{
    public IReadOnlyList<string> Forbidden { get; init; } = [];

    public static ChatExpectation Parse(string text, string scriptName, int line)
    {
        var bar = text.IndexOf('|', StringComparison.Ordinal);
        var body = (bar < 0 ? text : text[..bar]).Trim();
        var forbidden = Regex.Matches(body, "!\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        body = Regex.Replace(body, "!\"[^\"]*\"", string.Empty).Trim();
        return ParseBody(body, text, bar, scriptName, line) with { Forbidden = forbidden };
    }

    private static ChatExpectation ParseBody(string body, string text, int bar, string scriptName, int line)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (bar >= 0)
        {
            foreach (var part in text[(bar + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new FormatException($"{scriptName}:{line}: attribute '{part}' is not name=value.");
                }

                attributes[part[..eq]] = part[(eq + 1)..];
            }
        }

        if (body == "...")
        {
            return new ChatExpectation(null, null, true, attributes, line);
        }

        if (body.StartsWith('@'))
        {
            // "@key" or "@key \"text it also contains\"".
            var space = body.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && body[(space + 1)..].Trim() is { Length: >= 2 } extra && extra.StartsWith('"') && extra.EndsWith('"'))
            {
                return new ChatExpectation(body[1..space], extra[1..^1], false, attributes, line);
            }

            return new ChatExpectation(body[1..], null, false, attributes, line);
        }

        if (body.Length >= 2 && body.StartsWith('"') && body.EndsWith('"'))
        {
            return new ChatExpectation(null, body[1..^1], false, attributes, line);
        }

        if (body.Length == 0)
        {
            return new ChatExpectation(null, null, false, attributes, line);
        }

        throw new FormatException($"{scriptName}:{line}: a bot line is @key, \"text\", !\"text\", ... or only attributes.");
    }
}
