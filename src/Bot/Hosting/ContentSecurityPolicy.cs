namespace HeelBot.Bot.Hosting;

/// <summary>
/// The chat pages' Content-Security-Policy as a response header, not only as the pages' meta tag: a header also covers
/// responses a meta tag cannot (an error page, a page served without its head). Scripts only from this host; Web Chat
/// injects its styles at run time, hence 'unsafe-inline' for styles alone. No frame-ancestors: the page is embedded
/// in clinics' own sites (embed.js).
/// </summary>
public static class ContentSecurityPolicy
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; "
        + "font-src 'self' data:; media-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'none'";

    /// <summary>Sets the policy (and nosniff) on every HTML page the host serves; must run before the static files.</summary>
    public static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            if (http.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                http.Response.Headers.ContentSecurityPolicy = Policy;
                http.Response.Headers.XContentTypeOptions = "nosniff";
            }

            return Task.CompletedTask;
        });
        return next(http);
    });
}
