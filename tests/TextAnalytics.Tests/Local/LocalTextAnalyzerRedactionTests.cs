using HeelBot.Dialogs.Privacy;

namespace HeelBot.TextAnalytics.Tests.Local;

public class LocalTextAnalyzerRedactionTests
{
    /// <summary>(language, what the person typed, what the transcript keeps).</summary>
    public static TheoryData<string, string, string> Redactions => new()
    {
        // Danish phone numbers, the ways people write them.
        { "da", "Ring på 23456789", "Ring på [telefon]" },
        { "da", "Mit nummer er 23 45 67 89.", "Mit nummer er [telefon]." },
        { "da", "tlf. 2345 6789", "tlf. [telefon]" },
        { "da", "+45 23 45 67 89", "[telefon]" },
        { "da", "0045 23456789 er min mobil", "[telefon] er min mobil" },
        { "da", "(+45) 2345-6789", "[telefon]" },
        { "da", "Ring 23-45-67-89 efter kl. 16", "Ring [telefon] efter kl. 16" },
        { "da", "Nummeret er 412 34 567", "Nummeret er [telefon]" },
        { "da", "Min mobil: +4523456789, hjemme: 86 12 34 56", "Min mobil: [telefon], hjemme: [telefon]" },
        { "da", "tlf.23456789", "tlf.[telefon]" },
        { "da", "Kan du ringe på 2345-6789?", "Kan du ringe på [telefon]?" },

        // Foreign numbers.
        { "da", "+44 20 7946 0958 er min engelske mobil", "[telefon] er min engelske mobil" },
        { "en", "Call me on +1 555 123 4567 please", "Call me on [phone] please" },
        { "en", "My number is 07700 900123", "My number is [phone]" },
        { "en", "Reach me at 0049 30 1234567 after work", "Reach me at [phone] after work" },
        { "en", "UK mobile +447700900123.", "UK mobile [phone]." },

        // E-mail addresses.
        { "da", "Skriv til mette.hansen@example.dk", "Skriv til [e-mail]" },
        { "en", "my email is john.smith+heel@mail.co.uk.", "my email is [email]." },
        { "da", "søren@kræft.dk", "[e-mail]" },
        { "da", "mette(at)example.dk", "[e-mail]" },
        { "en", "Mail ANNA_B@EXAMPLE.COM if needed", "Mail [email] if needed" },

        // CPR numbers: a real date in the first six digits.
        { "da", "Mit CPR er 010190-1234", "Mit CPR er [cpr]" },
        { "da", "cpr 0101901234", "cpr [cpr]" },
        { "da", "CPR-nummer: 290200-4123", "CPR-nummer: [cpr]" },
        { "en", "My CPR is 231085 1234", "My CPR is [cpr]" },
        { "da", "Personnummer 311299–3456, tak", "Personnummer [cpr], tak" },

        // Names the person gives.
        { "da", "Jeg hedder Mette", "Jeg hedder [navn]" },
        { "da", "jeg hedder mette og har ondt i hælen", "jeg hedder [navn] og har ondt i hælen" },
        { "da", "Mit navn er Mette Hansen, og jeg er 45 år", "Mit navn er [navn], og jeg er 45 år" },
        { "da", "Min søn hedder Oliver og er 12 år", "Min søn hedder [navn] og er 12 år" },
        { "da", "Hej, jeg er Lars. Lars har haft ondt i 3 uger", "Hej, jeg er [navn]. [navn] har haft ondt i 3 uger" },
        { "da", "Jeg hedder Mette. mette har ondt, og Mettes fod er hævet", "Jeg hedder [navn]. [navn] har ondt, og [navn]s fod er hævet" },
        { "da", "Tak for hjælpen. Mvh Kirsten", "Tak for hjælpen. Mvh [navn]" },
        { "da", "Jeg hedder Anne-Marie Sørensen", "Jeg hedder [navn]" },
        { "da", "Jeg hedder Mette og min mand hedder Ole", "Jeg hedder [navn] og min mand hedder [navn]" },
        { "da", "Mvh\nMette Jensen", "Mvh\n[navn]" },
        { "da", "jeg hedder mette hansen", "jeg hedder [navn]" },
        { "da", "Kald mig bare Bo", "Kald mig bare [navn]" },
        { "da", "Hej jeg er mette", "Hej jeg er [navn]" },
        { "en", "My name is John Smith", "My name is [name]" },
        { "en", "I'm Anna and my heel hurts", "I'm [name] and my heel hurts" },
        { "en", "Hi, I'm Tom. Tom's heel hurts in the morning", "Hi, I'm [name]. [name]'s heel hurts in the morning" },
        { "en", "my name's sarah", "my name's [name]" },
        { "en", "Kind regards, James", "Kind regards, [name]" },
        { "en", "I'm called Grace", "I'm called [name]" },
        { "en", "My daughter's name is Emily and she is 9", "My daughter's name is [name] and she is 9" },
        { "en", "My name is Dr. Hansen", "My name is Dr. [name]" },

        // Names that are also words: only the name is redacted, not the word.
        { "da", "Jeg hedder Per og har ondt 2 gange per dag", "Jeg hedder [navn] og har ondt 2 gange per dag" },
        { "en", "Call me Will. It will hurt", "Call me [name]. It will hurt" },

        // Several kinds at once; an address holding the name is one e-mail, not a name.
        { "da", "Jeg hedder Mette Hansen, tlf 23456789, mail mette@hansen.dk", "Jeg hedder [navn], tlf [telefon], mail [e-mail]" },
        { "en", "I'm Anna, CPR 0101901234, anna@example.com", "I'm [name], CPR [cpr], [email]" },

        // Left alone: durations, ages, years, postcodes, times, dates, doses, scores and health words.
        { "da", "Jeg har haft ondt i 3 uger", "Jeg har haft ondt i 3 uger" },
        { "da", "Det startede for 2-3 måneder siden", "Det startede for 2-3 måneder siden" },
        { "da", "Jeg er 45 år", "Jeg er 45 år" },
        { "en", "I'm 45", "I'm 45" },
        { "en", "I'm sore in the morning", "I'm sore in the morning" },
        { "en", "I'm Danish and I run 10 km", "I'm Danish and I run 10 km" },
        { "da", "Jeg bor i 8000 Aarhus C", "Jeg bor i 8000 Aarhus C" },
        { "da", "Postnummer 2100, København Ø", "Postnummer 2100, København Ø" },
        { "da", "Det gør ondt kl. 14.30 og kl 7:15", "Det gør ondt kl. 14.30 og kl 7:15" },
        { "da", "Det gør mest ondt kl. 20.30-21.30", "Det gør mest ondt kl. 20.30-21.30" },
        { "da", "Det begyndte i 2019", "Det begyndte i 2019" },
        { "da", "Fra 2019-2021 løb jeg maraton", "Fra 2019-2021 løb jeg maraton" },
        { "da", "Jeg går 5000-8000 skridt om dagen", "Jeg går 5000-8000 skridt om dagen" },
        { "da", "Jeg bor i Aarhus og er fra 1975", "Jeg bor i Aarhus og er fra 1975" },
        { "en", "I'm from London and I'm in pain", "I'm from London and I'm in pain" },
        { "da", "Datoen var 12-03-2024", "Datoen var 12-03-2024" },
        { "en", "My heel pain started 01.02.2024", "My heel pain started 01.02.2024" },
        { "da", "Ring 112 eller 1813 ved akut behov", "Ring 112 eller 1813 ved akut behov" },
        { "en", "I walk 10,000 steps a day", "I walk 10,000 steps a day" },
        { "da", "Jeg vejer 85 kg og er 1,80 m", "Jeg vejer 85 kg og er 1,80 m" },
        { "da", "Smerten er 7 ud af 10", "Smerten er 7 ud af 10" },
        { "da", "Jeg er løber", "Jeg er løber" },
        { "da", "jeg hedder ikke noget", "jeg hedder ikke noget" },
        { "da", "Ordrenummer 991399-1234", "Ordrenummer 991399-1234" },
        { "en", "Take 2 x 400 mg ibuprofen 3 times a day", "Take 2 x 400 mg ibuprofen 3 times a day" },
        { "da", "Ondt i hælen om morgenen, især de første 5-10 skridt", "Ondt i hælen om morgenen, især de første 5-10 skridt" },
        { "da", "Det er Achillessenen der gør ondt", "Det er Achillessenen der gør ondt" },
        { "en", "This is Plantar fasciitis I think", "This is Plantar fasciitis I think" },
        { "da", "Jeg er Gravid i uge 30", "Jeg er Gravid i uge 30" },
        { "en", "I am not sure, call me on Monday", "I am not sure, call me on Monday" },
        { "en", "I'M SORE", "I'M SORE" },
        { "en", "I'M WORN OUT", "I'M WORN OUT" },
        { "da", "Jeg har været hos lægen 4 gange på 6 uger, senest 3/4", "Jeg har været hos lægen 4 gange på 6 uger, senest 3/4" },
        { "en", "Heel pain for 2 weeks, 3-4 times a week, temperature 38.5", "Heel pain for 2 weeks, 3-4 times a week, temperature 38.5" },
        { "da", "Jeg løber 3 gange om ugen, 5 km hver gang, siden 1998", "Jeg løber 3 gange om ugen, 5 km hver gang, siden 1998" },
        { "da", "Feber på 39,2 grader og rød, varm hæl", "Feber på 39,2 grader og rød, varm hæl" },
    };

