using HeelBot.Dialogs.Booking;

namespace HeelBot.Booking.Tests.Domain;

public sealed class BookingReferenceTests
{
    [Fact]
    public void Create_ManyReferences_ShortUnambiguousAndRandom()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => BookingReference.Create()).ToList();

        references.Should().OnlyContain(reference => BookingReference.IsValid(reference) && reference.Length == 9);
        references.SelectMany(reference => reference[3..]).Should().NotContain(['0', 'O', '1', 'I', 'L', 'S', '5', 'B', '8', 'Z', '2']);
        references.Distinct().Count().Should().BeGreaterThan(1990);
        references.SelectMany(reference => reference[3..]).Distinct().Should().HaveCount(BookingReference.Alphabet.Length);
    }

    [Theory]
    [InlineData("HB-7KX3QD", "HB-7KX3QD")]
    [InlineData("hb-7kx3qd", "HB-7KX3QD")]
    [InlineData(" hb 7kx 3qd ", "HB-7KX3QD")]
    [InlineData("7KX-3QD", "HB-7KX3QD")]
    [InlineData("HB7KX3QD", "HB-7KX3QD")]
    public void TryNormalize_AsAPersonTypesIt_ReadsTheReference(string typed, string expected)
    {
        BookingReference.TryNormalize(typed, out var reference).Should().BeTrue();
        reference.Should().Be(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HB-7KX3Q")]
    [InlineData("HB-7KX3QDD")]
    [InlineData("HB-0KX3QD")]
    [InlineData("book me")]
    public void TryNormalize_NotAReference_False(string typed)
    {
        BookingReference.TryNormalize(typed, out var reference).Should().BeFalse();
        reference.Should().BeEmpty();
    }
}
