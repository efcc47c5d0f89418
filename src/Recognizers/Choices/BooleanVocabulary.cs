using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Choices;

/// <summary>Yes, no and "not sure" in one culture. Danes answer in English often enough ("ok", "nope") to list both.</summary>
internal sealed class BooleanVocabulary
{
    public required PhraseTable<bool> Answers { get; init; }

    /// <summary>Answers that only count when they are (nearly) the whole message: "ikke", "n", "y".</summary>
    public required PhraseTable<bool> ShortAnswers { get; init; }

    /// <summary>Words that make an answer unclear: "måske", "ved ikke", "maybe", "not sure".</summary>
    public required PhraseTable<bool> Unsure { get; init; }

    public static BooleanVocabulary For(string culture) => Culture.Normalize(culture) == Culture.English ? English : Danish;

    private static readonly string[] SharedYes = ["yes", "yeah", "yep", "yup", "ok", "okay", "oki", "okey", "okej", "sure", "yess", "yse", "jep"];
    private static readonly string[] SharedNo = ["no", "nope", "nah", "nej", "nix"];

    public static readonly BooleanVocabulary Danish = new()
    {
        Answers = Table(
            ["ja", "jo", "jep", "jeps", "jah", "jaja", "jada", "ja da", "jamen ja", "javel", "jov", "jepper", "yes", "ja tak",
             "ja gerne", "gerne", "meget gerne", "ja bestemt", "bestemt", "absolut", "helt sikkert", "sikkert", "selvfølgelig",
             "selvfølgeligt", "klart", "korrekt", "rigtigt", "det er rigtigt", "præcis", "netop", "fint", "det gør jeg",
             "det har jeg", "det er det", "det gør det", "det er den", "det har jeg haft", "nogle gange", "af og til",
             "indimellem", "sommetider", "en gang imellem", .. SharedYes],
            ["nej", "nej tak", "næ", "næh", "nææ", "nej da", "nej nej", "nope", "nix", "niks", "ikke rigtig", "ikke rigtigt",
             "slet ikke", "overhovedet ikke", "absolut ikke", "bestemt ikke", "ingen af dem", "ingen af delene", "ingen af de ting",
             "ingen", "intet", "ikke noget", "intet af det", "aldrig", "det har jeg ikke", "det gør jeg ikke", "det er det ikke",
             "det gør det ikke", "det er den ikke", "har jeg ikke", "gør jeg ikke", "nje", "nei", .. SharedNo]),
        ShortAnswers = Table(["y", "j", "ok"], ["ikke", "n", "ik"]),
        Unsure = new PhraseTable<bool>(new[]
        {
            "måske", "muligvis", "tror", "tror det", "tror ikke", "ved ikke", "ved det ikke", "det ved jeg ikke", "ved ik",
            "ikke sikker", "ikke helt sikker", "usikker", "er i tvivl", "i tvivl", "nogenlunde", "vist", "kan ikke huske",
            "kan ikke sige", "svært at sige", "maybe", "not sure", "idk", "dunno", "don't know",
        }.Select(p => (p, true))),
    };

    public static readonly BooleanVocabulary English = new()
    {
        Answers = Table(
            ["yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yess", "yse", "ye", "sure", "ok", "okay", "k", "of course",
             "definitely", "absolutely", "correct", "that's right", "thats right", "i do", "it is", "it does", "i have",
             "i am", "it has", "yes please", "certainly", "indeed", "affirmative", "sometimes", "now and then",
             "on and off", "ja"],
            ["no", "nope", "nah", "nay", "noo", "no thanks", "no thank you", "not really", "not at all", "never", "none",
             "none of them", "none of those", "none of these", "nothing", "nothing like that", "i don't", "i do not", "it isn't",
             "it is not", "it doesn't", "it does not", "i haven't", "i have not", "i'm not", "negative", "nej", "nop"]),
        ShortAnswers = Table(["y", "right", "true", "please"], ["n", "not", "false"]),
        Unsure = new PhraseTable<bool>(new[]
        {
            "maybe", "perhaps", "possibly", "probably", "not sure", "unsure", "don't know", "dont know", "do not know", "idk",
            "dunno", "no idea", "kind of", "kinda", "sort of", "i think", "i guess",
            "can't remember", "cant tell", "can't tell", "hard to say", "not certain",
        }.Select(p => (p, true))),
    };

    private static PhraseTable<bool> Table(IEnumerable<string> yes, IEnumerable<string> no) =>
        new(yes.Select(p => (p, true)).Concat(no.Select(p => (p, false))));
}
