namespace HeelBot.Recognizers.Contact;

/// <summary>
/// An e-mail address read from text: trimmed, domain in lower case, the local part as written.
/// <see cref="Address"/> is set whenever the text held a well-formed address, also for a <see cref="EmailProblem.LikelyTypo"/>,
/// where <see cref="Suggestion"/> is the corrected address to offer ("Mente du anna@gmail.com?").
/// </summary>
public sealed record EmailResult(string? Address, EmailProblem Problem, string? Suggestion = null)
{
    public bool IsValid => Problem == EmailProblem.None;

    /// <summary>True for a valid address and for a likely typo, which is well-formed and may be what the person meant.</summary>
    public bool IsWellFormed => Problem is EmailProblem.None or EmailProblem.LikelyTypo;
}
