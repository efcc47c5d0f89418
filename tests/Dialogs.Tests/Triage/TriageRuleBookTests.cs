using System.Text.RegularExpressions;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Triage;

public sealed class TriageRuleBookTests
{
    // The seed articles in shared/seeds; a rule's source must name DESIGN.md or one of these.
    private static readonly string[] SeedFiles =
    [
        "000_d330816d71e66013.txt",
        "001_f2422f980878364d.txt",
        "002_e7624829e65c09c8.txt",
        "003_9dd06d31f16b782e.txt",
        "004_bc3e6b2d87bb0466.txt",
    ];

    public static TheoryData<string> RuleIds => [.. TriageRuleBook.All.Select(rule => rule.Id)];

    [Fact]
    public void All_Ids_Unique()
    {
        TriageRuleBook.All.Select(rule => rule.Id).Should().OnlyHaveUniqueItems();
        TriageRuleBook.All.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_ContentKeys_Unique()
    {
        TriageRuleBook.All.Select(rule => rule.ContentKey).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_OrderedMostUrgentFirst()
    {
        TriageRuleBook.All.Select(rule => rule.Disposition).Should().BeInAscendingOrder();
    }

    [Fact]
    public void All_EveryDispositionHasARule()
    {
        TriageRuleBook.All.Select(rule => rule.Disposition).Distinct().Should().BeEquivalentTo(Enum.GetValues<Disposition>());
    }

    [Fact]
    public void All_EveryRedFlagHasARule()
    {
        // A red flag with no rule would fall through to self-care.
        TriageRuleBook.All.Select(rule => rule.RedFlag).Should().Contain(RedFlagIds.All);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_Id_FollowsTheNamingScheme(string id)
    {
        var rule = TriageRuleBook.Find(id)!;
        var level = rule.Disposition switch
        {
            Disposition.Emergency => "EMERG",
            Disposition.Urgent => "URGENT",
            Disposition.Doctor => "DOCTOR",
            Disposition.Clinic => "CLINIC",
            _ => "SELFCARE",
        };

        rule.Id.Should().MatchRegex($"^R-{level}(-[A-Z0-9]+)*$");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_ContentKey_IsWhyPlusLowerCaseId(string id)
    {
        var rule = TriageRuleBook.Find(id)!;

        rule.ContentKey.Should().Be("why." + id.ToLowerInvariant());
        rule.ContentKey.Should().MatchRegex("^why\\.r-[a-z0-9-]+$");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_Source_NamesOnlyDesignOrSeedFiles(string id)
    {
        var rule = TriageRuleBook.Find(id)!;
        var entries = rule.Source.Split("; ");

        entries.Should().NotBeEmpty();
        entries.Should().Contain("DESIGN.md", "every disposition rule is DESIGN.md's");
        foreach (var entry in entries)
        {
            // A seed entry may carry the seed's own reference in brackets after the file name.
            var fileName = Regex.Match(entry, "^[^ ]+").Value;
            fileName.Should().BeOneOf([.. SeedFiles, "DESIGN.md"], $"source entry '{entry}' of {id}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_VersionAndRedFlag_Valid(string id)
    {
        var rule = TriageRuleBook.Find(id)!;

        rule.Version.Should().MatchRegex("^\\d{4}\\.\\d{1,2}\\.\\d+$");
        if (rule.RedFlag is not null)
        {
            RedFlagIds.All.Should().Contain(rule.RedFlag);
        }
    }

    [Fact]
    public void Find_KnownId_ReturnsTheRule()
    {
        TriageRuleBook.Find("R-EMERG-COLDFOOT").Should().BeSameAs(TriageRuleBook.EmergencyColdFoot);
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull()
    {
        TriageRuleBook.Find("R-NOPE").Should().BeNull();
    }
}
