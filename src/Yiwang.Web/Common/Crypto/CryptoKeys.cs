using System.Security.Cryptography;
using System.Text.Json;

namespace Yiwang.Web.Common.Crypto;

/// <summary>
/// Loads the personal-data keys from configuration (Crypto:PersonalDataKey, Crypto:BlindIndexKey, hex).
/// When absent, keys are generated once and kept in a file beside the SQLite database so a demo
/// installation keeps reading what it wrote; production sets them explicitly.
/// </summary>
internal static class CryptoKeys
{
    public static PersonalDataProtector Load(IConfiguration config, string dataDirectory)
    {
        var enc = config["Crypto:PersonalDataKey"];
        var idx = config["Crypto:BlindIndexKey"];
        if (string.IsNullOrEmpty(enc) || string.IsNullOrEmpty(idx))
        {
            var file = Path.Combine(dataDirectory, "keys.json");
            if (File.Exists(file))
            {
                var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
                enc = stored["PersonalDataKey"];
                idx = stored["BlindIndexKey"];
            }
            else
            {
                Directory.CreateDirectory(dataDirectory);
                enc = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
                idx = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
                File.WriteAllText(file, JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["PersonalDataKey"] = enc,
                    ["BlindIndexKey"] = idx,
                }));
            }
        }
        return new PersonalDataProtector(Convert.FromHexString(enc), Convert.FromHexString(idx));
    }
}
