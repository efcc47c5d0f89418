using System.Globalization;
using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;
using HeelBot.Recognizers.Number;

namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// Reads an answer to "how old is the person?" that starts with a number: "45", "30 år", "tolv", "9 years".
/// Read without the question, "30 år" is thirty years of pain and a bare "45" is nothing at all; as the answer
/// to the age question both are the age.
/// </summary>
public static class AgeAnswer
{
    private const int OldestAge = 120;
    private const double DaysPerYear = 365.25;
    private const double DaysPerWeek = 7;

    /// <summary>
    /// The facts read from <paramref name="text"/>, corrected for an age answer: the leading number becomes the age
    /// (and decides the child flag), and a duration made of that same number is dropped. Unchanged when the text
    /// does not open with a plausible age, when the extractor already found an age, or when the number picks one of
    /// <paramref name="numberedChoices"/> numbered answers (SMS).
    /// </summary>
    public static ExtractedFacts Apply(string text, string language, ExtractedFacts extracted, int numberedChoices)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(extracted);
        if (extracted.Age is not null || LeadingNumber(text, language) is not { } number)
        {
            return extracted;
        }

        var value = number.Get<double>("value");
        var bare = !text[(number.End + 1)..].Any(char.IsLetterOrDigit);
        if (bare && value >= 1 && value <= numberedChoices)
        {
            return extracted;
        }

        var durations = extracted.Evidence.Where(e => e.Fact == "duration").ToList();
        var sameNumber = durations.Where(e => e.Start <= number.End && number.Start <= e.End).ToList();

        // "3 uger" answers another question than the one asked: a number of weeks is no age. Only years are.
        if (sameNumber.Any(e => !IsYears(e, value)))
        {
            return extracted;
        }

        var others = durations.Except(sameNumber)
            .Select(e => double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weeks) ? weeks : (double?)null)
            .Where(weeks => weeks is not null)
            .ToList();
        var age = (int)value;
        return extracted with
        {
            Age = age,
            DurationWeeks = sameNumber.Count == 0 ? extracted.DurationWeeks : others.Max(),
            Flags = new Dictionary<string, bool>(extracted.Flags) { [RedFlagIds.Child] = age < TriageRules.ChildUnderAge },
        };
    }

    /// <summary>A whole, exact number from 0 to 120 with nothing but punctuation or emoji before it.</summary>
    private static Recognizers.ModelResult? LeadingNumber(string text, string language)
    {
        var first = NumberRecognizer.RecognizeNumber(text, language).FirstOrDefault();
        if (first is null || text[..first.Start].Any(char.IsLetterOrDigit) || first.Get<bool>("approximate"))
        {
            return null;
        }

        var value = first.Get<double>("value");
        return value is >= 0 and <= OldestAge && value == Math.Floor(value) ? first : null;
    }

    private static bool IsYears(FactEvidence duration, double years) =>
        double.TryParse(duration.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var weeks)
        && Math.Abs(weeks - (years * DaysPerYear / DaysPerWeek)) <= Math.Max(1, years);
}
