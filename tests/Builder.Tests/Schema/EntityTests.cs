using System.Text.Json;
using System.Text.Json.Nodes;
using HeelBot.Builder.Schema;

namespace HeelBot.Builder.Tests.Schema;

public class EntityTests
{
    [Fact]
    public void From_Mention_WritesTypeAndFieldsFlat()
    {
        var entity = Entity.From("mention", new Mention { Mentioned = new ChannelAccount("28:bot", "HeelBot"), Text = "<at>HeelBot</at>" });

        var json = JsonSerializer.Serialize(entity, BotJson.Options);

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse("""
            { "type": "mention", "mentioned": { "id": "28:bot", "name": "HeelBot" }, "text": "<at>HeelBot</at>" }
            """)).Should().BeTrue($"got {json}");
    }

    [Fact]
    public void GetAs_EntityBuiltFromValue_ReturnsEqualValue()
    {
        var place = new GeoPoint("GeoCoordinates", 55.6761, 12.5683, "København");

        var entity = Entity.From("GeoCoordinates", place);

        entity.Type.Should().Be("GeoCoordinates");
        entity.GetAs<GeoPoint>().Should().Be(place);
    }

    [Fact]
    public void GetAs_EntityReadFromWire_ReadsFieldsCaseInsensitively()
    {
        var entity = JsonSerializer.Deserialize<Entity>("""{ "type": "clientInfo", "Locale": "da-DK", "country": "DK" }""", BotJson.Options)!;

        var info = entity.GetAs<ClientInfo>()!;

        info.Should().Be(new ClientInfo("clientInfo", "da-DK", "DK"));
    }

    [Fact]
    public void From_ValueWithItsOwnTypeField_KeepsTheGivenType()
    {
        var entity = Entity.From("mention", new GeoPoint("GeoCoordinates", 1, 2, null));

        entity.Type.Should().Be("mention");
        entity.Properties.Should().NotContainKey("type");
        entity.Properties.Should().NotContainKey("name", "nulls are omitted on the wire");
    }

    public sealed record GeoPoint(string Type, double Latitude, double Longitude, string? Name);

    public sealed record ClientInfo(string Type, string Locale, string Country);
}
