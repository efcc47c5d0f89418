using HeelBot.Bot.Authentication;
using HeelBot.Bot.Booking;
using HeelBot.Bot.Channels.BotFramework;
using HeelBot.Bot.Channels.DirectLine;
using HeelBot.Bot.Channels.Twilio;
using HeelBot.Bot.Hosting;
using HeelBot.Bot.TextAnalytics;

var builder = WebApplication.CreateBuilder(args);

// Who may talk to the bot, and where its state lives.
builder.Services.AddChannelAuthentication(builder.Configuration);
builder.Services.AddBotStorage(builder.Configuration, builder.Environment.ContentRootPath);

// The conversation itself, and the clinics' booking it hands over to.
builder.Services.AddHeelBotConversation();
builder.Services.AddBooking(builder.Configuration);
builder.Services.AddTextAnalytics(builder.Configuration);

// Channels.
builder.Services.AddHttpClient(nameof(ConnectorClient));
builder.Services.AddHealthEndpoints();
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddTwilioSms(builder.Configuration);
builder.Services.AddRequestRateLimiting(builder.Configuration);

var app = builder.Build();

app.UseRateLimiter();
app.UseContentSecurityPolicy();
app.MapHealthEndpoints();
app.MapBotFramework();
app.MapDirectLine();
app.MapTwilioSms();
app.UseDefaultFiles();
app.UseStaticFiles();

app.Run();

/// <summary>The host's entry point, public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
