using HeelBot.Builder.Schema;
using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Conversation;
using HeelBot.Dialogs.Tests.Chat;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Tests.Booking;

/// <summary>
/// The booking conversation against the real dialogs and an in-memory back end: what is booked and sent to the clinic,
/// and what the person is told when the time was just taken, the back end is down, or the clinic books elsewhere.
/// </summary>
public sealed class BookingDialogTests
{
    [Fact]
    public async Task Book_SummaryAccepted_SendsContactAndTriageSummaryToTheClinic()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync("Ja, gerne");

        // Act
        await chat.SayAsync("Ja, book tiden");

        // Assert
        chat.KeysOfLast()[0].Should().Be("booking.confirmed");
        var request = chat.Booking.Requests.Should().ContainSingle().Subject;
        request.ClinicId.Should().Be("aarhus-c");
        request.Language.Should().Be("da");
        request.Person.Should().Be(PersonKey.For(Channels.Webchat, "user-1"));
        request.Contact.Should().Be(new BookingContact("Mette Hansen", "+4520123456", "mette.hansen@gmail.com"));
        var triage = request.Triage!;
        triage.Location.Should().Be(HeelLocation.Under);
        triage.Timing.Should().Be(PainTiming.Morning);
        triage.DurationWeeks.Should().Be(3);
        triage.Age.Should().Be(45);
        triage.Disposition.Should().Be(Disposition.SelfCare);
        triage.RulesVersion.Should().NotBeNullOrEmpty();
        triage.RedFlags.Keys.Should().Contain(RedFlagIds.Asked, "every red flag was asked about");
        triage.RedFlags.Where(flag => RedFlagIds.Asked.Contains(flag.Key)).Should().OnlyContain(flag => flag.Value == TriageAnswer.No);
        chat.Last[0].Text.Should().Contain("Aarhus C, mandag 23. november kl. 7.30 hos Anne");
    }

    [Fact]
    public async Task Book_SummaryDeclined_SendsNoTriageSummary()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync("Nej tak");

        // Act
        await chat.SayAsync("Ja, book tiden");

        // Assert
        chat.Booking.Requests.Should().ContainSingle().Which.Triage.Should().BeNull("the person said no to sharing their answers");
        chat.Last[0].Text.Should().Contain("HB-");
    }

    [Fact]
    public async Task Book_SlotTakenMeanwhile_SaysSoOffersOtherTimesAndBooksTheOneChosen()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();
        chat.Booking.TakeBeforeBooking = true;

        // Act
        await chat.SayAsync("Ja, book tiden");
        var alternatives = BookingChat.Buttons(chat.Last[^1]);
        await chat.SayAsync(alternatives[0]);
        var confirmation = chat.Last[^1].Text;
        await chat.SayAsync("Ja, book tiden");

        // Assert
        alternatives.Should().HaveCount(4).And.EndWith("En anden tid");
        confirmation.Should().Contain($"Tid: {alternatives[0]}", "the contact details are kept; only the time was asked again");
        chat.KeysOfLast()[0].Should().Be("booking.confirmed");
        chat.Last[0].Text.Should().Contain(alternatives[0]);
        var booked = chat.Booking.Requests.Should().ContainSingle().Subject;
        booked.SlotId.Should().NotBe("aarhus-c.anne.20261123T0630Z", "Anne's 7.30 was taken; another practitioner's or another time is booked");
        booked.Contact!.Name.Should().Be("Mette Hansen");
    }

    [Fact]
    public async Task Book_SlotTakenMeanwhile_TellsThePersonBeforeOfferingTimes()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();
        chat.Booking.TakeBeforeBooking = true;

        // Act
        await chat.SayAsync("Ja, book tiden");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.slot_taken", "booking.ask.time.alternatives");
        chat.AsksLast().Should().Be(Slots.BookingTime);
    }

    [Fact]
    public async Task Book_BackEndDown_SaysHonestlyItIsPendingAndKeepsEverythingEntered()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();
        chat.Booking.Down = true;

        // Act
        await chat.SayAsync("Ja, book tiden");

        // Assert
        chat.KeysOfLast()[0].Should().Be("booking.pending");
        chat.Last[0].Text.Should().Contain("+45 20 12 34 56", "the person is told where the clinic will reach them").And.NotContain("HB-");
        var kept = chat.Booking.PendingRequests.Should().ContainSingle().Subject;
        kept.Contact!.Email.Should().Be("mette.hansen@gmail.com");
        kept.Triage.Should().NotBeNull();
    }

    [Fact]
    public async Task Book_LinkOutClinic_GivesThePrefilledLinkWithoutAskingAnythingPersonal()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.SayAsync("Holstebro");
        await chat.SayAsync("Holstebro");
        var first = BookingChat.Buttons(chat.Last[^1])[0];

        // Act
        await chat.SayAsync(first);

        // Assert
        chat.KeysOfLast()[0].Should().Be("booking.linkout");
        chat.Last[0].Text.Should().Contain("https://booking.example.dk/clinics/holstebro/new?date=2026-11-23&time=08%3A00");
        chat.KeysOfLast().Should().NotContain(key => key.StartsWith("booking.ask.name", StringComparison.Ordinal));
        chat.Booking.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Contact_AzureSmsChannelGivesTheNumber_IsNotAskedAndIsUsed()
    {
        // Arrange
        var chat = new BookingChat(Channels.Sms, userId: "+4531313131");
        await chat.StartBookingAsync();
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("1");
        await chat.SayAsync("1");

        // Act
        await chat.SayAsync("Mette Hansen");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.email");
        await chat.SayAsync("1");
        await chat.SayAsync("1");
        chat.Last[^1].Text.Should().Contain("Mobil: +45 31 31 31 31");
        await chat.SayAsync("1");
        chat.Booking.Requests.Should().ContainSingle().Which.Contact!.Phone.Should().Be("+4531313131");
    }

    [Fact]
    public async Task Contact_DirectTwilioRouteHidesTheNumber_AsksForItAndSaysWhy()
    {
        // Arrange: the bot's own Twilio webhook gives a keyed hash, never the number.
        var chat = new BookingChat(Channels.Sms, userId: "sms-0f3a9c5e1d2b4a6c8e0f1a2b3c4d5e6f");
        await chat.StartBookingAsync();
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("1");
        await chat.SayAsync("1");

        // Act
        await chat.SayAsync("Mette Hansen");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.phone.sms");
    }

    [Theory]
    [InlineData("2012345", "booking.retry.phone.few", "7 cifre")]
    [InlineData("2012 34567", "booking.retry.phone.many", "9 cifre")]
    [InlineData("1234 5678", "booking.retry.phone.danish", "0 eller 1")]
    [InlineData("20ab1234", "booking.retry.phone.letters", "bogstaver")]
    [InlineData("mit nummer", "booking.retry.phone.missing", "20 12 34 56")]
    public async Task Contact_InvalidPhone_SaysWhatWasWrongAndAsksAgain(string typed, string key, string says)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.SayAsync("Mette Hansen");

        // Act
        await chat.SayAsync(typed);

        // Assert
        chat.KeysOfLast().Should().Equal(key);
        chat.Last[0].Text.Should().Contain(says);
        chat.AsksLast().Should().Be(Slots.BookingContact);
    }

    [Theory]
    [InlineData("mette.hansen.gmail.com", "booking.retry.email.at")]
    [InlineData("mette hansen@gmail.com", "booking.retry.email.spaces")]
    [InlineData("mette@gmail", "booking.retry.email.dot")]
    [InlineData("mette@@gmail.com", "booking.retry.email.ats")]
    [InlineData("mette@gmail.con", "booking.retry.email.typo")]
    public async Task Contact_InvalidEmail_SaysWhatWasWrongAndAsksAgain(string typed, string key)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.SayAsync("Mette Hansen");
        await chat.SayAsync("20 12 34 56");

        // Act
        await chat.SayAsync(typed);

        // Assert
        chat.KeysOfLast().Should().Equal(key);
        chat.AsksLast().Should().Be(Slots.BookingContact);
        BookingChat.Buttons(chat.Last[^1]).Should().EndWith("Spring over", "the e-mail address may always be skipped");
    }

    [Fact]
    public async Task Contact_LikelyTypoInEmail_OffersTheCorrectionAndTakesIt()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.SayAsync("Mette Hansen");
        await chat.SayAsync("20 12 34 56");
        await chat.SayAsync("mette@gmail.con");

        // Act
        var offered = BookingChat.Buttons(chat.Last[^1]);
        await chat.SayAsync("mette@gmail.com");

        // Assert
        offered.Should().Equal("mette@gmail.com", "mette@gmail.con", "Spring over");
        chat.KeysOfLast().Should().Equal("booking.ask.summary");
    }

    [Theory]
    [InlineData("Mette 2", "booking.retry.name.digits")]
    [InlineData("mette@gmail.com", "booking.retry.name.email")]
    [InlineData("M", "booking.retry.name.short")]
    [InlineData("ved ikke", "booking.retry.name.other")]
    public async Task Contact_NoName_SaysWhatIsNeeded(string typed, string key)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();

        // Act
        await chat.SayAsync(typed);

        // Assert
        chat.KeysOfLast().Should().Equal(key);
    }

    [Fact]
    public async Task Confirm_ChangeContact_AsksNameNumberAndEmailAgainThenConfirmsAgain()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();

        // Act
        await chat.SayAsync("Ret mine oplysninger");
        var asked = chat.KeysOfLast();
        await chat.SayAsync("Karen Jensen");
        await chat.SayAsync("+45 40 50 60 70");
        await chat.SayAsync("Spring over");

        // Assert
        asked.Should().Equal("booking.ask.name");
        chat.KeysOfLast().Should().Equal(["booking.ask.confirm"], "the summary answer is kept");
        chat.Last[0].Text.Should().Contain("Navn: Karen Jensen").And.Contain("Mobil: +45 40 50 60 70").And.Contain("E-mail: ingen");
    }

    [Fact]
    public async Task Confirm_DontBook_BooksNothing()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();

        // Act
        await chat.SayAsync("Book ikke");

        // Assert
        chat.KeysOfLast()[0].Should().Be("booking.declined");
        chat.Booking.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Confirm_AnswerNotUnderstood_AsksAgainWithTheChoices()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();

        // Act
        await chat.SayAsync("hmm, blå");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.retry.confirm");
        BookingChat.Buttons(chat.Last[0]).Should().Equal("Ja, book tiden", "Skift klinik", "Skift tid", "Ret mine oplysninger", "Book ikke");
        chat.Booking.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Clinic_NotNow_EndsTheBookingWithoutBooking()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();

        // Act
        await chat.SayAsync("Ikke nu alligevel");

        // Assert
        chat.KeysOfLast()[0].Should().Be("booking.declined");
    }

    [Theory]
    [InlineData("Sonderborg", "Sønderborg")]
    [InlineData("sønderborg", "Sønderborg")]
    [InlineData("Hilerød", "Hillerød")]
    [InlineData("Vejle", "Vejle")]
    public async Task Clinic_OneClinicNamed_IsOfferedFirstWithTheNearestOthers(string typed, string clinic)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();

        // Act
        await chat.SayAsync(typed);

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.clinic.one");
        var buttons = BookingChat.Buttons(chat.Last[0]);
        buttons.Should().HaveCount(4).And.EndWith("Ikke nu alligevel");
        buttons[0].Should().Be(clinic);
        buttons.Distinct().Should().HaveCount(4);
    }

    [Theory]
    [InlineData("kbh", new[] { "Amager", "Frederiksberg", "Østerbro", "Valby" })]
    [InlineData("Århus", new[] { "Aarhus C", "Risskov" })]
    public async Task Clinic_NameOfSeveral_OffersThemAll(string typed, string[] clinics)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();

        // Act
        await chat.SayAsync(typed);

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.clinic.several");
        BookingChat.Buttons(chat.Last[0]).SkipLast(1).Should().BeEquivalentTo(clinics);
    }

    [Theory]
    [InlineData("5700", new[] { "Odense", "Sønderborg", "Haderslev" })]
    [InlineData("8000", new[] { "Aarhus C", "Risskov", "Randers" })]
    [InlineData("Silkeborg", new[] { "Herning", "Aarhus C", "Horsens" })]
    public async Task Clinic_PostcodeOrTownWithoutClinic_OffersTheNearest(string typed, string[] nearest)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();

        // Act
        await chat.SayAsync(typed);

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.clinic.near");
        BookingChat.Buttons(chat.Last[0]).SkipLast(1).Should().BeEquivalentTo(nearest);
    }

    [Fact]
    public async Task Clinic_UnknownPlace_AsksAgainWithAnExample()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();

        // Act
        await chat.SayAsync("Narnia");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.retry.clinic");
        chat.Last[0].Text.Should().Contain("\"5000\"");
    }

    [Fact]
    public async Task Clinic_PersonSaidWhereTheyLive_StartsFromTheClinicsNearThere()
    {
        // Arrange
        var chat = new BookingChat();

        // Act
        await chat.SayAsync("jeg bor i Randers og har ondt under hælen i 3 uger, værst om morgenen");
        await chat.SayAsync("45");
        await chat.SayAsync("nej, ingen af dem");
        await chat.SayAsync("Ingen af delene");
        await chat.SayAsync("Book en tid");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.clinic.near");
        BookingChat.Buttons(chat.Last[0])[0].Should().Be("Randers");
    }

    [Theory]
    [InlineData("i morgen kl 10", "mandag 23. november kl. 10.00")]
    [InlineData("tirsdag eftermiddag", "tirsdag 24. november kl. 12.30")]
    [InlineData("onsdag formiddag", "onsdag 25. november kl. 9.00")]
    [InlineData("fredag kl 14", "fredag 27. november kl. 14.00")]
    public async Task Time_WishInWords_OffersTheClosestFreeTimesFirst(string wish, string first)
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("Aarhus C");

        // Act
        await chat.SayAsync(wish);

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.time.closest");
        BookingChat.Buttons(chat.Last[0])[0].Should().Be(first);
    }

    [Fact]
    public async Task Time_EnglishWish_OffersTimesInEnglish()
    {
        // Arrange
        var chat = new BookingChat(language: "en");
        await chat.StartBookingAsync();
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("Aarhus C");

        // Act
        await chat.SayAsync("next Tuesday at 10am");

        // Assert
        BookingChat.Buttons(chat.Last[0])[0].Should().Be("Tuesday 24 November at 10:00");
    }

    [Fact]
    public async Task Time_WishOutsideOpeningHours_SaysSoAndOffersTheNearest()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.SayAsync("Vejle");
        await chat.SayAsync("Vejle");

        // Act: Vejle is closed at weekends.
        await chat.SayAsync("lørdag formiddag");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.time.nearby");
        BookingChat.Buttons(chat.Last[0]).Should().HaveCount(4);
    }

    [Fact]
    public async Task Time_NoTimeInTheAnswer_AsksAgainWithAnExample()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("Aarhus C");

        // Act
        await chat.SayAsync("det ved jeg ikke");

        // Assert
        chat.KeysOfLast().Should().Equal("booking.retry.time");
    }

    [Fact]
    public async Task Time_DurationInTheAnswer_IsNotTakenAsHowLongItHasHurt()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("Aarhus C");

        // Act
        await chat.SayAsync("om 3 måneder");

        // Assert
        (await chat.Harness.SessionAsync())!.Facts.DurationWeeks.Should().Be(3, "a booking answer is no news about the heel");
        chat.KeysOfLast().Should().NotContain("understood");
    }

    [Fact]
    public async Task Booking_RedFlagMentionedMidBooking_SendsThePersonToCareFirst()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();

        // Act
        await chat.SayAsync("nu har jeg fået feber, og hælen er rød og hævet");
        var asked = chat.AsksLast();
        await chat.SayAsync("nej");

        // Assert
        asked.Should().Be("redflag.sign.high_fever_unwell", "whether it is an emergency is asked first");
        var keys = chat.KeysOfLast().ToList();
        keys.Should().Contain("outcome.urgent");
        keys.IndexOf("outcome.urgent").Should().BeLessThan(keys.IndexOf("booking.offer.followup"), "care comes first, a follow-up only after it");
        chat.Booking.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Booking_AfterEmergency_IsNotOffered()
    {
        // Arrange
        var chat = new BookingChat();

        // Act
        await chat.SayAsync("jeg er faldet ned fra en stige, foden står helt skævt og jeg kan se knoglen");

        // Assert
        chat.KeysOfLast()[^1].Should().Be("outcome.emergency");
        chat.Last.Select(BotHarness.TurnOf).Should().OnlyContain(turn => turn!.Asks == null);
    }

    [Fact]
    public async Task Contact_ParentBookingForAChild_AsksForTheChildsName()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.SayAsync("min datter på 11 har ondt bag på hælen efter fodbold, i 3 uger");
        await chat.SayAsync("nej, ingen af dem");
        await chat.SayAsync("Nej");
        await chat.SayAsync("Nej");
        chat.AsksLast().Should().Be(Slots.BookingOffer, "a child without fever or limp goes to the clinic");
        await chat.SayAsync("Book en tid");
        await chat.SayAsync("Aarhus C");
        await chat.SayAsync("Aarhus C");

        // Act
        await chat.SayAsync(BookingChat.Buttons(chat.Last[^1])[0]);

        // Assert
        chat.KeysOfLast().Should().Equal("booking.ask.name.child");
    }

    [Fact]
    public async Task Transcript_BookingDetails_AreRedactedWhereverTheyAppear()
    {
        // Arrange
        var chat = new BookingChat();
        await chat.StartBookingAsync();
        await chat.ChooseAarhusFirstTimeAsync();
        await chat.GiveContactAsync();

        // Act
        await chat.SayAsync("Ja, book tiden");

        // Assert
        var transcript = await chat.Harness.Transcripts.GetTranscriptAsync(chat.Harness.ChannelId, chat.Harness.ConversationId);
        var text = string.Join('\n', transcript!.Activities.Select(activity => activity.Text));
        text.Should().Contain("Tjek lige, at det hele passer", "the booking turns are recorded");
        foreach (var personal in new[] { "Mette", "Hansen", "20 12 34 56", "2012", "mette.hansen@gmail.com" })
        {
            text.Should().NotContain(personal);
        }
    }
}
