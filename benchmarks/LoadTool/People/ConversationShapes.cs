namespace HeelBot.LoadTool.People;

/// <summary>
/// The people the load tool plays, Danish and English, step by step and all-in-one-message. Each conversation
/// takes the next shape in turn, so every window mixes them evenly.
/// </summary>
public static class ConversationShapes
{
    private static readonly Dictionary<string, string> DanishCommon = new(StringComparer.Ordinal)
    {
        ["consent"] = "ja",
        ["location"] = "Under hælen",
        ["timing"] = "De første skridt om morgenen",
        ["duration"] = "3 uger",
        ["age"] = "16 år eller ældre",
        ["redflags"] = "nej, ingen af dem",
        ["redflag"] = "nej",
        ["activity"] = "Jeg løber eller dyrker sport",
    };

    private static readonly Dictionary<string, string> EnglishCommon = new(StringComparer.Ordinal)
    {
        ["consent"] = "yes",
        ["location"] = "Under the heel",
        ["timing"] = "First steps in the morning",
        ["duration"] = "3 weeks",
        ["age"] = "16 or older",
        ["redflags"] = "no, none of them",
        ["redflag"] = "no",
        ["activity"] = "I run or play sport",
    };

    /// <summary>"hej", then each question answered with its button: a runner with morning pain under the heel for 3 weeks.</summary>
    public static readonly ConversationShape DanishSteps = new(
        "da-steps", "da-DK", "hej", OpeningIsGreeting: true, DanishCommon, "selfcare");

    /// <summary>Location, duration, timing and a denied fever in the first message; a nurse on her feet all day.</summary>
    public static readonly ConversationShape DanishFreeText = new(
        "da-freetext", "da-DK", "har haft ondt under hælen i 3 uger, værst om morgenen, ingen feber", OpeningIsGreeting: false,
        With(DanishCommon, ("age", "jeg er 45"), ("redflags", "nej"), ("activity", "jeg står op hele dagen, jeg er sygeplejerske")),
        "selfcare");

    /// <summary>"hi", then answers: back of the heel when running, for about two months, so a clinic.</summary>
    public static readonly ConversationShape EnglishSteps = new(
        "en-steps", "en-GB", "hi", OpeningIsGreeting: true,
        With(EnglishCommon, ("location", "Back of the heel"), ("timing", "When I walk or run"), ("duration", "about two months")),
        "clinic");

    /// <summary>Location, duration, timing and a denied fever in the first message, in English.</summary>
    public static readonly ConversationShape EnglishFreeText = new(
        "en-freetext", "en-GB", "I've had pain under my heel for 3 weeks, worst in the morning, no fever", OpeningIsGreeting: false,
        With(EnglishCommon, ("age", "I'm 52"), ("activity", "I'm a nurse so on my feet all day")),
        "selfcare");

    public static IReadOnlyList<ConversationShape> All { get; } = [DanishSteps, DanishFreeText, EnglishSteps, EnglishFreeText];

    /// <summary>The shape of conversation number <paramref name="index"/>.</summary>
    public static ConversationShape For(long index) => All[(int)(index % All.Count)];

    private static Dictionary<string, string> With(Dictionary<string, string> common, params (string Slot, string Answer)[] changes)
    {
        var answers = new Dictionary<string, string>(common, StringComparer.Ordinal);
        foreach (var (slot, answer) in changes)
        {
            answers[slot] = answer;
        }

        return answers;
    }
}
