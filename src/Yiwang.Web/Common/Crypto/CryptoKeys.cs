using System.Security.Cryptography;
using System.Text.Json;

namespace Yiwang.Web.Common.Crypto;

/// <summary>
/// Loads the personal-data keys from configuration (Crypto:PersonalDataKey, 32 hex digits for SM4;
/// Crypto:BlindIndexKey, 64 hex digits for the SM3-HMAC index). Without them a demo installation
/// generates them once into <c>keys.json</c> beside its database (readable by the service account
/// only) and keeps reading what it wrote. In Production the keys must be set: the app refuses to start
/// on a generated key file unless Crypto:AllowGeneratedKeys=true says a demo is meant.
/// </summary>
internal static class CryptoKeys
{
    public const string EncryptionKeySetting = "Crypto:PersonalDataKey", IndexKeySetting = "Crypto:BlindIndexKey", AllowGeneratedSetting = "Crypto:AllowGeneratedKeys";

    public static PersonalDataProtector Load(IConfiguration config, string dataDirectory, IHostEnvironment env)
    {
        var enc = config[EncryptionKeySetting];
        var idx = config[IndexKeySetting];
        if (string.IsNullOrEmpty(enc) || string.IsNullOrEmpty(idx))
        {
            if (env.IsProduction() && !config.GetValue(AllowGeneratedSetting, false))
            {
                var missing = new[] { (EncryptionKeySetting, enc), (IndexKeySetting, idx) }.Where(k => string.IsNullOrEmpty(k.Item2)).Select(k => k.Item1);
                throw new InvalidOperationException(
                    $"Production needs its personal-data keys; missing: {string.Join(", ", missing)} (hex: 32 digits for the SM4 key, 64 for the index key; " +
                    $"environment variables Crypto__PersonalDataKey, Crypto__BlindIndexKey). A demo may set {AllowGeneratedSetting}=true to use a key file generated in the data directory. " +
                    "生产环境须配置个人信息加密密钥，未配置时不能启动。");
            }
            (enc, idx) = FromFile(Path.Combine(dataDirectory, "keys.json"));
        }
        return new PersonalDataProtector(Convert.FromHexString(enc), Convert.FromHexString(idx));
    }

    private static (string Encryption, string Index) FromFile(string file)
    {
        if (File.Exists(file))
        {
            OwnerOnly(file);
            var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
            return (stored["PersonalDataKey"], stored["BlindIndexKey"]);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var (enc, idx) = (Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(file, System.Text.Encoding.UTF8, options))
            writer.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["PersonalDataKey"] = enc, ["BlindIndexKey"] = idx }));
        return (enc, idx);
    }

    /// <summary>A key file written before files were made private is made so (0600).</summary>
    private static void OwnerOnly(string file)
    {
        if (OperatingSystem.IsWindows()) return;
        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (File.GetUnixFileMode(file) != owner) File.SetUnixFileMode(file, owner);
    }
}
