using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Understanding;

public sealed class FactExtractorRedFlagTests
{
    [Theory]
    // Infection and its signs, Danish: inflections and spellings the lexicon does not list word for word.
    [InlineData("hælen er rød og varm", "da", RedFlagIds.Infection)]
    [InlineData("den er hævet", "da", RedFlagIds.Infection)]
    [InlineData("der er en hævelse ved hælen", "da", RedFlagIds.Infection)]
    [InlineData("foden hæver op om aftenen", "da", RedFlagIds.Infection)]
    [InlineData("den er svulmet op", "da", RedFlagIds.Infection)]
    [InlineData("hælen er helt opsvulmet", "da", RedFlagIds.Infection)]
    [InlineData("jeg har feber", "da", RedFlagIds.Infection)]
    [InlineData("FEBER!!!", "da", SignIds.Fever)]
    [InlineData("jeg har haft feeber i går", "da", SignIds.Fever)]
    [InlineData("38,5 i feber", "da", SignIds.Fever)]
    [InlineData("der kommer pus ud", "da", RedFlagIds.Infection)]
    [InlineData("rødmen breder sig op ad benet", "da", RedFlagIds.Infection)]
    [InlineData("hævlese og rødme", "da", RedFlagIds.Infection)]
    // Trauma and weight bearing.
    [InlineData("jeg faldt ned ad trappen", "da", RedFlagIds.Trauma)]
    [InlineData("hoppede ned fra en mur og landede hårdt på hælen", "da", RedFlagIds.Trauma)]
    [InlineData("jeg trådte forkert i et hul", "da", RedFlagIds.Trauma)]
    [InlineData("forstuvede foden til håndbold", "da", RedFlagIds.Trauma)]
    [InlineData("slog hælen mod en kant", "da", RedFlagIds.Trauma)]
    [InlineData("jeg kan ikke støtte på den", "da", SignIds.CannotBearWeight)]
    [InlineData("kan slet ikke gå", "da", SignIds.CannotBearWeight)]
    [InlineData("kan ikke tage fire skridt", "da", SignIds.CannotBearWeight)]
    [InlineData("går med krykker", "da", SignIds.CannotBearWeight)]
    // Rupture.
    [InlineData("der lød et knald bag i hælen", "da", RedFlagIds.Rupture)]
    [InlineData("det føltes som om nogen sparkede mig bag på hælen", "da", RedFlagIds.Rupture)]
    [InlineData("noget sprang i senen", "da", RedFlagIds.Rupture)]
    [InlineData("et smæld og så voldsom smerte", "da", RedFlagIds.Rupture)]
    // Nerves.
    [InlineData("det prikker i foden", "da", RedFlagIds.Neuro)]
    [InlineData("prikken og snurren i tæerne", "da", RedFlagIds.Neuro)]
    [InlineData("foden er følelsesløs", "da", RedFlagIds.Neuro)]
    [InlineData("det føles som ild i hælen", "da", RedFlagIds.Neuro)]
    [InlineData("brændende smerter", "da", RedFlagIds.Neuro)]
    [InlineData("jagende smerter der stråler ned fra ryggen", "da", RedFlagIds.Neuro)]
    [InlineData("det stråler op i benet", "da", RedFlagIds.Neuro)]
    [InlineData("jeg har iskias", "da", RedFlagIds.Neuro)]
    [InlineData("foden sover", "da", RedFlagIds.Neuro)]
    // Diabetes, wounds.
    [InlineData("jeg har diabetes type 2", "da", RedFlagIds.Diabetes)]
    [InlineData("jeg har sukkersyge", "da", RedFlagIds.Diabetes)]
    [InlineData("min læge siger jeg har neuropati", "da", RedFlagIds.Diabetes)]
    [InlineData("der er et sår under hælen", "da", SignIds.Wound)]
    [InlineData("et åbent sår der ikke vil hele", "da", SignIds.Wound)]
    // Rest, systemic, inflammatory, stress fracture, severe.
    [InlineData("jeg vågner af smerter", "da", RedFlagIds.RestPain)]
    [InlineData("ondt om natten", "da", RedFlagIds.RestPain)]
    [InlineData("nattesmerter", "da", RedFlagIds.RestPain)]
    [InlineData("jeg har tabt mig 6 kilo uden grund", "da", RedFlagIds.Systemic)]
    [InlineData("taber mig uden at prøve", "da", RedFlagIds.Systemic)]
    [InlineData("jeg føler mig syg", "da", RedFlagIds.Systemic)]
    [InlineData("jeg har haft kræft", "da", RedFlagIds.Systemic)]
    [InlineData("nattesved", "da", RedFlagIds.Systemic)]
    [InlineData("jeg har psoriasis", "da", RedFlagIds.Inflammatory)]
    [InlineData("morgenstivhed i ryggen", "da", RedFlagIds.Inflammatory)]
    [InlineData("har haft regnbuehindebetændelse", "da", RedFlagIds.Inflammatory)]
    [InlineData("ondt i begge hæle og ondt i knæene", "da", RedFlagIds.Inflammatory)]
    [InlineData("det bliver værre jo mere jeg træner", "da", RedFlagIds.StressFracture)]
    [InlineData("det er ømt når jeg klemmer om hælen", "da", RedFlagIds.StressFracture)]
    [InlineData("jeg har øget min træning op til maraton og smerten er tiltagende", "da", RedFlagIds.StressFracture)]
    [InlineData("smerten er ulidelig", "da", RedFlagIds.Severe)]
    [InlineData("den værste smerte jeg har haft", "da", RedFlagIds.Severe)]
    [InlineData("panodil hjælper ikke", "da", RedFlagIds.Severe)]
    [InlineData("ipren og panodil hjælper slet ikke", "da", RedFlagIds.Severe)]
    [InlineData("det bliver hurtigt værre", "da", RedFlagIds.Severe)]
    // Emergency signs.
    [InlineData("foden er kold og bleg", "da", SignIds.ColdPaleFoot)]
    [InlineData("tæerne er blå", "da", SignIds.ColdPaleFoot)]
    [InlineData("knoglen stikker ud", "da", SignIds.Deformity)]
    [InlineData("foden står helt skævt efter faldet", "da", SignIds.Deformity)]
    [InlineData("høj feber og jeg har det meget dårligt", "da", SignIds.HighFeverUnwell)]
    [InlineData("40 graders feber og skidt tilpas", "da", SignIds.HighFeverUnwell)]
    [InlineData("han halter", "da", SignIds.Limp)]
    [InlineData("hælen er blå og kold", "da", SignIds.ColdPaleFoot)]
    [InlineData("det gør så ondt at jeg ikke kan sove om natten", "da", RedFlagIds.RestPain)]
    [InlineData("om morgenen kan jeg ikke støtte på foden", "da", SignIds.CannotBearWeight)]
    [InlineData("fordi jeg ikke kan gå på den", "da", SignIds.CannotBearWeight)]
    [InlineData("det var som om nogen slog mig bag på hælen", "da", RedFlagIds.Rupture)]
    [InlineData("jeg fik et spark på hælen til fodbold", "da", RedFlagIds.Trauma)]
    [InlineData("smerterne stråler ned i benet fra lænden", "da", RedFlagIds.Neuro)]
    [InlineData("jeg har ikke feber men jeg fryser og har kulderystelser", "da", SignIds.Fever)]
    // English.
    [InlineData("it's red and hot", "en", RedFlagIds.Infection)]
    [InlineData("my heel is swollen", "en", RedFlagIds.Infection)]
    [InlineData("some swelling around the heel", "en", RedFlagIds.Infection)]
    [InlineData("I have a fever", "en", SignIds.Fever)]
    [InlineData("I fell off a ladder", "en", RedFlagIds.Trauma)]
    [InlineData("I twisted it playing football", "en", RedFlagIds.Trauma)]
    [InlineData("landed on my heel from a jump", "en", RedFlagIds.Trauma)]
    [InlineData("I can't put weight on it", "en", SignIds.CannotBearWeight)]
    [InlineData("I cannot walk", "en", SignIds.CannotBearWeight)]
    [InlineData("I heard a pop", "en", RedFlagIds.Rupture)]
    [InlineData("felt like being kicked in the back of the leg", "en", RedFlagIds.Rupture)]
    [InlineData("numbness in my toes", "en", RedFlagIds.Neuro)]
    [InlineData("tingling and pins and needles", "en", RedFlagIds.Neuro)]
    [InlineData("a burning, shooting pain", "en", RedFlagIds.Neuro)]
    [InlineData("it radiates down my leg from my back", "en", RedFlagIds.Neuro)]
    [InlineData("I'm diabetic", "en", RedFlagIds.Diabetes)]
    [InlineData("there's an ulcer on my heel", "en", SignIds.Wound)]
    [InlineData("it keeps me awake at night", "en", RedFlagIds.RestPain)]
    [InlineData("I've been losing weight without trying", "en", RedFlagIds.Systemic)]
    [InlineData("night sweats", "en", RedFlagIds.Systemic)]
    [InlineData("I had cancer two years ago", "en", RedFlagIds.Systemic)]
    [InlineData("I have psoriasis", "en", RedFlagIds.Inflammatory)]
    [InlineData("it hurts when I squeeze the sides of my heel", "en", RedFlagIds.StressFracture)]
    [InlineData("unbearable pain", "en", RedFlagIds.Severe)]
    [InlineData("painkillers don't help at all", "en", RedFlagIds.Severe)]
    [InlineData("getting worse fast", "en", RedFlagIds.Severe)]
    [InlineData("my foot is cold and pale", "en", SignIds.ColdPaleFoot)]
    [InlineData("the bone is sticking out", "en", SignIds.Deformity)]
    [InlineData("my son is limping", "en", SignIds.Limp)]
    [InlineData("felt like someone hit the back of my ankle", "en", RedFlagIds.Rupture)]
    [InlineData("training for the London marathon and it's getting worse and worse", "en", RedFlagIds.StressFracture)]
    [InlineData("my toes are cold and blue", "en", SignIds.ColdPaleFoot)]
    public void Extract_Mention_FlagPresent(string text, string language, string id)
    {
        var facts = Extractor.Read(text, language);

        facts.Flags.Should().Contain(id, true, $"'{text}' mentions {id}");
        facts.Unclear.Should().NotContain(id);
    }

