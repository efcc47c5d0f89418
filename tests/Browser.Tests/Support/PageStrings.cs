namespace HeelBot.Browser.Tests.Support;

/// <summary>The page's own strings and Web Chat's, as the browser showed them at the first question.</summary>
public sealed record PageStrings(
    string Lang,
    string Title,
    string Subtitle,
    string Restart,
    string Disclaimer,
    string? Placeholder,
    string? SendBoxLabel,
    string? SuggestedActionsLabel,
    string? TranscriptLabel);
