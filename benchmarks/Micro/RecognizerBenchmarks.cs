using BenchmarkDotNet.Attributes;
using HeelBot.Dialogs.Understanding;
using HeelBot.Recognizers;
using HeelBot.Recognizers.Age;
using HeelBot.Recognizers.Choices;
using HeelBot.Recognizers.Duration;
using HeelBot.Recognizers.Number;

namespace HeelBot.Benchmarks;

/// <summary>
/// The recognisers on the messages a person typically sends in a triage conversation, and the free-text fact
/// extraction every message goes through.
/// </summary>
public class RecognizerBenchmarks
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static readonly Choice[] LocationChoices =
    [
        new("Under hælen", ["under", "fodsålen"]),
        new("Bag på hælen", ["bagpå", "akillessenen"]),
        new("Hele hælen eller hælpuden", ["hele", "hælpuden"]),
        new("Ved ikke"),
    ];

    private FactExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup() => _extractor = FactExtractor.LoadEmbedded();

    [Benchmark]
    public IReadOnlyList<ModelResult> NumberDanishWords() => NumberRecognizer.RecognizeNumber("det har varet i tre og en halv uge", Culture.Danish);

    [Benchmark]
    public IReadOnlyList<ModelResult> DurationDanish() => DurationRecognizer.RecognizeDuration("3 uger", Culture.Danish, Today);

    [Benchmark]
    public IReadOnlyList<ModelResult> DurationEnglishSince() => DurationRecognizer.RecognizeDuration("since the summer, so about two months", Culture.English, Today);

    [Benchmark]
    public IReadOnlyList<ModelResult> ChoiceDanishButton() => ChoiceRecognizer.RecognizeChoices("Under hælen", LocationChoices, Culture.Danish);

    [Benchmark]
    public IReadOnlyList<ModelResult> ChoiceDanishTypo() => ChoiceRecognizer.RecognizeChoices("det er vist nok bag paa hælen", LocationChoices, Culture.Danish);

    [Benchmark]
    public IReadOnlyList<ModelResult> BooleanDanishNo() => BooleanRecognizer.RecognizeBoolean("nej, ingen af dem", Culture.Danish);

    [Benchmark]
    public IReadOnlyList<ModelResult> AgeDanish() => AgeRecognizer.RecognizeAge("jeg er 45", Culture.Danish);

    [Benchmark]
    public ExtractedFacts ExtractDanishFreeText() => _extractor.Extract("har haft ondt under hælen i 3 uger, værst om morgenen, ingen feber", Culture.Danish, Today);

    [Benchmark]
    public ExtractedFacts ExtractEnglishFreeText() => _extractor.Extract("I've had pain under my heel for 3 weeks, worst in the morning, no fever", Culture.English, Today);

    [Benchmark]
    public ExtractedFacts ExtractDanishButton() => _extractor.Extract("De første skridt om morgenen", Culture.Danish, Today);
}