    [Theory]
    [InlineData("ingen feber", "da", SignIds.Fever)]
    [InlineData("jeg har ikke feber", "da", SignIds.Fever)]
    [InlineData("feber har jeg ikke", "da", SignIds.Fever)]
    [InlineData("Feber? Nej.", "da", SignIds.Fever)]
    [InlineData("jeg er ikke faldet", "da", RedFlagIds.Trauma)]
    [InlineData("jeg har ikke slået den eller noget", "da", RedFlagIds.Trauma)]
    [InlineData("ingen skade, den kom bare snigende", "da", RedFlagIds.Trauma)]
    [InlineData("jeg kan sagtens gå på den", "da", SignIds.CannotBearWeight)]
    [InlineData("kan godt støtte på den", "da", SignIds.CannotBearWeight)]
    [InlineData("ingen prikken eller snurren", "da", RedFlagIds.Neuro)]
    [InlineData("jeg har ikke diabetes", "da", RedFlagIds.Diabetes)]
    [InlineData("aldrig haft sukkersyge", "da", RedFlagIds.Diabetes)]
    [InlineData("ingen sår", "da", SignIds.Wound)]
    [InlineData("hverken feber eller sår", "da", SignIds.Wound)]
    [InlineData("ingen smerter om natten", "da", RedFlagIds.RestPain)]
    [InlineData("ikke noget vægttab", "da", RedFlagIds.Systemic)]
    [InlineData("no fever", "en", SignIds.Fever)]
    [InlineData("I haven't had a temperature", "en", SignIds.Fever)]
    [InlineData("I didn't fall or twist it", "en", RedFlagIds.Trauma)]
    [InlineData("no injury that I know of", "en", RedFlagIds.Trauma)]
    [InlineData("I can walk on it fine", "en", SignIds.CannotBearWeight)]
    [InlineData("no numbness or tingling", "en", RedFlagIds.Neuro)]
    [InlineData("I've never had diabetes", "en", RedFlagIds.Diabetes)]
    [InlineData("it doesn't hurt at night", "en", RedFlagIds.RestPain)]
    public void Extract_Denial_FlagFalse(string text, string language, string id)
    {
        var facts = Extractor.Read(text, language);

        facts.Flags.Should().Contain(id, false, $"'{text}' denies {id}");
        facts.Unclear.Should().NotContain(id);
    }

