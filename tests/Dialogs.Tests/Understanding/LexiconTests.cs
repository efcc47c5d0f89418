using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Understanding;

public sealed class LexiconTests
{
    [Fact]
    public void LoadEmbedded_BothLanguages_Loaded() =>
        Extractor.Instance.Languages.Should().BeEquivalentTo(["da", "en"]);

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void LoadEmbedded_EveryAskedRedFlag_HasPhrases(string language)
    {
        var lexicon = Lexicon(language);

        foreach (var id in RedFlagIds.All)
        {
            lexicon.Entries.Should().Contain(e => e.Shows.Contains(id), $"the {language} lexicon must be able to find {id}");
        }
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void LoadEmbedded_EveryLocationAndTiming_HasPhrases(string language)
    {
        var lexicon = Lexicon(language);

        lexicon.Entries.Where(e => e.Group == LexiconGroup.Location).Select(e => e.Target)
            .Should().BeEquivalentTo(["under", "behind", "whole", "pad", "unsure"]);
        lexicon.Entries.Where(e => e.Group == LexiconGroup.Timing).Select(e => e.Target)
            .Should().BeEquivalentTo(["morning", "activity", "after_activity", "rest", "constant"]);
    }

    [Theory]
    [InlineData("language: da\nflags:\n  infecton: [feber]", "unknown red flag")]
    [InlineData("language: da\nlocation:\n  under: [\"under [hæl\"]", "Bad optional word")]
    [InlineData("language: da\nlocation:\n  beneath: [under]", "unknown location")]
    [InlineData("language: da\nflags:\n  infection:\n    - name: x\n      phrase: [feber]", "unknown key")]
    [InlineData("language: da\ncombine:\n  - id: infection\n    all: [nothing]", "no entry has")]
    [InlineData("language: da\nmystery: []", "unknown section")]
    [InlineData("language: da\nflags: [oops", "line")]
    [InlineData("language: da\nspellings: [ikk]", "spellings")]
    [InlineData("language: da\npain_words: [\"ondt [i\"]", "Bad optional word")]
    public void Parse_Mistake_ThrowsNamingFileAndProblem(string yaml, string problem) =>
        FluentActions.Invoking(() => HeelBot.Dialogs.Understanding.Lexicon.Parse(yaml, "test.yml"))
            .Should().Throw<FormatException>().WithMessage($"*test.yml*{problem}*");

    [Fact]
    public void Parse_SmallLexicon_UsedByExtractor()
    {
        var lexicon = HeelBot.Dialogs.Understanding.Lexicon.Parse(
            "language: da\nflags:\n  trauma:\n    - name: fall\n      deny: [trauma]\n      phrases: [\"styrtede\"]\n", "mini.yml");
        var extractor = new FactExtractor([lexicon]);

        extractor.Extract("jeg styrtede på cyklen", "da", Extractor.Today).Flags.Should().Contain(RedFlagIds.Trauma, true);
        extractor.Extract("jeg styrtede ikke", "da", Extractor.Today).Flags.Should().Contain(RedFlagIds.Trauma, false);
    }

    [Fact]
    public void Parse_MarkersKnownWordsAndSpellings_UsedByExtractor()
    {
        const string yaml = "language: da\nknown_words: [skader]\nspellings:\n  ikke: [ikk]\n" +
            "pain_words: [ondt]\nother_things: [\"=sår\"]\n" +
            "location:\n  under: [\"under foden\"]\n  behind: [\"bag på hælen\"]\n" +
            "flags:\n  neuro:\n    - name: nerve\n      deny: [neuro]\n      phrases: [skyder]\n" +
            "  sign.cannot_bear_weight:\n    - name: walk\n      phrases: [\"kan ikke gå\"]\n";
        var extractor = new FactExtractor([HeelBot.Dialogs.Understanding.Lexicon.Parse(yaml, "mini.yml")]);

        extractor.Extract("ingen skader", "da", Extractor.Today).Flags.Should().NotContainKey(RedFlagIds.Neuro);
        extractor.Extract("jeg kan ikk gå", "da", Extractor.Today).Flags.Should().Contain(SignIds.CannotBearWeight, true);
        extractor.Extract("ondt bag på hælen og et sår under foden", "da", Extractor.Today).Location.Should().Be(HeelLocation.Behind);
    }

    [Fact]
    public void Constructor_NoDanish_Throws() =>
        FluentActions.Invoking(() => new FactExtractor([HeelBot.Dialogs.Understanding.Lexicon.Parse("language: en\n", "en.yml")]))
            .Should().Throw<ArgumentException>();

    private static HeelBot.Dialogs.Understanding.Lexicon Lexicon(string language)
    {
        var assembly = typeof(FactExtractor).Assembly;
        using var stream = assembly.GetManifestResourceStream($"content/lexicon/{language}.yml")!;
        using var reader = new StreamReader(stream);
        return HeelBot.Dialogs.Understanding.Lexicon.Parse(reader.ReadToEnd(), language);
    }
}
