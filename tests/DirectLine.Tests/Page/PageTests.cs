using System.Net;
using System.Text.RegularExpressions;
using HeelBot.DirectLine.Tests.Support;

namespace HeelBot.DirectLine.Tests.Page;

/// <summary>The host serves the chat page and the Web Chat bundle itself (the build copies it from npm).</summary>
public sealed partial class PageTests : IDisposable
{
    private readonly DirectLineApplication _app = new();
    private readonly HttpClient _client;

    public PageTests() => _client = _app.CreateClient();

    [Fact]
    public async Task Root_ServesTheChatPageWithLocalScriptsOnly()
    {
        using var response = await _client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var scripts = ScriptSources().Matches(html).Select(match => match.Groups["src"].Value).ToList();
        scripts.Should().Equal(["lib/webchat.js", "app.js"], "the widget comes from this host, never a CDN, and the page's own code is a file");
        html.Should().Contain("script-src 'self'", "the page runs under a Content-Security-Policy");
        html.Should().NotContain(DirectLineApplication.Secret);
    }

    [Theory]
    [InlineData("/lib/webchat.js", "text/javascript")]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/embed.html", "text/html")]
    public async Task Assets_AreServed(string path, string mediaType)
    {
        using var response = await _client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK, "{0} is part of the page", path);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
    }

    [Fact]
    public async Task WebChatBundle_IsTheRealOneFromNpm()
    {
        var bundle = await _client.GetStringAsync("/lib/webchat.js");

        bundle.Length.Should().BeGreaterThan(1_000_000, "the full Web Chat bundle is several megabytes");
        bundle.Should().Contain("renderWebChat").And.Contain("createDirectLine");
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSources();
}
