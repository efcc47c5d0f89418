using HeelBot.Bot.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace HeelBot.Authentication.Tests.Inbound;

public sealed class ChannelSigningMetadataRetrieverTests
{
    private const string KeySet = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"a","n":"sXch","e":"AQAB","endorsements":["msteams","webchat"]},
          {"kty":"RSA","use":"sig","kid":"b","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"sig","n":"sXch","e":"AQAB","endorsements":["sms"]},
          {"kty":"RSA","use":"sig","kid":"c","n":"sXch","e":"AQAB","endorsements":["directline",42,null]}
        ]}
        """;

    [Fact]
    public void ReadEndorsements_PublishedKeySet_MapsEachKeyIdToItsChannels()
    {
        var endorsements = ChannelSigningMetadataRetriever.ReadEndorsements(KeySet);

        endorsements.Keys.Should().BeEquivalentTo("a", "c");
        endorsements["a"].Should().BeEquivalentTo("msteams", "webchat");
        endorsements["c"].Should().BeEquivalentTo("directline");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"keys":{}}""")]
    [InlineData("""{"keys":["not-a-key"]}""")]
    public void ReadEndorsements_KeySetWithoutUsableKeys_IsEmpty(string keySet) =>
        ChannelSigningMetadataRetriever.ReadEndorsements(keySet).Should().BeEmpty();

    /// <summary>
    /// PROTOCOLS.md says JsonWebKey.AdditionalData "may" keep the member; with Microsoft.IdentityModel 8.16 it does,
    /// as a JsonElement. We still read the document ourselves; this pins what the library would have given us.
    /// </summary>
    [Fact]
    public void JsonWebKeyAdditionalData_IdentityModel816_KeepsEndorsementsAsJsonElement()
    {
        var key = new JsonWebKeySet(KeySet).Keys.Single(k => k.KeyId == "a");

        var endorsements = (System.Text.Json.JsonElement)key.AdditionalData["endorsements"];

        endorsements.EnumerateArray().Select(item => item.GetString()).Should().Equal("msteams", "webchat");
    }
}
