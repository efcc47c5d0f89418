namespace HeelBot.Builder.Schema;

/// <summary>Wire values from the Connector Swagger (not the prose spec's shortened names).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
