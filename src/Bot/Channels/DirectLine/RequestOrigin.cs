namespace HeelBot.Bot.Channels.DirectLine;

/// <summary>Whether a browser request comes from a page this host served.</summary>
public static class RequestOrigin
{
    /// <summary>
    /// True when the request names this host as its <c>Origin</c> (browsers send it on every POST and scripts cannot
    /// change it) and, if the browser says where the fetch came from, that is the same origin. This keeps other
    /// web sites' pages out; it cannot tell a non-browser client from a browser, which is why it only ever grants
    /// what the host's own public page may have anyway.
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0 && fetchSite != "same-origin")
        {
            return false;
        }

        return Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
            && (origin.Scheme == Uri.UriSchemeHttp || origin.Scheme == Uri.UriSchemeHttps)
            && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
