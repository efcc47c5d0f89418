using HeelBot.Dialogs.Privacy;
using HeelBot.Dialogs.Triage;

namespace HeelBot.Dialogs.Conversation;

/// <summary>
/// What one conversation knows, kept in conversation state: the language, the facts gathered so far,
/// and what has been decided and shown. Dialogs read and extend it; only the triage rules decide.
/// </summary>
public sealed class TriageSession
{
    public string Language { get; set; } = "da";

    public TriageFacts Facts { get; set; } = new();

    public bool Greeted { get; set; }

    /// <summary>The disposition given to the person, once given (wire name).</summary>
    public string? Disposition { get; set; }

    /// <summary>Advice section ids chosen for the person, best first.</summary>
    public List<string> Sections { get; set; } = [];

    /// <summary>How many of <see cref="Sections"/> have been shown.</summary>
    public int SectionsShown { get; set; }

    public List<AuditEntry> Audit { get; set; } = [];

    /// <summary>The most urgent disposition the flow has already jumped to (null: none yet).</summary>
    public Disposition? Escalation { get; set; }

    /// <summary>Red flags the person mentioned unclearly; each is asked as a yes/no question.</summary>
    public List<string> UnclearFlags { get; set; } = [];

    /// <summary>The red-flag list was not understood: ask the rest one at a time.</summary>
    public bool AskFlagsOneByOne { get; set; }

    /// <summary>
    /// The button titles (both languages) of the question waiting for an answer. Pressing one is an
    /// answer to that question, not free text to read facts from ("16 år eller ældre" is not a duration).
    /// </summary>
    public List<string> PendingChoiceTitles { get; set; } = [];

    /// <summary>The place the person said they live (city or postcode, as written), to give their own region's number.</summary>
    public string? Place { get; set; }

    /// <summary>
    /// The slot of the question waiting for an answer (null: none). A bare "45" means an age when the
    /// age was asked, and "30 år" in that answer is the age, not how long the pain has lasted.
    /// </summary>
    public string? PendingSlot { get; set; }

    /// <summary>How many choices the waiting question showed as numbered lines (SMS), where "2" picks one; 0 otherwise.</summary>
    public int PendingNumberedChoices { get; set; }

    /// <summary>The answer to "may we keep a copy of this conversation?" once given; asked once per conversation.</summary>
    public ConsentRecord? Consent { get; set; }

    /// <summary>One-way hashes of the personal data the person gave, to redact it from the transcript (see <see cref="Privacy.GivenPersonalData"/>).</summary>
    public List<string> PersonalDataHashes { get; set; } = [];

    public TriageDecision Decide() => TriageRules.Decide(Facts);
}
