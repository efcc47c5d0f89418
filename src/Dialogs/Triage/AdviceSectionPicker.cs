using HeelBot.Dialogs.Content;

namespace HeelBot.Dialogs.Triage;

/// <summary>Chooses the advice sections for a decision, best first. Part of <see cref="TriageRules.Decide"/>.</summary>
internal static class AdviceSectionPicker
{
    public static IReadOnlyList<string> Choose(TriageFacts facts, Disposition disposition)
    {
        // Advice next to "call 112" or "see a doctor today" invites the person to try self-care first.
        if (disposition is Disposition.Emergency or Disposition.Urgent)
        {
            return [];
        }

        // A possible stress fracture needs the load off the bone: offloading leads, and there is no
        // "keep running" advice and no rolling pressure on a heel bone that hurts when squeezed.
        var stressFracture = facts.Has(RedFlagIds.StressFracture);
        var recurring = facts.Recurring == true;
        var sections = new List<string>();

        if (stressFracture)
        {
            sections.Add(AdviceSectionIds.Offloading);
        }

        sections.Add(AboutSection(facts.Location));

        if (!stressFracture)
        {
            sections.Add(AdviceSectionIds.Offloading);
        }

        if (facts.Runner == true && !stressFracture)
        {
            sections.Add(AdviceSectionIds.RunningReturn);
        }

        if (facts.StandingWork == true)
        {
            sections.Add(AdviceSectionIds.StandingWork);
        }

        sections.Add(AdviceSectionIds.Exercises);

        // Someone who has had this before knows the basics; what they lack is keeping it away.
        if (recurring)
        {
            sections.Add(AdviceSectionIds.PreventRelapse);
        }

        sections.Add(AdviceSectionIds.ShoesInsoles);

        // Rolling presses on the sore spot: fine under the heel, not on an irritated Achilles tendon or bursa,
        // and not when we do not know which of the two it is.
        if ((facts.Location is HeelLocation.Under or HeelLocation.Whole or HeelLocation.Pad) && !stressFracture)
        {
            sections.Add(AdviceSectionIds.MassageRolling);
        }

        if (TriageRules.IsLongerThan(facts, TriageRules.SelfCareWeeks) || disposition == Disposition.Doctor)
        {
            sections.Add(AdviceSectionIds.BeyondSelfCare);
        }

        if (!recurring)
        {
            sections.Add(AdviceSectionIds.PreventRelapse);
        }

        return sections;
    }

    /// <summary>Unsure or unknown location gets plantar fasciitis, by far the commonest cause of heel pain.</summary>
    private static string AboutSection(HeelLocation? location) => location switch
    {
        HeelLocation.Behind => AdviceSectionIds.AboutAchillesBursitis,
        HeelLocation.Whole or HeelLocation.Pad => AdviceSectionIds.AboutHeelPad,
        _ => AdviceSectionIds.AboutPlantarFasciitis,
    };
}
