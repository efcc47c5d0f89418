namespace HeelBot.LoadTool;

/// <summary>Which bot a window drives.</summary>
public enum TargetKind
{
    /// <summary>HeelBot's own host (src/Bot), started from its built dll.</summary>
    HeelBot,

    /// <summary>The botbuilder-JS reference bot in ../shared/reference-bot, started with node.</summary>
    Reference,
}
