namespace HeelBot.LoadTool.People;

/// <summary>
/// One kind of person talking to HeelBot: how they open, what they answer to each slot the bot asks for
/// (DESIGN.md's <c>asks</c> values), and the disposition their facts lead to.
/// </summary>
/// <param name="Name">Short id for reports.</param>
/// <param name="Locale">The activity locale.</param>
/// <param name="Opening">The first message.</param>
/// <param name="OpeningIsGreeting">A greeting carries no facts: a person who is already being asked a question answers it instead.</param>
/// <param name="Answers">Answer per slot; <c>redflag.*</c> slots (one flag or sign, yes/no) use the <c>redflag</c> key.</param>
/// <param name="ExpectedDisposition">Where the facts lead; another disposition counts as an error.</param>
public sealed record ConversationShape(
    string Name,
    string Locale,
    string Opening,
    bool OpeningIsGreeting,
    IReadOnlyDictionary<string, string> Answers,
    string ExpectedDisposition)
{
    /// <summary>The answer for a slot, or null when this person has none (an unexpected question).</summary>
    public string? AnswerFor(string asks) =>
        Answers.TryGetValue(asks, out var answer) ? answer
        : asks.StartsWith("redflag.", StringComparison.Ordinal) && Answers.TryGetValue("redflag", out var no) ? no
        : null;
}
