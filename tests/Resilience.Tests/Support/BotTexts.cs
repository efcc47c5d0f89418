using HeelBot.Dialogs.Content;

namespace HeelBot.Resilience.Tests.Support;

/// <summary>The texts the bot says, from the same embedded catalog the host loads, so tests compare keys not sentences.</summary>
public static class BotTexts
{
    private static readonly ContentCatalog Catalog = ContentCatalog.LoadEmbedded();

    public static string Text(string key, string language = "da") => Catalog.Text(key, language);
}
