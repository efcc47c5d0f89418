using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Privacy;

namespace HeelBot.Dialogs.Tests.Privacy;

/// <summary>What a person gave is redacted wherever it comes back, and the conversation state keeps only hashes of it.</summary>
public sealed class GivenPersonalDataTests
{
    [Fact]
    public void Redact_NameGivenEarlier_RedactsEachOfItsWordsAlone()
    {
        var session = new TriageSession();
        GivenPersonalData.Remember(session, PiiCategory.PersonName, "Mette Lund-Hansen");

        var text = GivenPersonalData.Redact("Hej igen, det er mette. Lund-Hansen ringer senere.", session, "da");

        text.Should().Be("Hej igen, det er [navn]. [navn] ringer senere.");
    }

    [Fact]
    public void Redact_PhoneGivenWithCountryCode_RedactsTheNationalFormToo()
    {
        var session = new TriageSession();
        GivenPersonalData.Remember(session, PiiCategory.PhoneNumber, "+45 20 30 40 50");

        var text = GivenPersonalData.Redact("Ring 20304050 eller 20-30-40-50, ikke 1813 eller 70 11 31 31.", session, "en");

        text.Should().Be("Ring [phone] eller [phone], ikke 1813 eller 70 11 31 31.");
    }

    [Fact]
    public void Redact_EmailAndCprGiven_RedactsThemAtTheEndOfASentenceToo()
    {
        var session = new TriageSession();
        GivenPersonalData.Remember(session, PiiCategory.Email, "Jens@Example.com");
        GivenPersonalData.Remember(session, PiiCategory.CprNumber, "010190-1234");

        var text = GivenPersonalData.Redact("Skriv til jens@example.com. CPR 0101901234.", session, "da");

        text.Should().Be("Skriv til [e-mail]. CPR [cpr].");
    }

    [Fact]
    public void Redact_NothingGiven_LeavesTheTextAlone()
    {
        var text = GivenPersonalData.Redact("Jens ringer på 20 30 40 50", new TriageSession(), "da");

        text.Should().Be("Jens ringer på 20 30 40 50");
    }

    [Fact]
    public void RememberAll_AnalyzerMatches_KeepsOnlyHashesInTheSession()
    {
        var session = new TriageSession();
        const string original = "jeg hedder Jens Hansen, ring 20304050";
        var redacted = new RedactedText("jeg hedder [navn], ring [telefon]", [new PiiMatch(PiiCategory.PersonName, 11, 11), new PiiMatch(PiiCategory.PhoneNumber, 29, 8)]);

        GivenPersonalData.RememberAll(session, original, redacted);

        session.PersonalDataHashes.Should().HaveCount(3, "two name words and one number");
        session.PersonalDataHashes.Should().OnlyContain(hash => hash.Length == 32 && hash.All(char.IsAsciiHexDigitLower));
        string.Join(' ', session.PersonalDataHashes).Should().NotContainAny("Jens", "jens", "Hansen", "hansen", "20304050");
        GivenPersonalData.Redact("Hansen: 20304050", session, "da").Should().Be("[navn]: [telefon]");
    }
}
