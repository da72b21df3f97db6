using Yiwang.Web.Common.Crypto;

namespace Yiwang.Tests.Common.Crypto;

public class PersonalDataProtectorTests
{
    private static readonly PersonalDataProtector Protector = new(Convert.FromHexString("0123456789ABCDEFFEDCBA9876543210"), new byte[32]);

    [Fact]
    public void Encrypts_with_a_fresh_nonce_and_decrypts_back()
    {
        var a = Protector.Encrypt("430802199003071232");
        var b = Protector.Encrypt("430802199003071232");
        Assert.StartsWith("sm4:", a);
        Assert.NotEqual(a, b);
        Assert.DoesNotContain("4308021990", a);
        Assert.Equal("430802199003071232", Protector.Decrypt(a));
    }

    [Fact]
    public void Tampered_ciphertext_is_rejected()
    {
        var bytes = Convert.FromBase64String(Protector.Encrypt("13807441234")[4..]);
        bytes[^1] ^= 1;
        Assert.ThrowsAny<Exception>(() => Protector.Decrypt("sm4:" + Convert.ToBase64String(bytes)));
    }

    [Fact]
    public void Blind_index_is_deterministic_normalized_and_keyed()
    {
        var other = new PersonalDataProtector(new byte[16], Enumerable.Repeat((byte)7, 32).ToArray());
        Assert.Equal(Protector.BlindIndex("11010519491231002X"), Protector.BlindIndex(" 11010519491231002x "));
        Assert.NotEqual(Protector.BlindIndex("11010519491231002X"), other.BlindIndex("11010519491231002X"));
        Assert.Equal(64, Protector.BlindIndex("x").Length); // SM3 is 256 bits
    }
}
