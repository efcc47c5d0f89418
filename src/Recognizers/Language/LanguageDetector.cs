using HeelBot.Recognizers.Normalization;

namespace HeelBot.Recognizers.Language;

/// <summary>
/// Tells Danish from English by evidence in the words: the letters æ, ø, å and words only one of the languages uses
/// ("jeg", "ikke", "hælen" against "the", "my", "heel"). Words both languages share ("i", "ok", "under", "is") and
/// numbers and emoji give no evidence, so short or ambiguous messages ("ok", "3", "👍") return null and the caller
/// keeps the conversation's language.
/// </summary>
public static class LanguageDetector
{
    /// <summary>Less evidence than this (about two distinctive words) is too little to switch language on.</summary>
    private const double MinimumEvidence = 1.5;

    private static readonly WordTable<double> Danish = Weights(
        (2.0, "jeg ikke og det er har en et på med til af den min mit mine hælen hæl foden fod ondt hej tak nej ja jo også meget lidt efter uger uge måneder måned når om morgenen morgen natten gør kan man der som så skal vil mig mere sidder står går løber hvad hvor hvordan hvorfor hvis noget nogle godt være været ved hele bag smerter smerte fordi"),
        (1.5, "jep nå næ altså bare ingen mand kone datter søn barn hævet feber rød varm sår gerne okay dag dage år siden lige"));

    private static readonly WordTable<double> English = Weights(
        (2.0, "the my me and have has it's its it is was with when what how why where this that not don't doesn't i'm i've heel foot pain hurts hurt yes yeah hello hi thanks thank please weeks week months month morning night walking running sitting standing can't been about after really very because of to from your you"),
        (1.5, "yep nope nah sure no none of swollen fever red warm wound son daughter wife husband child days day years since ago"));

    /// <summary>
    /// Answers and greetings both languages borrow ("ja", "yes", "nope", "ok", "tak", "hej"): a Dane answers "yes" and an
    /// English speaker may greet with "hej". On their own they are no reason to change the conversation's language.
    /// </summary>
    private static readonly WordTable<bool> Borrowed = new(
        "ja jo jep jeps nej næ nope nah nix yes yeah yep yup no ok okay oki tak thanks thx hej hi hello hey sure"
            .Split(' ').Select(w => KeyValuePair.Create(w, true)));

    /// <summary>The likelier language, or null when the text gives too little evidence either way.</summary>
    public static DetectedLanguage? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var danish = 0.0;
        var english = 0.0;
        var onlyBorrowed = true;
        foreach (var token in Tokenizer.Tokenize(text).Where(t => t.IsWord))
        {
            var lower = token.Text.ToLowerInvariant();

            // The Danish letters are the strongest single sign; a Dane typing "ae"/"oe" is caught by the word lists.
            if (lower.AsSpan().IndexOfAny("æøå") >= 0)
            {
                danish += 2.5;
                onlyBorrowed = false;
                continue;
            }

            var da = Danish.TryGet(token.Form, out var daWeight) ? daWeight : 0;
            var en = English.TryGet(token.Form, out var enWeight) ? enWeight : 0;
            danish += da;
            english += en;
            onlyBorrowed &= (da == 0 && en == 0) || Borrowed.Contains(token.Form);
        }

        var evidence = Math.Abs(danish - english);
        if (evidence < MinimumEvidence || onlyBorrowed)
        {
            return null;
        }

        var confidence = Math.Round(0.5 + (0.5 * evidence / (danish + english + 1.0)), 3);
        return new DetectedLanguage(danish > english ? Culture.Danish : Culture.English, confidence);
    }

    private static WordTable<double> Weights(params (double Weight, string Words)[] groups)
    {
        var table = new WordTable<double>();
        foreach (var (weight, words) in groups)
        {
            foreach (var word in words.Split(' '))
            {
                table.Add(word, weight);
            }
        }

        return table;
    }
}
