using System.Text.Json;
using System.Text.RegularExpressions;
using HeelBot.Browser.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace HeelBot.Browser.Tests.ChatPage;

/// <summary>
/// A person at the clinic's chat page: the real host on a loopback port, the real Web Chat widget in Debian's
/// headless Chromium, answers given with the buttons and typed, and checks on what is on the screen. The tests
/// are in one class so that only one browser runs at a time.
/// </summary>
public sealed class ChatPageTests(ITestOutputHelper output)
{
    private static readonly string[] Questions = ["location", "timing", "duration", "age", "redflags", "activity"];

    [Fact]
    public async Task ChatPage_TriageWithButtonsAndTypedText_ShowsAdviceAndProgress()
    {
        using var host = new ChatHost();
        var page = host.Start();
        PlanStep[] plan =
        [
            PlanStep.Click("location", "Under hælen"),
            PlanStep.Click("timing", "De første skridt om morgenen"),
            PlanStep.Type("duration", "3 uger"),
            PlanStep.Click("age", "16 år eller ældre"),
            PlanStep.Type("redflags", "nej, ingen af dem"),
            PlanStep.Click("activity", "Jeg løber eller dyrker sport"),
        ];

        var run = await ChatPageBrowser.RunAsync(page, "triage", plan, expectMoreQuestion: true);
        var result = Report(run);

        result.Asked.Should().Equal(Questions, "the page showed each question in turn and took each answer");
        result.Progress.Select(p => p.Shown).Should().Equal(Questions, "the progress display follows heelbot.turn.asks");
        result.Progress.Select(p => p.Text).Should().Equal(
            "Spørgsmål 1 af 6: Hvor",
            "Spørgsmål 2 af 6: Hvornår",
            "Spørgsmål 3 af 6: Hvor længe",
            "Spørgsmål 4 af 6: Alder",
            "Spørgsmål 5 af 6: Faresignaler",
            "Spørgsmål 6 af 6: Aktivitet");
        result.FinalProgress.Should().Be("Alle spørgsmål er besvaret");
        result.Disposition.Should().Be("selfcare", "three weeks under the heel, worst in the morning, no red flags, an adult runner");
        result.OutcomeText.Should().NotBeNullOrWhiteSpace("the outcome message is shown");

        result.AdviceSections.Should().NotBeEmpty("self-care comes with advice");
        result.AdviceTitles.Should().Equal(result.AdviceSections.Select(id => AdviceContent.Title("da", id)),
            "each advice message shows its section's title (from content/da/advice), bold and visible");

        ShouldBeCleanPage(result, page);
        result.Screenshots.Should().Contain(path => Path.GetFileName(path) == "triage-mid-conversation.png");
        result.Screenshots.Should().OnlyContain(path => File.Exists(path) && new FileInfo(path).Length > 1000);
    }

    [Fact]
    public async Task ChatPage_UrgentRedFlagTypedFirst_ShowsSeekCareMessage()
    {
        using var host = new ChatHost();
        var page = host.Start();
        PlanStep[] plan =
        [
            PlanStep.Type("location", "min hæl er rød, hævet og varm og jeg har feber"),

            // Infection signs with fever: the bot rules out the emergency (high fever, very unwell) before it decides.
            PlanStep.Click("redflag.sign.high_fever_unwell", "Nej"),
        ];

        var run = await ChatPageBrowser.RunAsync(page, "urgent", plan, expectMoreQuestion: false);
        var result = Report(run);

        result.Disposition.Should().Be("urgent", "a red, swollen, warm heel with fever needs a doctor today");
        result.RedFlags.Should().Contain("infection");
        result.Asked.Should().NotContain(["timing", "duration", "age", "activity"], "a red flag goes straight to seeking care");
        result.OutcomeText.Should().Contain("læge", "the seek-care message tells the person to see a doctor")
            .And.Contain("112", "and when to call 112");
        result.AdviceSections.Should().BeEmpty("no self-care advice is buried under a seek-care message");
        result.Progress.Select(p => p.Shown).Should().Equal(["location", "redflags"], "the red-flag follow-up is the red-flag step");

        ShouldBeCleanPage(result, page);
    }

