namespace HeelBot.Fuzz.Tests.Support;

/// <summary>
/// Activities as a hostile or broken client sends them: a plausible activity whose fields are, each with some
/// chance, replaced by a wrong type or a hostile value, then possibly broken as text (cut, spliced, random bytes).
/// Conversation ids come from <paramref name="conversationIds"/>, so turns pile up on a few fuzz conversations.
/// </summary>
public static class HostileActivities
{
    private static readonly string[] Types = ["message", "message", "message", "conversationUpdate", "event", "invoke", "typing", "endOfConversation", "messageReaction", "installationUpdate", "", "MESSAGE", "x"];

    public static HostileBody Generate(Random random, IReadOnlyList<string> conversationIds, bool botFramework)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(conversationIds);
        if (random.Next(20) == 0)
        {
            var bytes = new byte[random.Next(0, random.Next(10) == 0 ? 40_000 : 400)];
            random.NextBytes(bytes);
            return new HostileBody(bytes, random.Next(2) == 0 ? "application/json" : "application/octet-stream");
        }

        var fields = new List<string>
        {
            Field(random, "type", HostileText.Quote(Types[random.Next(Types.Length)])),
            Field(random, "text", HostileText.Quote(HostileText.String(random))),
            Field(random, "locale", HostileText.Quote(random.Next(3) == 0 ? HostileText.String(random) : "da-DK")),
            Field(random, "from", $"{{\"id\":{HostileText.Quote(random.Next(4) == 0 ? HostileText.String(random) : "fuzz-user")},\"name\":{HostileText.Quote(HostileText.String(random))}}}"),
            Field(random, "recipient", "{\"id\":\"heelbot\",\"name\":\"HeelBot\"}"),
        };
        if (botFramework)
        {
            fields.Add(Field(random, "channelId", HostileText.Quote(random.Next(4) == 0 ? HostileText.String(random) : "emulator")));
            fields.Add(Field(random, "conversation", $"{{\"id\":{HostileText.Quote(conversationIds[random.Next(conversationIds.Count)])}}}"));
            fields.Add(Field(random, "deliveryMode", HostileText.Quote(random.Next(5) == 0 ? HostileText.String(random) : "expectReplies")));
            fields.Add(Field(random, "serviceUrl", HostileText.Quote(random.Next(2) == 0 ? "https://channel.example/" : HostileText.String(random))));
            fields.Add(Field(random, "id", HostileText.Quote(HostileText.String(random))));
        }

        if (random.Next(4) == 0)
        {
            var count = random.Next(4) == 0 ? random.Next(11, 2_000) : random.Next(0, 11);
            fields.Add($"\"attachments\":[{string.Join(',', Enumerable.Range(0, count).Select(_ => random.Next(3) == 0 ? HostileText.Value(random, 2) : $"{{\"contentType\":{HostileText.Quote(HostileText.String(random))},\"contentUrl\":{HostileText.Quote(HostileText.String(random))},\"content\":{HostileText.Value(random, 2)}}}"))}]");
        }

        foreach (var name in new[] { "value", "channelData", "entities", "membersAdded", "suggestedActions", "timestamp", "replyToId", "name", "valueType", "textFormat", "inputHint", "localTimestamp", HostileText.String(random) })
        {
            if (random.Next(6) == 0)
            {
                fields.Add($"{HostileText.Quote(name)}:{HostileText.Value(random)}");
            }
        }

        Shuffle(random, fields);
        var json = "{" + string.Join(',', fields.Where(f => f.Length > 0)) + "}";
        if (random.Next(10) == 0)
        {
            // Not an object at all.
            json = HostileText.Value(random);
        }

        return HostileBody.Json(random.Next(6) == 0 ? Break(random, json) : json);
    }

    /// <summary>Usually the field with its normal value; sometimes missing, or with a value of any kind.</summary>
    private static string Field(Random random, string name, string normal) => random.Next(12) switch
    {
        0 => string.Empty,
        1 => $"{HostileText.Quote(name)}:{HostileText.Value(random)}",
        _ => $"{HostileText.Quote(name)}:{normal}",
    };

    /// <summary>Text-level damage: cut short, characters dropped or inserted, a splice of two halves.</summary>
    private static string Break(Random random, string json)
    {
        if (json.Length < 2)
        {
            return json + "{";
        }

        var at = random.Next(json.Length);
        return random.Next(5) switch
        {
            0 => json[..at],
            1 => json.Remove(at, 1),
            2 => json.Insert(at, HostileText.RandomChars(random, random.Next(1, 4))),
            3 => json.Insert(at, new[] { "{", "}", "[", "]", ",", ":", "\"", "\\", "//", "/*" }[random.Next(10)]),
            _ => json[at..] + json[..at],
        };
    }

    private static void Shuffle<T>(Random random, List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
