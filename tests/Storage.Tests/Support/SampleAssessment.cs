namespace HeelBot.Storage.Tests.Support;

/// <summary>A typed record stored as an <c>object</c> value, the way dialog options carry an assessment across turns.</summary>
public sealed record SampleAssessment(string Location, int PainScore, SampleSeverity Severity, DateTimeOffset Onset, IReadOnlyList<string> Triggers);
