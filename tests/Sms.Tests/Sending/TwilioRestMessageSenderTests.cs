using System.Net;
using System.Text;
using HeelBot.Bot.Channels.Twilio;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace HeelBot.Sms.Tests.Sending;

/// <summary>The REST sender against a fake of Twilio's Messages API (the documented request shape).</summary>
public sealed class TwilioRestMessageSenderTests
{
    [Fact]
    public async Task SendAsync_Message_PostsTheFormWithBasicAuthToTheAccountsMessagesResource()
    {
        // Arrange
        var handler = new RecordingHandler(HttpStatusCode.Created);
        var sender = CreateSut(handler);

        // Act
        await sender.SendAsync(new TwilioOutboundMessage("ACfromwebhook", "+4570203040", "+4561234567", "Hej & farvel æøå"), CancellationToken.None);

        // Assert
        handler.Request!.Method.Should().Be(HttpMethod.Post);
        handler.Request.RequestUri.Should().Be(new Uri("https://twilio.test/2010-04-01/Accounts/AC123/Messages.json"));
        handler.Request.Headers.Authorization!.Scheme.Should().Be("Basic");
        Encoding.UTF8.GetString(Convert.FromBase64String(handler.Request.Headers.Authorization.Parameter!)).Should().Be("AC123:token-1");
        var form = new FormReader(handler.Body!).ReadForm();
        form["To"].ToString().Should().Be("+4561234567");
        form["From"].ToString().Should().Be("+4570203040");
        form["Body"].ToString().Should().Be("Hej & farvel æøå");
    }

    [Fact]
    public async Task SendAsync_TwilioRefuses_ThrowsWithoutTheNumbers()
    {
        // Arrange
        var sender = CreateSut(new RecordingHandler(HttpStatusCode.BadRequest, "{\"code\":21610,\"message\":\"Attempt to send to unsubscribed recipient +4561234567\"}"));

        // Act
        var act = () => sender.SendAsync(new TwilioOutboundMessage("AC1", "+4570203040", "+4561234567", "Hej"), CancellationToken.None);

        // Assert
        (await act.Should().ThrowAsync<HttpRequestException>()).Which.Message.Should().NotContain("4561234567");
    }

    private static TwilioRestMessageSender CreateSut(RecordingHandler handler) =>
        new(new HttpClient(handler), Options.Create(new TwilioSmsOptions { AccountSid = "AC123", AuthToken = "token-1", ApiBaseUrl = "https://twilio.test/" }));

    private sealed class RecordingHandler(HttpStatusCode status, string body = "{}") : HttpMessageHandler
    {
        public HttpRequestMessage? Request { get; private set; }

        public string? Body { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Request = request;
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(status) { Content = new StringContent(body) };
        }
    }
}
