using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace Yiwang.Web.Common.Crypto;

/// <summary>An SM2 key pair: the private scalar (32 bytes) and the uncompressed public point (65 bytes, 04‖X‖Y).</summary>
internal sealed record Sm2KeyPair(byte[] PrivateKey, byte[] PublicKey);

/// <summary>
/// 国密 SM2 signatures (GM/T 0003, curve sm2p256v1 in BouncyCastle's optimized custom form, SM3 digest with the standard default user id),
/// through BouncyCastle: the electronic seal (电子印章) of a department signs what it issues.
/// Signatures are DER-encoded (r, s).
/// </summary>
internal static class Sm2
{
    private static readonly ECDomainParameters Domain = new(Org.BouncyCastle.Crypto.EC.CustomNamedCurves.GetByName("sm2p256v1"));
    // A seal's public point, decoded once: the point keeps its multiplication tables between verifications.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ECPublicKeyParameters> PublicKeys = new();

    public static Sm2KeyPair Generate()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        // Always 32 bytes: a D with a leading zero byte (1 in 256) would otherwise come out short.
        return new Sm2KeyPair(Org.BouncyCastle.Utilities.BigIntegers.AsUnsignedByteArray(32, ((ECPrivateKeyParameters)pair.Private).D), ((ECPublicKeyParameters)pair.Public).Q.GetEncoded(false));
    }

    public static byte[] Sign(byte[] privateKey, ReadOnlySpan<byte> data)
    {
        var signer = new SM2Signer(new SM3Digest());
        signer.Init(true, new ParametersWithRandom(new ECPrivateKeyParameters(new BigInteger(1, privateKey), Domain), new SecureRandom()));
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    /// <summary>False for a wrong key, changed data, or a signature that is not one (never throws on bad input).</summary>
    public static bool Verify(byte[] publicKey, ReadOnlySpan<byte> data, byte[] signature)
    {
        try
        {
            var signer = new SM2Signer(new SM3Digest());
            var key = PublicKeys.Count < 10_000
                ? PublicKeys.GetOrAdd(Convert.ToBase64String(publicKey), _ => new ECPublicKeyParameters(Domain.Curve.DecodePoint(publicKey), Domain))
                : new ECPublicKeyParameters(Domain.Curve.DecodePoint(publicKey), Domain);
            signer.Init(false, key);
            signer.BlockUpdate(data);
            return signer.VerifySignature(signature);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or Org.BouncyCastle.Crypto.CryptoException)
        {
            return false;
        }
    }
}

/// <summary>国密 SM3 digest (32 bytes).</summary>
internal static class Sm3
{
    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }
}
