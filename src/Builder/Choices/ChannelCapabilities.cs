using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Choices;

/// <summary>What each channel can show, so choices render as something the person can use there.</summary>
public static class ChannelCapabilities
{
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount) => channelId switch
    {
        Channels.Webchat or Channels.Directline or Channels.Emulator or Channels.Test => buttonCount <= 100,
        _ => false,
    };

    /// <summary>Cards with buttons (Teams does not show suggested actions everywhere).</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount) => channelId switch
    {
        Channels.Msteams => buttonCount <= 6,
        Channels.Webchat or Channels.Directline or Channels.Emulator or Channels.Test => buttonCount <= 100,
        Channels.Sms => false,
        _ => buttonCount <= 3,
    };
}
