using Yiwang.Web.Common.Crypto;

namespace Yiwang.Web.Features.Licences;

/// <summary>A document a department's electronic seal signs: a licence, a decision document.</summary>
internal interface ISealedDocument
{
    int SealId { get; }
    /// <summary>Base64 DER SM2 signature over <see cref="SignedData"/>.</summary>
    string Signature { get; }
    /// <summary>What the seal signs: every fact the document states, in canonical form.</summary>
    byte[] SignedData();
}

/// <summary>The check of a sealed document: the SM2 signature over the SM3 digest recomputed from the stored data.</summary>
internal sealed record SealCheck(bool SignatureValid, string SealName, string Digest);

internal static class SealedDocuments
{
    public static string Sign(byte[] sealPrivateKey, ISealedDocument d) => Convert.ToBase64String(Sm2.Sign(sealPrivateKey, d.SignedData()));

    public static SealCheck Check(ISealedDocument d, Seal seal)
    {
        var data = d.SignedData();
        return new SealCheck(Sm2.Verify(seal.PublicKey, data, TryBase64(d.Signature)), seal.Name, Convert.ToHexStringLower(Sm3.Hash(data)));
    }

    private static byte[] TryBase64(string s)
    {
        try { return Convert.FromBase64String(s); }
        catch (FormatException) { return []; }
    }
}
