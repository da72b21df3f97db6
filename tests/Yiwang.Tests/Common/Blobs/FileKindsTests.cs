using System.IO.Compression;
using Yiwang.Web.Common.Blobs;

namespace Yiwang.Tests.Common.Blobs;

public class FileKindsTests
{
    public static byte[] Pdf => "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    public static byte[] Zip(string entry)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            using (var w = new StreamWriter(zip.CreateEntry(entry).Open())) w.Write("<ofd:OFD/>");
        return ms.ToArray();
    }

    [Fact]
    public void Recognises_accepted_kinds_by_their_bytes()
    {
        Assert.Equal(FileKind.Pdf, FileKinds.Detect(Pdf));
        Assert.Equal(FileKind.Jpeg, FileKinds.Detect([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal(FileKind.Png, FileKinds.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Equal(FileKind.Ofd, FileKinds.Detect(Zip("OFD.xml")));
    }

    [Fact]
    public void Rejects_anything_else_whatever_its_name()
    {
        Assert.Null(FileKinds.Detect("this is text, not a PDF"u8.ToArray()));
        Assert.Null(FileKinds.Detect(Zip("word/document.xml"))); // a .docx is a zip, not an OFD
        Assert.Null(FileKinds.Detect("MZ\u0090\0"u8.ToArray()));
        Assert.Null(FileKinds.Detect([]));
    }
}
