using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Tests.Content;

/// <summary>
/// Guards content/da/prompts.yml and content/en/prompts.yml against drifting apart: the same keys,
/// and the same placeholders in each key, so switching language never breaks a message.
/// </summary>
public class PromptParityTests
{
    private static readonly Lazy<ContentCatalog> Catalog = new(ContentCatalog.LoadEmbedded);

    [Fact]
    public void Keys_Danish_AllExistInEnglish()
    {
        Catalog.Value.Keys(ContentLanguage.Danish).Should().NotBeEmpty();
        Catalog.Value.Keys(ContentLanguage.Danish).Except(Catalog.Value.Keys(ContentLanguage.English))
            .Should().BeEmpty("every Danish prompt key needs an English text");
    }

    [Fact]
    public void Keys_English_AllExistInDanish()
    {
        Catalog.Value.Keys(ContentLanguage.English).Should().NotBeEmpty();
        Catalog.Value.Keys(ContentLanguage.English).Except(Catalog.Value.Keys(ContentLanguage.Danish))
            .Should().BeEmpty("every English prompt key needs a Danish text");
    }

    [Fact]
    public void Placeholders_EveryKey_SameSetInBothLanguages()
    {
        var mismatches = Catalog.Value.Keys(ContentLanguage.Danish)
            .Intersect(Catalog.Value.Keys(ContentLanguage.English))
            .Select(key => (
                Key: key,
                Da: PromptTemplate.Placeholders(Catalog.Value.Template(key, ContentLanguage.Danish)).Order().ToList(),
                En: PromptTemplate.Placeholders(Catalog.Value.Template(key, ContentLanguage.English)).Order().ToList()))
            .Where(entry => !entry.Da.SequenceEqual(entry.En))
            .Select(entry => $"{entry.Key}: da {{{string.Join(",", entry.Da)}}} vs en {{{string.Join(",", entry.En)}}}")
            .ToList();

        mismatches.Should().BeEmpty();
    }

    [Fact]
    public void Placeholders_TemplateWithRepeatsAndProse_ReturnsDistinctNamesInOrder()
    {
        PromptTemplate.Placeholders("Ring {phone} ({region}), og igen {phone}. {1} og { x } er ikke pladsholdere.")
            .Should().Equal("phone", "region");
    }
}
