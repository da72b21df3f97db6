using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Yiwang.Web.Common.Crypto;

namespace Yiwang.Tests.Common.Crypto;

public class CryptoKeysTests
{
    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Yiwang.Web";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Production_without_keys_refuses_to_start_and_names_what_is_missing()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var e = Assert.Throws<InvalidOperationException>(() => CryptoKeys.Load(Config(("Crypto:PersonalDataKey", "00112233445566778899AABBCCDDEEFF")), dir, new Env("Production")));
        Assert.Contains("Crypto:BlindIndexKey", e.Message);
        Assert.DoesNotContain("missing: Crypto:PersonalDataKey", e.Message);
        Assert.False(File.Exists(Path.Combine(dir, "keys.json")));
        // Told that a demo is meant, it generates them.
        CryptoKeys.Load(Config(("Crypto:AllowGeneratedKeys", "true")), dir, new Env("Production"));
        Assert.True(File.Exists(Path.Combine(dir, "keys.json")));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_generated_key_file_is_readable_by_its_owner_only_and_keeps_its_keys()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var first = CryptoKeys.Load(Config(), dir, new Env("Development"));
        var file = Path.Combine(dir, "keys.json");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        var sealedValue = first.Encrypt("430802199001011232");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var again = CryptoKeys.Load(Config(), dir, new Env("Development"));
        Assert.Equal("430802199001011232", again.Decrypt(sealedValue));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file)); // a file left readable by others is closed
    }
}