    [Theory]
    [MemberData(nameof(Redactions))]
    public async Task RedactAsync_TableRow_KeepsWhatTheTranscriptMayHold(string language, string input, string expected)
    {
        var redacted = await new LocalTextAnalyzer().RedactAsync(input, language);

        redacted.Text.Should().Be(expected);
    }

    [Fact]
    public void Redactions_Table_HasAtLeastFiftyRowsInBothLanguages()
    {
        var rows = Redactions.Select(row => (string)row[0]).ToList();

        rows.Should().HaveCountGreaterThanOrEqualTo(50);
        rows.Should().Contain("da").And.Contain("en");
    }

    [Fact]
    public async Task RedactAsync_MixedText_ReportsCategoriesAndOffsetsInTheOriginal()
    {
        const string text = "Jeg hedder Mette, tlf 23456789, cpr 010190-1234, mail m@example.dk";

        var redacted = await new LocalTextAnalyzer().RedactAsync(text, "da");

        redacted.Matches.Select(m => (m.Category, text.Substring(m.Offset, m.Length))).Should().Equal(
            (PiiCategory.PersonName, "Mette"),
            (PiiCategory.PhoneNumber, "23456789"),
            (PiiCategory.CprNumber, "010190-1234"),
            (PiiCategory.Email, "m@example.dk"));
    }

