namespace HeelBot.LoadTool.Tests;

public class OptionsParserTests
{
    [Fact]
    public void Parse_ListsAndNumbers_AreRead()
    {
        var (options, problem) = OptionsParser.Parse(["--target", "heelbot", "--storage", "sqlite,postgres", "--concurrency=16,64", "--duration", "12.5", "--transport", "directline", "--idle", "0"]);

        problem.Should().BeNull();
        options!.Targets.Should().Equal(TargetKind.HeelBot);
        options.Storages.Should().Equal(StorageKind.Sqlite, StorageKind.Postgres);
        options.Concurrency.Should().Equal(16, 64);
        options.Duration.Should().Be(TimeSpan.FromSeconds(12.5));
        options.Transports.Should().Equal(TransportKind.DirectLine);
        options.IdleConversations.Should().Be(0);
    }

    [Fact]
    public void Parse_Both_MeansHeelBotAndReference()
    {
        var (options, _) = OptionsParser.Parse(["--target", "both"]);

        options!.Targets.Should().Equal(TargetKind.HeelBot, TargetKind.Reference);
    }

    [Theory]
    [InlineData("--concurrency", "0")]
    [InlineData("--storage", "redis")]
    [InlineData("--duration", "soon")]
    [InlineData("--nonsense", "1")]
    public void Parse_BadValue_NamesTheProblem(string name, string value)
    {
        var (options, problem) = OptionsParser.Parse([name, value]);

        options.Should().BeNull();
        problem.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Parse_Help_GivesNeitherOptionsNorProblem()
    {
        var (options, problem) = OptionsParser.Parse(["--help"]);

        options.Should().BeNull();
        problem.Should().BeNull();
    }
}
