using System.Text;
using System.Text.Json.Nodes;
using Yiwang.Web.Common.Crypto;

namespace Yiwang.Tests.Common.Crypto;

/// <summary>The electronic seal's cryptography: SM2 signatures over the SM3 digest of a canonical serialization.</summary>
public class Sm2Tests
{
    private static readonly Sm2KeyPair Seal = Sm2.Generate();

    [Fact]
    public void A_signature_verifies_with_the_seal_and_not_with_another()
    {
        var data = CanonicalJson.Bytes(new { number = "4308002026000001", holder = "张家界土家风味餐馆", validUntil = "2031-11-24" });
        var signature = Sm2.Sign(Seal.PrivateKey, data);
        Assert.Equal(32, Seal.PrivateKey.Length);
        Assert.Equal(65, Seal.PublicKey.Length);
        Assert.True(Sm2.Verify(Seal.PublicKey, data, signature));
        Assert.False(Sm2.Verify(Sm2.Generate().PublicKey, data, signature));
        // SM2 signatures are randomized: signing twice gives two different, both valid, signatures.
        var again = Sm2.Sign(Seal.PrivateKey, data);
        Assert.NotEqual(signature, again);
        Assert.True(Sm2.Verify(Seal.PublicKey, data, again));
    }

    [Fact]
    public void Changing_one_byte_of_the_data_or_the_signature_breaks_verification()
    {
        var data = Encoding.UTF8.GetBytes("{\"holder\":\"张三\",\"number\":\"1\"}");
        var signature = Sm2.Sign(Seal.PrivateKey, data);
        for (var i = 0; i < data.Length; i += 3)
        {
            var changed = (byte[])data.Clone();
            changed[i] ^= 0x01;
            Assert.False(Sm2.Verify(Seal.PublicKey, changed, signature));
        }
        var badSignature = (byte[])signature.Clone();
        badSignature[^1] ^= 0x01;
        Assert.False(Sm2.Verify(Seal.PublicKey, data, badSignature));
        Assert.False(Sm2.Verify(Seal.PublicKey, data, [1, 2, 3])); // not a signature at all: false, no exception
        Assert.False(Sm2.Verify([4, 1, 2], data, signature)); // not a public key
    }

    [Fact]
    public void The_canonical_serialization_does_not_depend_on_member_order()
    {
        var a = new JsonObject { ["b"] = 1, ["a"] = new JsonObject { ["y"] = "乙", ["x"] = "甲" }, ["c"] = new JsonArray(3, 1, 2) };
        var b = new JsonObject { ["c"] = new JsonArray(3, 1, 2), ["a"] = new JsonObject { ["x"] = "甲", ["y"] = "乙" }, ["b"] = 1 };
        Assert.Equal(CanonicalJson.Bytes(a), CanonicalJson.Bytes(b));
        Assert.Equal("{\"a\":{\"x\":\"甲\",\"y\":\"乙\"},\"b\":1,\"c\":[3,1,2]}", Encoding.UTF8.GetString(CanonicalJson.Bytes(a)));
        // Stable across runs: a pinned digest of a pinned document (GB/T 32905 SM3).
        Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Convert.ToHexStringLower(Sm3.Hash("abc"u8)));
        Assert.Equal(Sm3.Hash(CanonicalJson.Bytes(a)), CanonicalJson.Digest(b));
    }
}
