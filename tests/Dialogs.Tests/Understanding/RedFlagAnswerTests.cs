using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Understanding;

public sealed class RedFlagAnswerTests
{
    [Theory]
    [InlineData("nej", "da")]
    [InlineData("Nej.", "da")]
    [InlineData("nej, ingen af dem", "da")]
    [InlineData("ingen af dem", "da")]
    [InlineData("ingen", "da")]
    [InlineData("nej tak, intet af det", "da")]
    [InlineData("næ", "da")]
    [InlineData("nope", "da")]
    [InlineData("👎", "da")]
    [InlineData("ikke noget af det", "da")]
    [InlineData("none of those", "en")]
    [InlineData("nope none", "en")]
    [InlineData("no", "en")]
    [InlineData("none", "en")]
    [InlineData("nothing like that", "en")]
    [InlineData("nej ikke noget af det", "da")]
    [InlineData("ingen af delene", "da")]
    [InlineData("no to all", "en")]
    public void ParseRedFlagAnswer_DeniesAll_DeniesAllAndNothingPresent(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.DeniesAll.Should().BeTrue();
        answer.Present.Should().BeEmpty();
        answer.BareYes.Should().BeFalse();
    }

    [Theory]
    [InlineData("ja", "da")]
    [InlineData("jep", "da")]
    [InlineData("ja desværre", "da")]
    [InlineData("yes", "en")]
    [InlineData("yeah", "en")]
    [InlineData("👍", "en")]
    public void ParseRedFlagAnswer_BareYes_AsksWhich(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.BareYes.Should().BeTrue();
        answer.DeniesAll.Should().BeFalse();
        answer.Present.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ja, feber", "da", RedFlagIds.Infection)]
    [InlineData("jeg har diabetes", "da", RedFlagIds.Diabetes)]
    [InlineData("det prikker og snurrer", "da", RedFlagIds.Neuro)]
    [InlineData("ondt om natten", "da", RedFlagIds.RestPain)]
    [InlineData("yes, I fell last week", "en", RedFlagIds.Trauma)]
    [InlineData("numbness", "en", RedFlagIds.Neuro)]
    public void ParseRedFlagAnswer_NamesFlag_Present(string text, string language, string id)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.Present.Should().Contain(id);
        answer.BareYes.Should().BeFalse();
    }

    [Fact]
    public void ParseRedFlagAnswer_NoButOne_DeniesRestKeepsOne()
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer("nej, men jeg har lidt feber", "da", Extractor.Today);

        answer.DeniesAll.Should().BeTrue();
        answer.Present.Should().Contain([RedFlagIds.Infection, SignIds.Fever]);
    }

    [Fact]
    public void ParseRedFlagAnswer_NoButHedge_UnclearKept()
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer("nej, måske lidt hævet", "da", Extractor.Today);

        answer.DeniesAll.Should().BeTrue();
        answer.Unclear.Should().Contain(RedFlagIds.Infection);
        answer.Present.Should().NotContain(RedFlagIds.Infection);
    }

    [Theory]
    [InlineData("ved ikke", "da")]
    [InlineData("det ved jeg ikke", "da")]
    [InlineData("not sure", "en")]
    public void ParseRedFlagAnswer_Unsure_EveryFlagUnclear(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.Unclear.Should().BeEquivalentTo(RedFlagIds.Asked);
        answer.DeniesAll.Should().BeFalse();
        answer.BareYes.Should().BeFalse();
    }

    [Theory]
    [InlineData("ingen feber", "da", SignIds.Fever)]
    [InlineData("nej ingen feber", "da", SignIds.Fever)]
    [InlineData("ikke diabetes", "da", RedFlagIds.Diabetes)]
    [InlineData("no fever", "en", SignIds.Fever)]
    [InlineData("no numbness", "en", RedFlagIds.Neuro)]
    public void ParseRedFlagAnswer_DeniesOneThing_DoesNotDenyTheList(string text, string language, string id)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.DeniesAll.Should().BeFalse($"'{text}' denies only {id}");
        answer.Denied.Should().Contain(id);
    }

    [Theory]
    [InlineData("no, but I fell", "en", RedFlagIds.Trauma)]
    [InlineData("nej. Men jeg kan ikke støtte på den", "da", SignIds.CannotBearWeight)]
    public void ParseRedFlagAnswer_NoThenException_DeniesAllExceptIt(string text, string language, string id)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.DeniesAll.Should().BeTrue();
        answer.Present.Should().Contain(id);
    }

    [Fact]
    public void ParseRedFlagAnswer_OneDenied_OnlyThatDenied()
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer("jeg har ikke feber", "da", Extractor.Today);

        answer.Denied.Should().Equal(SignIds.Fever);
        answer.DeniesAll.Should().BeFalse();
    }

    [Fact]
    public void ParseRedFlagAnswer_NumberedList_PicksByPosition()
    {
        var listed = RedFlagIds.Asked;

        var answer = Extractor.Instance.ParseRedFlagAnswer("1 og 4", "da", Extractor.Today, listed);

        answer.Present.Should().BeEquivalentTo([listed[0], listed[3]]);
    }

    [Fact]
    public void ParseRedFlagAnswer_Mixed_NeitherYesNorNo()
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer("ja nej", "da", Extractor.Today);

        answer.DeniesAll.Should().BeFalse();
        answer.BareYes.Should().BeFalse();
    }
}
