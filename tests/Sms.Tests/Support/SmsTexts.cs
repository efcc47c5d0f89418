using HeelBot.Bot.Channels.Twilio;
using HeelBot.Dialogs.Content;

namespace HeelBot.Sms.Tests.Support;

/// <summary>
/// The bot's texts from the same embedded catalog the host loads, in the plain form an SMS carries them, so tests
/// name content keys instead of copying sentences.
/// </summary>
public static class SmsTexts
{
    private static readonly ContentCatalog Catalog = ContentCatalog.LoadEmbedded();

    /// <summary>The whole text of a key without placeholders.</summary>
    public static string Text(string key, string language = "da") => SmsText.Plain(Catalog.Text(key, language));

    /// <summary>The fixed start of a key's text, up to its first placeholder (e.g. the outcome before its reasons).</summary>
    public static string Start(string key, string language = "da")
    {
        var template = Catalog.Text(key, language, new PlaceholderEcho());
        var end = template.IndexOf(PlaceholderEcho.Marker, StringComparison.Ordinal);
        return SmsText.Plain(end < 0 ? template : template[..end]);
    }

    /// <summary>The title of a choice as its numbered line shows it.</summary>
    public static string Choice(string slot, string value, string language = "da") => Catalog.Text($"choice.{slot}.{value}", language);

    public static AdviceSection Advice(string id, string language = "da") => Catalog.Advice(id, language);

    /// <summary>Fills every placeholder with a marker, so the fixed part of a template can be found.</summary>
    private sealed class PlaceholderEcho : Dictionary<string, string>, IReadOnlyDictionary<string, string>
    {
        public const string Marker = "\u0001";

        string IReadOnlyDictionary<string, string>.this[string key] => Marker;

        bool IReadOnlyDictionary<string, string>.TryGetValue(string key, out string value)
        {
            value = Marker;
            return true;
        }

        bool IReadOnlyDictionary<string, string>.ContainsKey(string key) => true;
    }
}
