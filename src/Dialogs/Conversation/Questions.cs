namespace HeelBot.Dialogs.Conversation;

/// <summary>The slot questions, as content keys and choice values.</summary>
public static class Questions
{
    public static readonly SlotQuestion Location = Choice(Slots.Location, "under", "behind", "whole", "unsure");

    public static readonly SlotQuestion Timing = Choice(Slots.Timing, "morning", "activity", "after_activity", "rest", "constant");

    public static readonly SlotQuestion Duration = Choice(Slots.Duration, [.. SlotValues.DurationChoices.Keys]);

    public static readonly SlotQuestion Age = Choice(Slots.Age, "adult", "child");

    public static readonly SlotQuestion Activity = Choice(Slots.Activity, "runner", "standing", "both", "neither");

    public static readonly SlotQuestion More = new(Slots.BookingOffer, AnswerKind.Choice, "ask.more", "ask.more", "more", ["advice", "book", "done"]);

    /// <summary>Every section has been shown: the question no longer offers more advice, and says so when asked for more.</summary>
    public static readonly SlotQuestion MoreWhenAllShown = new(Slots.BookingOffer, AnswerKind.Choice, "ask.more.all_shown", "retry.more.all_shown", "more", ["book", "done"]);

    /// <summary>May we keep a copy of this conversation for <paramref name="days"/> days? Yes or no; anything else is no.</summary>
    public static SlotQuestion Consent(int days) =>
        new(Slots.Consent, AnswerKind.Consent, "ask.consent", "retry.consent", "consent", [SlotPromptValues.Yes, SlotPromptValues.No],
            new Dictionary<string, string> { ["days"] = days.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>The red-flag list question; the list is filled in with what is still unanswered.</summary>
    public static SlotQuestion RedFlagList(string askKey, string list) =>
        new(Slots.RedFlags, AnswerKind.FreeText, askKey, "retry.redflags", "redflags", ["none", "some"], new Dictionary<string, string> { ["list"] = list });

    /// <summary>A yes/no question about one red flag or sign.</summary>
    public static SlotQuestion RedFlag(string id) =>
        new(Slots.RedFlag(id), AnswerKind.YesNo, $"ask.redflag.{id}", "retry.redflag", "yesno", [SlotPromptValues.Yes, SlotPromptValues.No]);

    private static SlotQuestion Choice(string slot, params string[] values) =>
        new(slot, AnswerKind.Choice, $"ask.{slot}", $"retry.{slot}", slot, values);
}
