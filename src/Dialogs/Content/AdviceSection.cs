namespace HeelBot.Dialogs.Content;

/// <summary>
/// One self-care advice section in one language, as a clinician reviews it:
/// the markdown body plus its provenance and review date.
/// </summary>
public sealed record AdviceSection(
    string Id,
    string Language,
    string Title,
    string Summary,
    string Body,
    IReadOnlyList<ContentSource> Sources,
    DateOnly Reviewed,
    string Reviewer);
