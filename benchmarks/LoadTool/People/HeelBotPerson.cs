namespace HeelBot.LoadTool.People;

/// <summary>
/// A person talking to HeelBot: answers whatever slot the last reply's <c>heelbot.turn</c> entity asks for and is
/// done once a reply carries a disposition. A reply without the entity, a question the person has no answer to,
/// or the same question three times over is a failure (the contract in DESIGN.md says the entity is always true).
/// </summary>
public sealed class HeelBotPerson(ConversationShape shape) : IPerson
{
    private const int MaxSameQuestion = 3;
    private readonly Dictionary<string, int> _asked = new(StringComparer.Ordinal);
    private bool _hasSpoken;

    public string Locale => shape.Locale;

    public ConversationShape Shape => shape;

    public PersonStep Next(IReadOnlyList<BotReply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0)
        {
            return Open();
        }

        if (replies.FirstOrDefault(r => !r.HasTurnEntity) is { } bare)
        {
            return PersonStep.Fail($"a reply without a heelbot.turn entity: \"{Shorten(bare.Text)}\"");
        }

        if (replies.LastOrDefault(r => r.Disposition is not null) is { Disposition: { } disposition })
        {
            return disposition == shape.ExpectedDisposition
                ? PersonStep.Done(disposition)
                : PersonStep.Fail($"{shape.Name} reached '{disposition}', expected '{shape.ExpectedDisposition}'");
        }

        var asks = replies.LastOrDefault(r => r.Asks is not null)?.Asks;
        if (asks is null)
        {
            return PersonStep.Fail($"the turn ends with neither a question nor a disposition: \"{Shorten(replies[^1].Text)}\"");
        }

        // Over Direct Line the bot welcomes and asks before the person has said anything.
        if (!_hasSpoken && !shape.OpeningIsGreeting)
        {
            return Open();
        }

        _hasSpoken = true;
        var times = _asked[asks] = _asked.GetValueOrDefault(asks) + 1;
        if (times >= MaxSameQuestion)
        {
            return PersonStep.Fail($"asked for '{asks}' {times} times");
        }

        return shape.AnswerFor(asks) is { } answer ? PersonStep.Say(answer) : PersonStep.Fail($"unexpected question '{asks}'");
    }

    private PersonStep Open()
    {
        _hasSpoken = true;
        return PersonStep.Say(shape.Opening);
    }

    internal static string Shorten(string? text) => text is null ? "" : text.Length <= 80 ? text : text[..80] + "…";
}
