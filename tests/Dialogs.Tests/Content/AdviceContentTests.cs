using System.Text.RegularExpressions;
using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Tests.Content;

/// <summary>
/// Checks the real advice files as embedded in HeelBot.Dialogs: complete in both languages, traceable
/// to a seed, reviewed, chat-sized, in the right language, and free of diagnosis language.
/// </summary>
public partial class AdviceContentTests
{
    // Review dates are compared with a fixed day, not the clock, so the suite gives the same answer on any day.
    private static readonly DateOnly ReviewedNoLaterThan = new(2026, 11, 22);

    private const int MinWords = 80;
    private const int MaxWords = 170;
    private const int MaxSummaryLength = 60;

    // Common English words that never begin a line of Danish prose ("to", "is", "for" are Danish words too).
    private static readonly HashSet<string> EnglishOnlyWords =
    [
        "the", "and", "you", "your", "if", "this", "with", "when", "what", "it", "its", "of", "are", "keep",
        "try", "use", "do", "don", "avoid", "take", "most", "many", "some",
    ];

    private static readonly Lazy<ContentCatalog> Catalog = new(ContentCatalog.LoadEmbedded);

    public static TheoryData<string, string> Sections()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in ContentLanguage.All)
        {
            foreach (var id in AdviceSectionIds.All)
            {
                data.Add(id, language);
            }
        }

        return data;
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in AdviceSectionIds.All)
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string, string> AboutSections()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in ContentLanguage.All)
        {
            foreach (var id in AdviceSectionIds.All.Where(id => id.StartsWith("about-", StringComparison.Ordinal)))
            {
                data.Add(id, language);
            }
        }

        return data;
    }

    [Fact]
    public void AllAdvice_EachLanguage_HasExactlyTheFixedIdsInOrder()
    {
        foreach (var language in ContentLanguage.All)
        {
            Catalog.Value.AllAdvice(language).Select(section => section.Id)
                .Should().Equal(AdviceSectionIds.All, $"content/{language}/advice/ must hold one file per section id");
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EverySection_HasTitleSummaryAndBody(string id, string language)
    {
        var section = Catalog.Value.Advice(id, language);

        section.Id.Should().Be(id);
        section.Language.Should().Be(language);
        section.Title.Should().NotBeNullOrWhiteSpace();
        section.Summary.Should().NotBeNullOrWhiteSpace();
        section.Summary.Length.Should().BeLessThanOrEqualTo(MaxSummaryLength, "the summary is a button/teaser text");
        section.Body.Should().NotBeNullOrWhiteSpace();
        section.Reviewer.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EverySection_CitesSeedFilesThatExist(string id, string language)
    {
        var section = Catalog.Value.Advice(id, language);
        var seeds = RepositoryPaths.SeedsFolder;

        section.Sources.Should().NotBeEmpty();
        foreach (var source in section.Sources)
        {
            File.Exists(Path.Combine(seeds, source.Seed)).Should().BeTrue($"{id} ({language}) cites seed '{source.Seed}'");
            source.Reference.Should().NotBe(string.Empty);
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EverySection_CitesTheSameSourcesInBothLanguages(string id, string language)
    {
        var other = language == ContentLanguage.Danish ? ContentLanguage.English : ContentLanguage.Danish;

        Catalog.Value.Advice(id, language).Sources.Select(source => source.Seed)
            .Should().Equal(Catalog.Value.Advice(id, other).Sources.Select(source => source.Seed));
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EverySection_ReviewedNotAfterTheFixedDate(string id, string language)
    {
        Catalog.Value.Advice(id, language).Reviewed.Should().BeOnOrBefore(ReviewedNoLaterThan);
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EveryBody_IsChatMessageLength(string id, string language)
    {
        var words = TextWords.Count(Catalog.Value.Advice(id, language).Body);

        words.Should().BeInRange(MinWords, MaxWords, $"{id} ({language}) is one chat message");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Advice_DanishBody_IsDanish(string id)
    {
        var body = Catalog.Value.Advice(id, ContentLanguage.Danish).Body;

        body.Should().MatchRegex("[æøåÆØÅ]", "Danish text is written with æ, ø and å");
        var lines = body.Split('\n').Where(line => !string.IsNullOrWhiteSpace(line));
        lines.Select(TextWords.FirstWord).OfType<string>()
            .Should().NotContain(word => EnglishOnlyWords.Contains(word), $"{id} should have no English lines");
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Advice_EnglishText_HasNoDanishLetters(string id)
    {
        var section = Catalog.Value.Advice(id, ContentLanguage.English);

        (section.Title + section.Summary + section.Body).Should().NotMatchRegex("[æøåÆØÅ]");
    }

    [Theory]
    [MemberData(nameof(AboutSections))]
    public void Advice_AboutSection_SaysItIsNotADiagnosis(string id, string language)
    {
        var body = Catalog.Value.Advice(id, language).Body.ToLowerInvariant();

        if (language == ContentLanguage.Danish)
        {
            body.Should().Contain("generel information").And.Contain("ikke en diagnose");
        }
        else
        {
            body.Should().Contain("general information").And.Contain("not a diagnosis");
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EveryBody_UsesNoDiagnosisLanguage(string id, string language)
    {
        var body = Catalog.Value.Advice(id, language).Body;

        DiagnosisLanguage().IsMatch(body).Should().BeFalse($"{id} ({language}) must not tell the person what they have");
    }

    [Fact]
    public void LoadEmbedded_ContentFolder_LoadsTheSameAdvice()
    {
        var fromFolder = new ContentCatalog(RepositoryPaths.ContentFolder);

        foreach (var language in ContentLanguage.All)
        {
            fromFolder.AllAdvice(language).Should().BeEquivalentTo(
                Catalog.Value.AllAdvice(language),
                "the build must embed exactly what content/ holds");
        }
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Advice_EveryBody_CopiesNoEightWordRunFromTheSeeds(string id, string language)
    {
        var body = TextWords.Tokens(Catalog.Value.Advice(id, language).Body);

        var copied = TextWords.Runs(body, SeedRuns.RunLength).Where(SeedRuns.All.Contains).ToList();

        copied.Should().BeEmpty($"{id} ({language}) must be written in our own words");
    }

    [Fact]
    public void CopyCheck_RunTakenFromASeed_IsDetected()
    {
        // Guards the guard: if tokenising ever drifted apart for seeds and bodies, the no-copy test would pass vacuously.
        var seed = File.ReadAllText(Directory.GetFiles(RepositoryPaths.SeedsFolder, "*.txt").Order().First());
        var copied = "**" + string.Join(" ", seed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(40)) + "**";

        TextWords.Runs(TextWords.Tokens(copied), SeedRuns.RunLength).Where(SeedRuns.All.Contains).Should().NotBeEmpty();
    }

    [Fact]
    public void DiagnosisCheck_DiagnosingSentence_IsDetected()
    {
        DiagnosisLanguage().IsMatch("Du har helt sikkert plantar fasciitis.").Should().BeTrue();
        DiagnosisLanguage().IsMatch("It is often the plantar fascia that is overloaded.").Should().BeFalse();
    }

    [GeneratedRegex(
        @"\b(du har|du lider af|you have|you've got|you are suffering from)\b[^.!?\n]{0,30}\b(plantar|fasciitis|hælspore|heel spur|bursitis|akilles|achilles|tendinopati|tendinopathy|stressfraktur|stress fracture|gigt|arthritis)",
        RegexOptions.IgnoreCase)]
    private static partial Regex DiagnosisLanguage();
}
