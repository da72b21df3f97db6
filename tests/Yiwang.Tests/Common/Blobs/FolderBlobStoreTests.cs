using System.Security.Cryptography;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Crypto;

namespace Yiwang.Tests.Common.Blobs;

public class FolderBlobStoreTests
{
    private static readonly PersonalDataProtector Keys = new(Convert.FromHexString("00112233445566778899AABBCCDDEEFF"), new byte[32]);
    private static readonly byte[] Scan = [.. FileKindsTests.Pdf, .. "身份证正面 430802199001011232"u8.ToArray()];

    [Fact]
    public async Task A_material_is_stored_encrypted_and_read_back_in_clear()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        var store = new FolderBlobStore(root, Keys);
        await store.PutAsync("ab12.pdf", new MemoryStream(Scan), CancellationToken.None);
        var onDisk = await File.ReadAllBytesAsync(Path.Combine(root, "ab", "ab12.pdf"));
        Assert.False(onDisk.AsSpan().IndexOf("430802199001011232"u8) >= 0);
        Assert.False(onDisk.AsSpan().StartsWith("%PDF"u8));
        await using var read = (await store.OpenAsync("ab12.pdf", CancellationToken.None))!;
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        Assert.Equal(Scan, copy.ToArray());
        Assert.Null(await store.OpenAsync("cd34.pdf", CancellationToken.None));

        // Another key, or a changed byte, does not open it.
        onDisk[^1] ^= 1;
        await File.WriteAllBytesAsync(Path.Combine(root, "ab", "ab12.pdf"), onDisk);
        await Assert.ThrowsAnyAsync<Exception>(() => store.OpenAsync("ab12.pdf", CancellationToken.None));
    }

    [Fact]
    public async Task Files_stored_in_clear_before_are_encrypted_once_at_start_and_still_open()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        Directory.CreateDirectory(Path.Combine(root, "ef"));
        await File.WriteAllBytesAsync(Path.Combine(root, "ef", "ef56.pdf"), Scan);
        var store = new FolderBlobStore(root, Keys);
        Assert.Equal(Scan, await ReadAsync(store, "ef56.pdf")); // readable before the migration
        Assert.Equal(1, await store.EncryptExistingAsync(CancellationToken.None));
        Assert.False((await File.ReadAllBytesAsync(Path.Combine(root, "ef", "ef56.pdf"))).AsSpan().StartsWith("%PDF"u8));
        Assert.Equal(Scan, await ReadAsync(store, "ef56.pdf"));
        Assert.Equal(0, await store.EncryptExistingAsync(CancellationToken.None)); // done once
        Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
    }

    private static async Task<byte[]> ReadAsync(FolderBlobStore store, string key)
    {
        await using var s = (await store.OpenAsync(key, CancellationToken.None))!;
        using var m = new MemoryStream();
        await s.CopyToAsync(m);
        return m.ToArray();
    }

    [Fact]
    public void Sealed_bytes_open_only_with_their_key()
    {
        var sealedBytes = Keys.EncryptBytes(Scan);
        Assert.Equal(Scan, Keys.DecryptBytes(sealedBytes));
        var other = new PersonalDataProtector(RandomNumberGenerator.GetBytes(16), new byte[32]);
        Assert.ThrowsAny<Exception>(() => other.DecryptBytes(sealedBytes));
    }
}
