using HeelBot.Dialogs.Triage;
using HeelBot.Dialogs.Understanding;

namespace HeelBot.Dialogs.Tests.Understanding;

public sealed class ExtractedFactsApplyToTests
{
    [Fact]
    public void ApplyTo_PresentFlag_NotOverwrittenByLaterDenial()
    {
        var facts = new TriageFacts().WithFlag(RedFlagIds.Infection, true);

        var merged = Extractor.Read("nej, ikke infektion", "da").ApplyTo(facts);

        merged.Has(RedFlagIds.Infection).Should().BeTrue();
    }

    [Fact]
    public void ApplyTo_NewMention_AddsFlag()
    {
        var merged = Extractor.Read("den er hævet", "da").ApplyTo(new TriageFacts());

        merged.Has(RedFlagIds.Infection).Should().BeTrue();
    }

    [Fact]
    public void ApplyTo_HedgeAfterDenial_ReopensQuestion()
    {
        var facts = new TriageFacts().WithFlag(SignIds.Fever, false);

        var merged = Extractor.Read("måske lidt feber alligevel", "da").ApplyTo(facts);

        merged.Knows(SignIds.Fever).Should().BeFalse();
    }

    [Fact]
    public void ApplyTo_KnownLocation_Kept()
    {
        var facts = new TriageFacts { Location = HeelLocation.Behind };

        var merged = Extractor.Read("det gør også ondt under hælen", "da").ApplyTo(facts);

        merged.Location.Should().Be(HeelLocation.Behind);
    }

    [Fact]
    public void ApplyTo_MissingSlots_Filled()
    {
        var merged = Extractor.Read("under hælen i 8 uger, om morgenen, jeg er 50", "da").ApplyTo(new TriageFacts());

        merged.Location.Should().Be(HeelLocation.Under);
        merged.Timing.Should().Be(PainTiming.Morning);
        merged.DurationWeeks.Should().BeApproximately(8, 1e-9);
        merged.Age.Should().Be(50);
        merged.Denies(RedFlagIds.Child).Should().BeTrue();
    }

    [Fact]
    public void ApplyTo_ShorterDuration_KeepsLongest()
    {
        var facts = new TriageFacts { DurationWeeks = 10 };

        var merged = Extractor.Read("de sidste 2 uger er det blevet værre", "da").ApplyTo(facts);

        merged.DurationWeeks.Should().Be(10);
    }

    [Fact]
    public void ApplyTo_RunnerYesOverNo_Yes()
    {
        var facts = new TriageFacts { Runner = false };

        var merged = Extractor.Read("jeg løber faktisk en del", "da").ApplyTo(facts);

        merged.Runner.Should().BeTrue();
    }

    [Fact]
    public void ApplyTo_DeniesAllInFreeText_LeftToRedFlagDialog()
    {
        var merged = Extractor.Read("ingen af dem", "da").ApplyTo(new TriageFacts());

        merged.Flags.Should().BeEmpty();
    }

    [Fact]
    public void ApplyTo_Empty_SameFacts()
    {
        var facts = new TriageFacts { Age = 30 }.WithFlag(RedFlagIds.Trauma, false);

        ExtractedFacts.Empty.ApplyTo(facts).Should().BeEquivalentTo(facts);
    }
}