    /// <summary>
    /// Issue #6's "done when": a newcomer goes from heel pain to a confirmed booking reference in one conversation in
    /// the web widget, and the booking is in the database with the triage summary.
    /// </summary>
    [Fact]
    public async Task ChatPage_TriageThenBookingAtABuiltinClinic_ShowsReferenceAndStoresBookingWithTriage()
    {
        var folder = Directory.CreateTempSubdirectory("heelbot-browser-");
        var database = Path.Combine(folder.FullName, "heelbot.db");
        try
        {
            PlanStep[] plan =
            [
                PlanStep.Click("location", "Under hælen"),
                PlanStep.Click("timing", "De første skridt om morgenen"),
                PlanStep.Type("duration", "3 uger"),
                PlanStep.Click("age", "16 år eller ældre"),
                PlanStep.Type("redflags", "nej, ingen af dem"),
                PlanStep.Click("activity", "Jeg løber eller dyrker sport"),
                PlanStep.Click("booking.offer", "Book en tid"),
                PlanStep.Type("booking.clinic", "Aarhus"),

                // Aarhus C is booked in the bot's own schedule (content/booking/schedule.yml), not linked out.
                PlanStep.Click("booking.clinic", "Aarhus C"),

                // The free times depend on today's date: the first one offered.
                PlanStep.ClickAt("booking.time", 0),
                PlanStep.Type("booking.contact", "Mette Hansen"),
                PlanStep.Type("booking.contact", "20 12 34 56"),
                PlanStep.Type("booking.contact", "mette@example.dk"),
                PlanStep.Click("consent", "Ja, gerne"),
                PlanStep.Click("booking.confirm", "Ja, book tiden"),
            ];

            ChatPageResult result;
            IReadOnlyList<StoredAppointmentRow> appointments;
            using (var host = new ChatHost(new Dictionary<string, string>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:Sqlite"] = $"Data Source={database}",
            }))
            {
                var page = host.Start();
                var run = await ChatPageBrowser.RunAsync(
                    page, "booking", plan, expectMoreQuestion: false, expectFinalText: "HB-[A-Z0-9]{6}", scriptTimeout: TimeSpan.FromSeconds(120));
                result = Report(run);
                ShouldBeCleanPage(result, page);
                appointments = await ReadAppointmentsAsync(database);
            }

            result.Asked.Should().Equal(plan.Select(step => step.Asks), "the page showed each question in turn and took each answer");
            result.Disposition.Should().Be("selfcare", "three weeks under the heel, worst in the morning, no red flags, an adult runner");
            var shown = Regex.Match(result.FinalText ?? string.Empty, "HB-[A-Z0-9]{6}");
            shown.Success.Should().BeTrue("the confirmation on the page shows the booking reference: {0}", result.FinalText);

            var booked = appointments.Where(row => row.Status == "confirmed").Should().ContainSingle("one conversation books one time").Subject;
            booked.Reference.Should().Be(shown.Value, "the reference shown is the one stored");
            booked.ClinicId.Should().Be("aarhus-c");
            booked.ContactName.Should().Be("Mette Hansen");
            booked.Triage.Should().NotBeNullOrWhiteSpace("the person agreed to send the clinic the summary of their answers");
            using var triage = JsonDocument.Parse(booked.Triage!);
            triage.RootElement.GetProperty("disposition").GetString().Should().Be(result.Disposition, "the summary names the triage's outcome");
        }
        finally
        {
            // The host's pooled connections hold the file open until cleared.
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<IReadOnlyList<StoredAppointmentRow>> ReadAppointmentsAsync(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reference, clinic_id, status, contact_name, triage FROM booking_appointments;";
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<StoredAppointmentRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new StoredAppointmentRow(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }

    /// <summary>
    /// What every run must show, all judged together so one run reports every fault: a Danish page, text laid out
    /// as written, no errors, nothing fetched from elsewhere, no serious accessibility faults.
    /// </summary>
    private static void ShouldBeCleanPage(ChatPageResult result, Uri page)
    {
        using var scope = new FluentAssertions.Execution.AssertionScope();
        result.Ui.Lang.Should().Be("da");
        result.Ui.Subtitle.Should().Be("Din guide til ondt i hælen");
        result.Ui.Restart.Should().Be("Ny samtale");
        result.Ui.Disclaimer.Should().Contain("ikke en diagnose").And.Contain("112");
        result.Ui.Placeholder.Should().Be("Skriv dit svar her");
        result.Ui.SuggestedActionsLabel.Should().Be("Foreslåede handlinger", "Web Chat's own strings are Danish (locale da-DK)");
        result.Ui.SendBoxLabel.Should().NotBeNullOrEmpty().And.NotMatchEquivalentOf("*message*", "the send box is labelled in Danish");

        result.MarkdownShown.Should().BeEmpty("markdown is rendered, never shown as asterisks or hashes");
        result.RunTogether.Should().BeEmpty("a message written on several lines (lists, phone numbers) shows them on several lines");

        result.ConsoleErrors.Should().BeEmpty("the page logs no errors (CSP violations included)");
        result.ForeignRequests.Should().BeEmpty("the page loads everything from the host: no CDN, no telemetry");
        result.FailedRequests.Should().BeEmpty("no request to the host fails");
        result.WebSockets.Should().NotBeEmpty("Web Chat streams over the host's WebSocket")
            .And.OnlyContain(url => new Uri(url).Authority == page.Authority);
        result.Requests.Should().BeGreaterThan(0);

        result.Axe.Should().NotBeEmpty();
        result.AxeViolations().Where(v => v.IsSeriousOrWorse).Select(v => v.ToString()).Should().BeEmpty(
            "axe-core finds no serious or critical accessibility violations");
    }

    private ChatPageResult Report(ChatPageRun run)
    {
        output.WriteLine(run.Process.Errors);
        var result = run.Result();
        output.WriteLine($"{result.Checked} checks in the browser; {result.Requests} requests to the host; {result.Axe.Count} axe scans.");
        output.WriteLine("asked: " + string.Join(", ", result.Asked) + " → " + result.Disposition + "; progress at the end: " + result.FinalProgress);
        foreach (var violation in result.AxeViolations())
        {
            output.WriteLine("axe: " + violation);
        }

        foreach (var lines in result.RunTogether)
        {
            output.WriteLine("run together: " + lines);
        }

        output.WriteLine("screenshots: " + string.Join(", ", result.Screenshots));
        return result;
    }
}
