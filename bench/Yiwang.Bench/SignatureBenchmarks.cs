using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Yiwang.Web.Common.Crypto;

namespace Yiwang.Bench;

/// <summary>
/// Verifying an electronic seal's signature over a licence's canonical bytes: SM2 (BouncyCastle)
/// against ECDSA P-256 verification from .NET's own System.Security.Cryptography in the same run.
/// Target ≥ 2 000 SM2 verifications per second on one core (≤ 500 µs each).
/// </summary>
[OperationsPerSecond]
public class SignatureBenchmarks
{
    private byte[] _data = null!, _sm2Signature = null!, _ecdsaSignature = null!;
    private Sm2KeyPair _seal = null!;
    private ECDsa _ecdsa = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = CanonicalJson.Bytes(new
        {
            type = "食品经营许可证", number = "JY34308020012345", holder = "张家界土家风味餐馆", creditCode = "92430802MA4L123456",
            issuer = "张家界市市场监督管理局", issuedOn = "2026-11-25", validUntil = "2031-11-24", items = "热食类食品制售",
        });
        _seal = Sm2.Generate();
        _sm2Signature = Sm2.Sign(_seal.PrivateKey, _data);
        _ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        _ecdsaSignature = _ecdsa.SignData(_data, HashAlgorithmName.SHA256);
        if (!Sm2.Verify(_seal.PublicKey, _data, _sm2Signature) || !_ecdsa.VerifyData(_data, _ecdsaSignature, HashAlgorithmName.SHA256))
            throw new InvalidOperationException("signatures do not verify");
    }

    [Benchmark(Baseline = true)]
    public bool EcdsaP256Verify() => _ecdsa.VerifyData(_data, _ecdsaSignature, HashAlgorithmName.SHA256);

    [Benchmark]
    public bool Sm2Verify() => Sm2.Verify(_seal.PublicKey, _data, _sm2Signature);

    [Benchmark]
    public byte[] Sm2Sign() => Sm2.Sign(_seal.PrivateKey, _data);
}
