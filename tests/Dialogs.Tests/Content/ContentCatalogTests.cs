using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Tests.Content;

/// <summary>The catalog's behaviour, fed with small in-memory files so each rule is visible in the test.</summary>
public class ContentCatalogTests
{
    private const string DanishPrompts = """
        greeting: "Hej {name}, velkommen til {clinic}."
        plain: "Hvor gør det ondt?"
        """;

    private const string EnglishPrompts = """
        greeting: "Hi {name}, welcome to {clinic}."
        plain: "Where does it hurt?"
        """;

    private static string AdviceFile(string id, string title = "Titel", string reviewed = "2026-11-01") => $"""
        ---
        id: {id}
        title: "{title}"
        summary: "Kort"
        sources:
          - seed: 000_d330816d71e66013.txt
            reference: "En retningslinje"
          - seed: 002_e7624829e65c09c8.txt
        reviewed: {reviewed}
        reviewer: Test
        ---
        Første linje.

        Anden linje.
        """;

    private static ContentCatalog CreateSut(params (string Name, string Text)[] extra)
    {
        var files = new Dictionary<string, string>
        {
            ["content/da/prompts.yml"] = DanishPrompts,
            ["content/en/prompts.yml"] = EnglishPrompts,
        };
        foreach (var (name, text) in extra)
        {
            files[name] = text;
        }

        return new ContentCatalog(files.Keys, name => files.GetValueOrDefault(name));
    }

    [Fact]
    public void Text_WithArgs_FillsEveryPlaceholder()
    {
        var sut = CreateSut();

        var text = sut.Text("greeting", "da", new Dictionary<string, string> { ["name"] = "Ane", ["clinic"] = "Vejle" });

        text.Should().Be("Hej Ane, velkommen til Vejle.");
    }

    [Fact]
    public void Text_LanguageTag_UsesTheMatchingLanguage()
    {
        var sut = CreateSut();

        sut.Text("plain", "en-GB").Should().Be("Where does it hurt?");
        sut.Text("plain", "DA").Should().Be("Hvor gør det ondt?");
    }

    [Fact]
    public void Text_MissingKey_ThrowsNamingKeyAndLanguage()
    {
        var sut = CreateSut();

        var act = () => sut.Text("ask.nothing", "en");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("ask.nothing").And.Contain("'en'");
    }

    [Fact]
    public void Text_PlaceholderWithoutValue_ThrowsNamingPlaceholder()
    {
        var sut = CreateSut();

        var act = () => sut.Text("greeting", "da", new Dictionary<string, string> { ["name"] = "Ane" });

        act.Should().Throw<ArgumentException>().WithMessage("*{clinic}*");
    }

    [Fact]
    public void Text_UnsupportedLanguage_Throws()
    {
        var sut = CreateSut();

        var act = () => sut.Text("plain", "sv");

        act.Should().Throw<ArgumentException>().WithMessage("*'sv'*");
    }

    [Fact]
    public void Has_KnownAndUnknownKeys_AnswersPerLanguage()
    {
        var sut = CreateSut();

        sut.Has("plain", "da").Should().BeTrue();
        sut.Has("missing", "da").Should().BeFalse();
        sut.Has("plain", "sv").Should().BeFalse();
    }

    [Fact]
    public void Advice_FrontMatter_IsParsedIntoTheRecord()
    {
        var sut = CreateSut(("content/da/advice/offloading.md", AdviceFile("offloading", title: "Aflast hælen")));

        var section = sut.Advice("offloading", "da");

        section.Title.Should().Be("Aflast hælen");
        section.Summary.Should().Be("Kort");
        section.Language.Should().Be("da");
        section.Reviewed.Should().Be(new DateOnly(2026, 11, 1));
        section.Reviewer.Should().Be("Test");
        section.Body.Should().Be("Første linje.\n\nAnden linje.");
        section.Sources.Should().Equal(
            new ContentSource("000_d330816d71e66013.txt", "En retningslinje"),
            new ContentSource("002_e7624829e65c09c8.txt"));
    }

    [Fact]
    public void Advice_MissingSection_ThrowsNamingIdAndLanguage()
    {
        var sut = CreateSut(("content/da/advice/offloading.md", AdviceFile("offloading")));

        var act = () => sut.Advice("offloading", "en");

        act.Should().Throw<KeyNotFoundException>().Which.Message.Should().Contain("offloading").And.Contain("'en'");
    }

    [Fact]
    public void AllAdvice_SectionsLoadedInAnyOrder_ComeBackInReadingOrder()
    {
        var sut = CreateSut(
            ("content/da/advice/prevent-relapse.md", AdviceFile("prevent-relapse")),
            ("content/da/advice/exercises.md", AdviceFile("exercises")),
            ("content/da/advice/about-heel-pad.md", AdviceFile("about-heel-pad")));

        sut.AllAdvice("da").Select(section => section.Id).Should().Equal("about-heel-pad", "exercises", "prevent-relapse");
        sut.AllAdvice("en").Should().BeEmpty();
    }

    [Fact]
    public void Constructor_IdNotMatchingFileName_FailsAtLoad()
    {
        var act = () => CreateSut(("content/da/advice/exercises.md", AdviceFile("offloading")));

        act.Should().Throw<InvalidDataException>().WithMessage("*content/da/advice/exercises.md*offloading*");
    }

    [Fact]
    public void Constructor_BadReviewDate_FailsAtLoad()
    {
        var act = () => CreateSut(("content/en/advice/exercises.md", AdviceFile("exercises", reviewed: "22-11-2026")));

        act.Should().Throw<InvalidDataException>().WithMessage("*reviewed*");
    }

    [Fact]
    public void Constructor_DuplicatePromptKey_FailsAtLoad()
    {
        var act = () => CreateSut(("content/da/prompts.yml", "a: \"x\"\na: \"y\"\n"));

        act.Should().Throw<InvalidDataException>().WithMessage("*content/da/prompts.yml*");
    }

    [Fact]
    public void Constructor_PromptsInUnknownLanguageFolder_FailsAtLoad()
    {
        var act = () => CreateSut(("content/sv/prompts.yml", "a: \"x\"\n"));

        act.Should().Throw<InvalidDataException>().WithMessage("*'sv'*");
    }

    [Fact]
    public void Constructor_ReaderOnly_LoadsTheKnownFileNames()
    {
        var files = new Dictionary<string, string>
        {
            ["content/en/prompts.yml"] = EnglishPrompts,
            ["content/en/advice/exercises.md"] = AdviceFile("exercises"),
        };

        var sut = new ContentCatalog(name => files.GetValueOrDefault(name));

        sut.Text("plain", "en").Should().Be("Where does it hurt?");
        sut.Advice("exercises", "en").Id.Should().Be("exercises");
    }

    [Fact]
    public void LoadEmbedded_SelfTestOrRealPrompts_AreAvailableInBothLanguages()
    {
        var sut = ContentCatalog.LoadEmbedded();

        foreach (var language in ContentLanguage.All)
        {
            sut.Keys(language).Should().NotBeEmpty($"content/{language}/prompts.yml is embedded");
        }
    }
}
