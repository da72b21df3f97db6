using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Yiwang.Web.Common.Crypto;

/// <summary>
/// Encrypts personal data at rest with SM4-GCM (国密) and derives a keyed SM3-HMAC blind index so an
/// encrypted value can still be looked up by equality.
/// </summary>
internal sealed class PersonalDataProtector
{
    private const int NonceSize = 12;
    private const int TagBits = 128;
    private readonly byte[] _encryptionKey;
    private readonly byte[] _indexKey;

    public PersonalDataProtector(byte[] encryptionKey, byte[] indexKey)
    {
        if (encryptionKey.Length != 16) throw new ArgumentException("SM4 key must be 16 bytes", nameof(encryptionKey));
        if (indexKey.Length < 16) throw new ArgumentException("Blind-index key must be at least 16 bytes", nameof(indexKey));
        _encryptionKey = encryptionKey;
        _indexKey = indexKey;
    }

    public string Encrypt(string plaintext) => "sm4:" + Convert.ToBase64String(EncryptBytes(Encoding.UTF8.GetBytes(plaintext)));

    public string Decrypt(string stored)
    {
        if (!stored.StartsWith("sm4:", StringComparison.Ordinal))
            throw new CryptographicException("Value is not SM4-protected");
        return Encoding.UTF8.GetString(DecryptBytes(Convert.FromBase64String(stored[4..])));
    }

    /// <summary>SM4-GCM of bytes (an uploaded file): a fresh nonce, then the ciphertext and its tag.</summary>
    public byte[] EncryptBytes(ReadOnlySpan<byte> plaintext)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var input = plaintext.ToArray();
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(true, new AeadParameters(new KeyParameter(_encryptionKey), TagBits, nonce));
        var output = new byte[NonceSize + cipher.GetOutputSize(input.Length)];
        nonce.CopyTo(output, 0);
        var len = cipher.ProcessBytes(input, 0, input.Length, output, NonceSize);
        cipher.DoFinal(output, NonceSize + len);
        return output;
    }

    /// <summary>The bytes <see cref="EncryptBytes"/> protected; a changed byte or another key throws.</summary>
    public byte[] DecryptBytes(ReadOnlySpan<byte> protectedBytes)
    {
        var data = protectedBytes.ToArray();
        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(false, new AeadParameters(new KeyParameter(_encryptionKey), TagBits, data.AsSpan(0, NonceSize).ToArray()));
        var output = new byte[cipher.GetOutputSize(data.Length - NonceSize)];
        var len = cipher.ProcessBytes(data, NonceSize, data.Length - NonceSize, output, 0);
        len += cipher.DoFinal(output, len);
        return len == output.Length ? output : output[..len];
    }

    /// <summary>Keyed SM3-HMAC of the normalized value, hex: equal inputs give equal indexes.</summary>
    public string BlindIndex(string value)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(_indexKey));
        var input = Encoding.UTF8.GetBytes(value.Trim().ToUpperInvariant());
        mac.BlockUpdate(input, 0, input.Length);
        var result = new byte[mac.GetMacSize()];
        mac.DoFinal(result, 0);
        return Convert.ToHexStringLower(result);
    }
}
