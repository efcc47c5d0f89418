using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Understanding;

public sealed class FactExtractorLocationTimingTests
{
    [Theory]
    [InlineData("Jeg har ondt under hælen", "da", HeelLocation.Under)]
    [InlineData("det gør ondt i fodsålen ved hælen", "da", HeelLocation.Under)]
    [InlineData("smerter under foden ved hælen", "da", HeelLocation.Under)]
    [InlineData("ondt undr haelen", "da", HeelLocation.Under)]
    [InlineData("UNDER HÆLEN!!! 😩", "da", HeelLocation.Under)]
    [InlineData("lægen siger det er plantar fasciitis", "da", HeelLocation.Under)]
    [InlineData("jeg tror det er hælspore", "da", HeelLocation.Under)]
    [InlineData("det sidder bag på hælen", "da", HeelLocation.Behind)]
    [InlineData("bagpå, der hvor skoen gnaver", "da", HeelLocation.Behind)]
    [InlineData("ondt ved achillessenen", "da", HeelLocation.Behind)]
    [InlineData("ondt ved akillessenen lige over hælen", "da", HeelLocation.Behind)]
    [InlineData("hele hælen gør ondt", "da", HeelLocation.Whole)]
    [InlineData("det er rundt om hele hælen", "da", HeelLocation.Whole)]
    [InlineData("både under og bag på hælen", "da", HeelLocation.Whole)]
    [InlineData("i hælpuden", "da", HeelLocation.Pad)]
    [InlineData("midt under, som et blåt mærke", "da", HeelLocation.Pad)]
    [InlineData("det føles som at træde på en sten", "da", HeelLocation.Pad)]
    [InlineData("jeg ved ikke hvor præcist, det flytter sig", "da", HeelLocation.Unsure)]
    [InlineData("ikke under hælen men bag på", "da", HeelLocation.Behind)]
    [InlineData("under my heel", "en", HeelLocation.Under)]
    [InlineData("Pain on the bottom of my heel", "en", HeelLocation.Under)]
    [InlineData("the back of the heel, where my shoe rubs", "en", HeelLocation.Behind)]
    [InlineData("my achilles is sore", "en", HeelLocation.Behind)]
    [InlineData("the whole heel hurts", "en", HeelLocation.Whole)]
    [InlineData("right in the middle of the heel, feels bruised", "en", HeelLocation.Pad)]
    [InlineData("not sure where exactly", "en", HeelLocation.Unsure)]
    public void Extract_LocationPhrase_Location(string text, string language, HeelLocation expected) =>
        Extractor.Read(text, language).Location.Should().Be(expected);

    [Theory]
    [InlineData("de første skridt om morgenen er værst", "da", PainTiming.Morning)]
    [InlineData("når jeg rejser mig efter at have siddet", "da", PainTiming.Morning)]
    [InlineData("værst om morgnen", "da", PainTiming.Morning)]
    [InlineData("især når jeg står ud af sengen", "da", PainTiming.Morning)]
    [InlineData("det gør ondt når jeg løber", "da", PainTiming.Activity)]
    [InlineData("mest når jeg går", "da", PainTiming.Activity)]
    [InlineData("efter træning", "da", PainTiming.AfterActivity)]
    [InlineData("det er dagen efter en lang tur", "da", PainTiming.AfterActivity)]
    [InlineData("om aftenen efter en lang dag", "da", PainTiming.AfterActivity)]
    [InlineData("det gør ondt om natten", "da", PainTiming.Rest)]
    [InlineData("også i hvile", "da", PainTiming.Rest)]
    [InlineData("det gør ondt hele tiden", "da", PainTiming.Constant)]
    [InlineData("konstant smerte", "da", PainTiming.Constant)]
    [InlineData("om morgenen og når jeg går meget", "da", PainTiming.Morning)]
    [InlineData("first steps in the morning", "en", PainTiming.Morning)]
    [InlineData("when I get up after sitting", "en", PainTiming.Morning)]
    [InlineData("it hurts when I run", "en", PainTiming.Activity)]
    [InlineData("after a run it aches", "en", PainTiming.AfterActivity)]
    [InlineData("it wakes me up at night", "en", PainTiming.Rest)]
    [InlineData("all the time", "en", PainTiming.Constant)]
    public void Extract_TimingPhrase_Timing(string text, string language, PainTiming expected) =>
        Extractor.Read(text, language).Timing.Should().Be(expected);

    [Theory]
    [InlineData("jeg står op hele dagen på arbejdet", "da")]
    [InlineData("det gør ikke ondt om natten", "da")]
    [InlineData("ondt i hælen", "da")]
    [InlineData("I'm on my feet all day at work", "en")]
    public void Extract_NoTimingSaid_NoTiming(string text, string language) =>
        Extractor.Read(text, language).Timing.Should().BeNull();

    [Fact]
    public void Extract_NightPain_AlsoRestPainFlag()
    {
        var facts = Extractor.Read("jeg vågner om natten af smerter i hælen", "da");

        facts.Timing.Should().Be(PainTiming.Rest);
        facts.Flags.Should().Contain(RedFlagIds.RestPain, true);
    }

    [Fact]
    public void Extract_ConstantPain_RestPainBecomesQuestion()
    {
        var facts = Extractor.Read("det gør ondt hele tiden", "da");

        facts.Unclear.Should().Contain(RedFlagIds.RestPain);
        facts.Flags.Should().NotContainKey(RedFlagIds.RestPain);
    }

    [Fact]
    public void Extract_NoNightPain_DeniesRestPain() =>
        Extractor.Read("ingen smerter om natten", "da").Flags.Should().Contain(RedFlagIds.RestPain, false);
}