    [Theory]
    [InlineData("måske lidt hævet", "da", RedFlagIds.Infection)]
    [InlineData("jeg ved ikke om det er hævet", "da", RedFlagIds.Infection)]
    [InlineData("den er vist lidt varm", "da", RedFlagIds.Infection)]
    [InlineData("jeg tror ikke den er hævet", "da", RedFlagIds.Infection)]
    [InlineData("hævet, tror jeg", "da", RedFlagIds.Infection)]
    [InlineData("er det normalt at den er hævet?", "da", RedFlagIds.Infection)]
    [InlineData("den er ikke særlig hævet", "da", RedFlagIds.Infection)]
    [InlineData("kan det være betændelse?", "da", RedFlagIds.Infection)]
    [InlineData("jeg har betændelse i hælen", "da", RedFlagIds.Infection)]
    [InlineData("måske lidt feber", "da", SignIds.Fever)]
    [InlineData("jeg kan næsten ikke gå", "da", SignIds.CannotBearWeight)]
    [InlineData("jeg tror jeg har slået den", "da", RedFlagIds.Trauma)]
    [InlineData("har haft en vabel", "da", SignIds.Wound)]
    [InlineData("min mor har gigt", "da", RedFlagIds.Inflammatory)]
    [InlineData("nedsat følesans i foden", "da", RedFlagIds.Diabetes)]
    [InlineData("ingen feber og hævelse", "da", RedFlagIds.Infection)]
    [InlineData("høj feber", "da", SignIds.HighFeverUnwell)]
    [InlineData("I think it might be a bit warm", "en", RedFlagIds.Infection)]
    [InlineData("maybe slightly swollen", "en", RedFlagIds.Infection)]
    [InlineData("not sure if it's swollen", "en", RedFlagIds.Infection)]
    [InlineData("I don't think it's swollen", "en", RedFlagIds.Infection)]
    [InlineData("it's not very swollen", "en", RedFlagIds.Infection)]
    [InlineData("I can barely walk", "en", SignIds.CannotBearWeight)]
    [InlineData("is it infected?", "en", RedFlagIds.Infection)]
    [InlineData("possibly a fever", "en", SignIds.Fever)]
    [InlineData("my plantar fascia is inflamed", "en", RedFlagIds.Infection)]
    [InlineData("smerten stråler frem mod svangen", "da", RedFlagIds.Neuro)]
    [InlineData("the first few steps are agony", "en", RedFlagIds.Severe)]
    [InlineData("pain radiating to the arch", "en", RedFlagIds.Neuro)]
    [InlineData("kan ikke rigtig gå på den", "da", SignIds.CannotBearWeight)]
    [InlineData("dagen efter kan jeg næsten ikke gå", "da", SignIds.CannotBearWeight)]
    [InlineData("I can't really walk", "en", SignIds.CannotBearWeight)]
    [InlineData("a blister on my heel that isn't healing", "en", SignIds.Wound)]
    [InlineData("my dad has arthritis in his knees", "en", RedFlagIds.Inflammatory)]
    public void Extract_Hedge_FlagUnclearNeverFalse(string text, string language, string id)
    {
        var facts = Extractor.Read(text, language);

        facts.Unclear.Should().Contain(id, $"'{text}' is unsure about {id}");
        facts.Flags.Should().NotContainKey(id);
    }

