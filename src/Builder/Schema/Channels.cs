namespace HeelBot.Builder.Schema;

/// <summary>Channel ids HeelBot renders differently.</summary>
public static class Channels
{
    public const string Webchat = "webchat";
    public const string Directline = "directline";
    public const string Emulator = "emulator";
    public const string Msteams = "msteams";
    public const string Sms = "sms";
    public const string Test = "test";
}
