using HeelBot.Recognizers.Phrases;

namespace HeelBot.Recognizers.Tests.Phrases;

public sealed class PhraseMatcherTests
{
    private static readonly string[] DanishFillers = ["lidt", "meget", "helt", "slet", "virkelig", "også"];

    [Theory]
    [InlineData("hæv*", "foden er hævet", "hævet")]
    [InlineData("hæv*", "der er en hævelse", "hævelse")]
    [InlineData("hæv*", "den hæver op", "hæver")]
    [InlineData("kan ikke gå", "jeg kan slet ikke gå", "kan slet ikke gå")]
    [InlineData("kan ikke støtte på", "kan ikke støtte på den", "kan ikke støtte på")]
    [InlineData("ondt om natten", "ondt om natten", "ondt om natten")]
    [InlineData("ondt om natten", "ondt om nattn", "ondt om nattn")]
    [InlineData("ondt ... natten", "ondt i hælen om natten", "ondt i hælen om natten")]
    [InlineData("*smerte*", "nattesmerter", "nattesmerter")]
    [InlineData("*svulm* [op]", "den er svulmet op", "svulmet op")]
    [InlineData("*svulm* [op]", "foden er opsvulmet", "opsvulmet")]
    [InlineData("=rød", "den er RØD", "RØD")]
    [InlineData("# grader", "39 grader", "39 grader")]
    [InlineData("# grader", "næsten fyrre grader", "fyrre grader")]
    [InlineData("39 °", "39° feber", "39°")]
    [InlineData("[helt] følelsesløs", "følelsesløs", "følelsesløs")]
    [InlineData("under hælen|foden", "under foden", "under foden")]
    [InlineData("feber", "FEBERRR!!!", "FEBERRR")]
    [InlineData("ondt om natten", "ondt 😭 om natten", "ondt 😭 om natten")]
    public void FindAll_Pattern_MatchesText(string pattern, string text, string expected)
    {
        var matcher = new PhraseMatcher<string>(Culture.Danish, DanishFillers);
        matcher.Add("x", pattern);

        var match = matcher.FindAll(text).Should().ContainSingle().Subject;

        text[match.Start..(match.End + 1)].Should().Be(expected);
    }

    [Theory]
    [InlineData("kan ikke gå", "kan ikke, gå")]
    [InlineData("=rød", "rødt")]
    [InlineData("varm", "arm")]
    [InlineData("ondt om natten", "ondt om morgenen")]
    [InlineData("kan ikke gå", "kan godt gå")]
    [InlineData("hæv*", "ondt")]
    public void FindAll_NonMatchingText_NoMatch(string pattern, string text)
    {
        var matcher = new PhraseMatcher<string>(Culture.Danish, DanishFillers);
        matcher.Add("x", pattern);

        matcher.FindAll(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("... feber")]
    [InlineData("[feber]")]
    [InlineData("feber ...")]
    [InlineData("[feb[er]]")]
    public void Parse_BadPattern_Throws(string pattern) =>
        FluentActions.Invoking(() => PhrasePattern.Parse(pattern)).Should().Throw<FormatException>();

    [Fact]
    public void FindAll_SeveralKeys_ReportsEachWithTokenSpan()
    {
        var matcher = new PhraseMatcher<string>(Culture.English, ["really", "very"]);
        matcher.Add("swelling", "swollen|swelling");
        matcher.Add("night", "at night");

        var matches = matcher.FindAll("It is very swollen and hurts at night");

        matches.Select(m => m.Key).Should().Equal("swelling", "night");
        matches[1].TokenLength.Should().Be(2);
    }

    [Theory]
    [InlineData("skyder", "ingen skader", false)]
    [InlineData("skyder", "det skyder op i benet", true)]
    [InlineData("skyder", "det skyyyder", true)]
    public void FindAll_KnownWord_NeverATypo(string pattern, string text, bool found)
    {
        var matcher = new PhraseMatcher<string>(Culture.Danish, DanishFillers, knownWords: ["skader"]);
        matcher.Add("x", pattern);

        matcher.FindAll(text).Should().HaveCount(found ? 1 : 0);
    }

    [Theory]
    [InlineData("kan ikke gå", "jeg kan ikk gå")]
    [InlineData("kan ikke gå", "kan ikek gå")]
    public void FindAll_Misspelling_ReadAsItsWord(string pattern, string text)
    {
        var matcher = new PhraseMatcher<string>(Culture.Danish, DanishFillers, spellings: [KeyValuePair.Create("ikk", "ikke"), KeyValuePair.Create("ikek", "ikke")]);
        matcher.Add("x", pattern);

        matcher.FindAll(text).Should().ContainSingle();
    }
}
