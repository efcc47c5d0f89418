namespace HeelBot.Storage.Tests.Support;

public enum SampleSeverity
{
    Mild,
    Moderate,
    Severe,
}