    [Theory]
    [InlineData("ingen feber", "da", RedFlagIds.Infection)]
    [InlineData("jeg har ikke feber", "da", RedFlagIds.Infection)]
    [InlineData("no fever", "en", RedFlagIds.Infection)]
    [InlineData("det bliver bedre når jeg går den varm", "da", RedFlagIds.Infection)]
    [InlineData("varmt fodbad hjælper lidt", "da", RedFlagIds.Infection)]
    [InlineData("når jeg hæver mig op på tæerne gør det ondt", "da", RedFlagIds.Infection)]
    [InlineData("i hvert fald om morgenen", "da", RedFlagIds.Trauma)]
    [InlineData("det bliver bedre når jeg har varmet op", "da", RedFlagIds.Infection)]
    [InlineData("it eases once I've warmed up", "en", RedFlagIds.Infection)]
    [InlineData("a hot water bottle helps", "en", RedFlagIds.Infection)]
    [InlineData("stikkende smerte om morgenen", "da", RedFlagIds.Neuro)]
    [InlineData("jeg falder i søvn uden problemer", "da", RedFlagIds.Trauma)]
    [InlineData("I fall asleep fine", "en", RedFlagIds.Trauma)]
    [InlineData("det gør ondt i løbet af dagen", "da", RedFlagIds.Trauma)]
    [InlineData("min søster har slidgigt", "da", RedFlagIds.Inflammatory)]
    [InlineData("ømt under hælen", "da", RedFlagIds.Infection)]
    [InlineData("my heel is sore", "en", SignIds.Wound)]
    [InlineData("min mail er anne.roed@varmt.dk", "da", RedFlagIds.Infection)]
    [InlineData("følelsesløshed i foden og ondt i lænden", "da", RedFlagIds.Trauma)]
    [InlineData("det har varet tre uger, værst om morgenen", "da", RedFlagIds.Infection)]
    public void Extract_NotAMention_FlagUntouched(string text, string language, string id)
    {
        var facts = Extractor.Read(text, language);

        facts.Flags.Should().NotContainKey(id, $"'{text}' says nothing either way about {id}");
        facts.Unclear.Should().NotContain(id);
    }

