namespace HeelBot.Browser.Tests.Support;

/// <summary>What the progress display showed while the bot asked <paramref name="Asks"/>.</summary>
public sealed record ProgressSnapshot(string Asks, string Shown, string Text);
