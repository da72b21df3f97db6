using System.IO.Compression;

namespace Yiwang.Web.Common.Blobs;

/// <summary>The file types a material may be, recognised by content (magic bytes), never by name.</summary>
public enum FileKind { Pdf, Jpeg, Png, Ofd }

internal static class FileKinds
{
    public static string ContentType(this FileKind k) => k switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
        _ => "application/ofd",
    };

    public static string Extension(this FileKind k) => k switch { FileKind.Pdf => ".pdf", FileKind.Jpeg => ".jpg", FileKind.Png => ".png", _ => ".ofd" };

    /// <summary>What the bytes are, or null when they are none of the accepted kinds.</summary>
    public static FileKind? Detect(byte[] data)
    {
        ReadOnlySpan<byte> d = data;
        if (d.StartsWith("%PDF-"u8)) return FileKind.Pdf;
        if (d.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return FileKind.Jpeg;
        if (d.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileKind.Png;
        // OFD (GB/T 33190) is a ZIP package with OFD.xml at its root.
        if (d.StartsWith("PK\u0003\u0004"u8))
        {
            try
            {
                using var zip = new ZipArchive(new MemoryStream(data), ZipArchiveMode.Read);
                if (zip.GetEntry("OFD.xml") is not null) return FileKind.Ofd;
            }
            catch (InvalidDataException) { }
        }
        return null;
    }
}
