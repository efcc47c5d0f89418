using HeelBot.Authentication.Tests.Support;
using HeelBot.Bot.Authentication;
using Moq;

namespace HeelBot.Authentication.Tests.Outbound;

public sealed class CachedChannelTokenProviderTests
{
    private readonly PinnedTimeProvider _time = new();
    private readonly Mock<IChannelTokenSource> _source = new();
    private int _issued;

    public CachedChannelTokenProviderTests() =>
        _source.Setup(source => source.AcquireAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new ChannelToken($"token-{++_issued}", _time.GetUtcNow().AddHours(1)));

    [Fact]
    public async Task GetTokenAsync_BeforeTheRenewalMargin_ReturnsTheCachedToken()
    {
        using var provider = new CachedChannelTokenProvider(_source.Object, _time);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54) + TimeSpan.FromSeconds(59));
        var second = await provider.GetTokenAsync(CancellationToken.None);

        first.Should().Be("token-1");
        second.Should().Be("token-1");
        _source.Verify(source => source.AcquireAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetTokenAsync_FiveMinutesBeforeExpiry_AcquiresANewToken()
    {
        using var provider = new CachedChannelTokenProvider(_source.Object, _time);

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(55));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        renewed.Should().Be("token-2");
    }

    [Fact]
    public async Task GetTokenAsync_ShortLivedToken_RenewsHalfWayThroughItsLife()
    {
        _source.Setup(source => source.AcquireAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() => new ChannelToken($"token-{++_issued}", _time.GetUtcNow().AddMinutes(4)));
        using var provider = new CachedChannelTokenProvider(_source.Object, _time);

        await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1.9));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(0.1));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        stillCached.Should().Be("token-1");
        renewed.Should().Be("token-2");
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallers_ShareOneAcquisition()
    {
        var release = new TaskCompletionSource<ChannelToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _source.Setup(source => source.AcquireAsync(It.IsAny<CancellationToken>())).Returns(release.Task);
        using var provider = new CachedChannelTokenProvider(_source.Object, _time);

        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None)).ToArray();
        release.SetResult(new ChannelToken("shared", _time.GetUtcNow().AddHours(1)));
        var tokens = await Task.WhenAll(callers);

        tokens.Should().OnlyContain(token => token == "shared");
        _source.Verify(source => source.AcquireAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetTokenAsync_SourceFails_ThrowsAndTriesAgainNextTime()
    {
        _source.SetupSequence(source => source.AcquireAsync(It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("token endpoint down"))
            .ReturnsAsync(new ChannelToken("after-outage", _time.GetUtcNow().AddHours(1)));
        using var provider = new CachedChannelTokenProvider(_source.Object, _time);

        var failing = () => provider.GetTokenAsync(CancellationToken.None);

        await failing.Should().ThrowAsync<HttpRequestException>();
        (await provider.GetTokenAsync(CancellationToken.None)).Should().Be("after-outage");
    }
}
