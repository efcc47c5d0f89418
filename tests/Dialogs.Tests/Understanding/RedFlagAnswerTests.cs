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

    [Theory]
    [InlineData("kun feber", "da", RedFlagIds.Infection)]
    [InlineData("bare lidt hævelse", "da", RedFlagIds.Infection)]
    [InlineData("kun diabetes", "da", RedFlagIds.Diabetes)]
    [InlineData("only the numbness", "en", RedFlagIds.Neuro)]
    [InlineData("just the fever", "en", RedFlagIds.Infection)]
    public void ParseRedFlagAnswer_OnlyOne_ThatOneAndNoneOfTheRest(string text, string language, string id)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.Present.Should().Contain(id);
        answer.DeniesAll.Should().BeTrue($"'{text}' says none of the others apply");
        answer.BareYes.Should().BeFalse();
    }

    [Theory]
    [InlineData("ikke kun feber", "da")]
    [InlineData("not just the fever", "en")]
    public void ParseRedFlagAnswer_NotOnly_DoesNotDenyTheRest(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.Present.Should().Contain(RedFlagIds.Infection);
        answer.DeniesAll.Should().BeFalse();
    }

    [Theory]
    [InlineData("alle undtagen diabetes", "da")]
    [InlineData("alle sammen undtagen diabetes", "da")]
    [InlineData("all of them except diabetes", "en")]
    public void ParseRedFlagAnswer_AllExceptOne_RestPresentExceptionAsked(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.Present.Should().BeEquivalentTo(RedFlagIds.Asked.Where(id => id != RedFlagIds.Diabetes).Append(SignIds.ColdPaleFoot));
        answer.Unclear.Should().Contain(RedFlagIds.Diabetes);
        answer.Denied.Should().NotContain(RedFlagIds.Diabetes, "an exception is asked about, never assumed away");
        answer.DeniesAll.Should().BeFalse();
        answer.Facts.Flags.Should().NotContainKey(RedFlagIds.Diabetes, "the message read on its own must not make diabetes present either");
    }

    [Fact]
    public void ParseRedFlagAnswer_AllOfANumberedList_EveryListedFlag()
    {
        string[] listed = [RedFlagIds.Neuro, RedFlagIds.RestPain, RedFlagIds.Systemic];

        var answer = Extractor.Instance.ParseRedFlagAnswer("alle sammen", "da", Extractor.Today, listed);

        answer.Present.Should().BeEquivalentTo(listed);
    }

    [Theory]
    [InlineData("nej, ingen af dem, men jeg har ondt alle steder", "da")]
    [InlineData("no, it just hurts all the time", "en")]
    [InlineData("none, but everything hurts in the morning", "en")]
    public void ParseRedFlagAnswer_AllInsideASentence_NotAllFlags(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.Present.Should().BeEmpty($"'{text}' names no red flag");
        answer.DeniesAll.Should().BeTrue();
    }

    [Theory]
    [InlineData("alle", "da")]
    [InlineData("ja, alle", "da")]
    [InlineData("all of them", "en")]
    [InlineData("everything", "en")]
    public void ParseRedFlagAnswer_All_EveryListedFlag(string text, string language) =>
        Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today).Present
            .Should().BeEquivalentTo(RedFlagIds.Asked.Append(SignIds.ColdPaleFoot));

    [Theory]
    [InlineData("ikke alle", "da")]
    [InlineData("not all of them", "en")]
    public void ParseRedFlagAnswer_NotAll_NamesNothing(string text, string language) =>
        Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today).Present.Should().BeEmpty();

    [Theory]
    [InlineData("the third one", "en")]
    [InlineData("den tredje", "da")]
    [InlineData("3", "da")]
    [InlineData("nr 2 og 5", "da")]
    public void ParseRedFlagAnswer_PickWithoutNumberedList_AsksWhich(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.BareYes.Should().BeTrue($"'{text}' says some apply without a list to say which");
        answer.Present.Should().BeEmpty();
        answer.DeniesAll.Should().BeFalse();
    }

    [Theory]
    [InlineData("the third one", "en")]
    [InlineData("den tredje", "da")]
    [InlineData("3", "da")]
    public void ParseRedFlagAnswer_PickFromNumberedList_ThatFlag(string text, string language)
    {
        var listed = RedFlagIds.Asked;

        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today, listed);

        answer.Present.Should().Equal(listed[2]);
        answer.BareYes.Should().BeFalse();
    }

    [Theory]
    [InlineData("ingen af delene", "da")]
    [InlineData("nej, ingen af de ting", "da")]
    public void ParseRedFlagAnswer_NeitherOfThem_DeniesAll(string text, string language)
    {
        var answer = Extractor.Instance.ParseRedFlagAnswer(text, language, Extractor.Today);

        answer.DeniesAll.Should().BeTrue();
        answer.Present.Should().BeEmpty();
    }
}
