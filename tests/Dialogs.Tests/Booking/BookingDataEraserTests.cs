using HeelBot.Dialogs.Booking;
using HeelBot.Dialogs.Privacy;
using Moq;

namespace HeelBot.Dialogs.Tests.Booking;

public sealed class BookingDataEraserTests
{
    [Fact]
    public async Task EraseAsync_PersonWithBookings_DeletesByTheirKeyAndSaysSo()
    {
        var provider = new Mock<IBookingProvider>();
        provider.Setup(p => p.DeletePersonDataAsync(PersonKey.For("webchat", "user-7"), It.IsAny<CancellationToken>())).ReturnsAsync(2);

        var deleted = await new BookingDataEraser(provider.Object).EraseAsync(new ConversationDataScope("webchat", "conv-1", "user-7"));

        deleted.Should().Equal(BookingDataEraser.DeletedKey);
    }

    [Fact]
    public async Task EraseAsync_NothingBooked_SaysNothing()
    {
        var provider = new Mock<IBookingProvider>();
        provider.Setup(p => p.DeletePersonDataAsync(It.IsAny<PersonKey>(), It.IsAny<CancellationToken>())).ReturnsAsync(0);

        var deleted = await new BookingDataEraser(provider.Object).EraseAsync(new ConversationDataScope("webchat", "conv-1", "user-7"));

        deleted.Should().BeEmpty();
    }

    [Fact]
    public async Task EraseAsync_NoUserId_UsesTheConversationAsTheBookingDialogDoes()
    {
        var provider = new Mock<IBookingProvider>();
        provider.Setup(p => p.DeletePersonDataAsync(PersonKey.For("sms", "conv-9"), It.IsAny<CancellationToken>())).ReturnsAsync(1);

        var deleted = await new BookingDataEraser(provider.Object).EraseAsync(new ConversationDataScope("sms", "conv-9", null));

        deleted.Should().Equal(BookingDataEraser.DeletedKey);
    }

    [Fact]
    public async Task EraseAsync_DatabaseDown_SaysHonestlyItCouldNotDelete()
    {
        var provider = new Mock<IBookingProvider>();
        provider.Setup(p => p.DeletePersonDataAsync(It.IsAny<PersonKey>(), It.IsAny<CancellationToken>())).ThrowsAsync(new BookingUnavailableException("down"));

        var deleted = await new BookingDataEraser(provider.Object).EraseAsync(new ConversationDataScope("webchat", "conv-1", "user-7"));

        deleted.Should().Equal(BookingDataEraser.FailedKey);
    }
}