    [Theory]
    [InlineData("da", "Jeg hedder Mette, ring 23456789 eller skriv m@example.dk, cpr 010190-1234", "Jeg hedder [navn], ring [telefon] eller skriv [e-mail], cpr [cpr]")]
    [InlineData("en", "Jeg hedder Mette, ring 23456789 eller skriv m@example.dk, cpr 010190-1234", "Jeg hedder [name], ring [phone] eller skriv [email], cpr [cpr]")]
    [InlineData("en-GB", "ring 23456789", "ring [phone]")]
    [InlineData("de", "ring 23456789", "ring [telefon]")]
    public async Task RedactAsync_Language_ChoosesTheTokens(string language, string input, string expected)
    {
        var redacted = await new LocalTextAnalyzer().RedactAsync(input, language);

        redacted.Text.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Jeg har ondt i hælen når jeg står op")]
    public async Task RedactAsync_NothingPersonal_ReturnsTheTextUnchangedWithNoMatches(string text)
    {
        var redacted = await new LocalTextAnalyzer().RedactAsync(text, "da");

        redacted.Text.Should().Be(text);
        redacted.Matches.Should().BeEmpty();
    }

    [Fact]
    public async Task RedactAsync_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        var act = () => new LocalTextAnalyzer().RedactAsync("Jeg hedder Mette", "da", cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("290201-1234")] // 29 February 1901 did not exist.
    [InlineData("310490-1234")] // Nor did 31 April.
    [InlineData("001390-1234")]
    public async Task RedactAsync_CprShapedNumberWithoutARealDate_IsNotACprNumber(string number)
    {
        var redacted = await new LocalTextAnalyzer().RedactAsync($"nummer {number}", "da");

        redacted.Matches.Should().NotContain(m => m.Category == PiiCategory.CprNumber);
    }

    [Fact]
    public async Task RedactAsync_LongText_IsHandledQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("Jeg hedder Mette og har ondt i hælen 3 gange om ugen. ", 2000));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var redacted = await new LocalTextAnalyzer().RedactAsync(text, "da");

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        redacted.Matches.Should().HaveCount(2000);
        redacted.Text.Should().NotContain("Mette");
    }
}
