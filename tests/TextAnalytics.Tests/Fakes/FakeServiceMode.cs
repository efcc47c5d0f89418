namespace HeelBot.TextAnalytics.Tests.Fakes;

/// <summary>How the fake Azure AI Language service answers.</summary>
public enum FakeServiceMode
{
    /// <summary>As documented: results for each document.</summary>
    Normal,

    /// <summary>The first request gets 429 with Retry-After: 1, the rest are answered normally.</summary>
    ThrottleOnce,

    /// <summary>Every request gets 500 Internal Server Error.</summary>
    ServerError,

    /// <summary>Every request gets 401, as for a wrong key.</summary>
    Unauthorized,

    /// <summary>200 OK with a body that is not JSON.</summary>
    MalformedJson,

    /// <summary>Every document is refused in results.errors[].</summary>
    DocumentErrors,

    /// <summary>Entities whose offsets point two characters past their text.</summary>
    WrongOffsets,
}