    [Theory]
    [InlineData("ingen feber, men den er hævet og rød", "da", SignIds.Fever, RedFlagIds.Infection)]
    [InlineData("jeg er ikke faldet, men jeg kan ikke støtte på den", "da", RedFlagIds.Trauma, SignIds.CannotBearWeight)]
    [InlineData("ingen feber men der prikker i foden", "da", SignIds.Fever, RedFlagIds.Neuro)]
    [InlineData("ikke hævet, men det gør ondt om natten", "da", RedFlagIds.Infection, RedFlagIds.RestPain)]
    [InlineData("no fever but it's swollen", "en", SignIds.Fever, RedFlagIds.Infection)]
    [InlineData("I didn't fall, but I heard a snap", "en", RedFlagIds.Trauma, RedFlagIds.Rupture)]
    [InlineData("no diabetes, but there is a wound that won't heal", "en", RedFlagIds.Diabetes, SignIds.Wound)]
    public void Extract_DenyOneMentionAnother_BothRead(string text, string language, string denied, string present)
    {
        var facts = Extractor.Read(text, language);

        facts.Flags.Should().Contain(present, true);
        if (denied == RedFlagIds.Infection)
        {
            // "ikke hævet" denies no flag (redness or warmth may still be there); it must not make infection present.
            facts.Flags.Should().NotContainKey(denied);
        }
        else
        {
            facts.Flags.Should().Contain(denied, false);
        }
    }

    [Fact]
    public void Extract_FeverDenied_InfectionStillOpen()
    {
        var facts = Extractor.Read("ingen feber", "da");

        facts.Flags.Should().Contain(SignIds.Fever, false);
        facts.Flags.Should().NotContainKey(RedFlagIds.Infection);
    }

    [Fact]
    public void Extract_HighFeverAndUnwell_EmergencySignAndInfection()
    {
        var facts = Extractor.Read("Jeg har 39,5 i feber og har det meget dårligt, hælen er rød", "da");

        facts.Flags.Should().Contain(SignIds.HighFeverUnwell, true);
        facts.Flags.Should().Contain(RedFlagIds.Infection, true);
        facts.Flags.Should().Contain(SignIds.Fever, true);
    }

    [Fact]
    public void Extract_FeverAndUnwellWithoutHighFever_EmergencySignUnclear() =>
        Extractor.Read("jeg har feber og har det meget dårligt", "da").Unclear.Should().Contain(SignIds.HighFeverUnwell);

    [Fact]
    public void Extract_TrainingIncreaseAlone_NoStressFracture()
    {
        var facts = Extractor.Read("jeg har øget min træning", "da");

        facts.Flags.Should().NotContainKey(RedFlagIds.StressFracture);
        facts.Unclear.Should().NotContain(RedFlagIds.StressFracture);
    }

    [Fact]
    public void Extract_MentionAndHedgeOfSameFlag_PresentWins()
    {
        var facts = Extractor.Read("den er hævet, og måske lidt varm", "da");

        facts.Flags.Should().Contain(RedFlagIds.Infection, true);
        facts.Unclear.Should().NotContain(RedFlagIds.Infection);
    }

    [Fact]
    public void Extract_DenialAndHedgeOfSameSign_UnclearWins()
    {
        var facts = Extractor.Read("ingen feber i går, men måske lidt feber i dag", "da");

        facts.Unclear.Should().Contain(SignIds.Fever);
        facts.Flags.Should().NotContainKey(SignIds.Fever);
    }
}
