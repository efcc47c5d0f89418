namespace HeelBot.LoadTool.People;

/// <summary>
/// A person talking to the reference bot, with the 5 turns its README measures: "hej", "Under hælen", "Om morgenen",
/// "3", "nej". The reference sends no <c>heelbot.turn</c> entity, so the person recognises each question by its
/// text, and is done at the advice: a message that no longer expects input and no question after it.
/// </summary>
public sealed class ReferencePerson : IPerson
{
    private static readonly (string Question, string Answer)[] Script =
    [
        ("Hvor sidder smerten", "Under hælen"),
        ("Hvornår gør det mest ondt", "Om morgenen"),
        ("Hvor mange uger", "3"),
        ("Har du feber", "nej"),
    ];

    public string Locale => "da-DK";

    public PersonStep Next(IReadOnlyList<BotReply> replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Count == 0)
        {
            return PersonStep.Say("hej");
        }

        var last = replies[^1];
        var text = last.Text ?? string.Empty;
        foreach (var (question, answer) in Script)
        {
            if (text.Contains(question, StringComparison.Ordinal))
            {
                return PersonStep.Say(answer);
            }
        }

        // The advice ends the dialog: the SDK marks a plain sendActivity "acceptingInput", a prompt "expectingInput".
        return last.InputHint != "expectingInput" && (text.Contains("Stræk", StringComparison.Ordinal) || text.Contains("Kontakt", StringComparison.Ordinal))
            ? PersonStep.Done("advice")
            : PersonStep.Fail($"unexpected reply: \"{HeelBotPerson.Shorten(text)}\"");
    }
}
