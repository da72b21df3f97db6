using System.IO.Compression;
using System.Xml;

namespace Yiwang.Web.Common.Documents;

/// <summary>An uploaded table too big to read (rows, or what its zip expands to): the message says which.</summary>
internal sealed class SheetRefusedException(string message) : Exception(message);

/// <summary>
/// Bounds on an uploaded table, checked before it is parsed: Imports:MaxRows data rows (default
/// 50 000) and Imports:MaxExpandedMegabytes of unzipped content (default 200, the zip-bomb guard).
/// The rows are counted by streaming the sheets' XML, so a refused file costs no more memory than a
/// read buffer.
/// </summary>
internal sealed record SheetLimits(int MaxRows = 50_000, long MaxExpandedBytes = 200L * 1024 * 1024)
{
    public static SheetLimits From(IConfiguration config) =>
        new(config.GetValue("Imports:MaxRows", 50_000), config.GetValue("Imports:MaxExpandedMegabytes", 200L) * 1024 * 1024);

    /// <summary>Refuses an .xlsx beyond the limits (throws <see cref="SheetRefusedException"/>); leaves the stream at its start.</summary>
    public void CheckWorkbook(Stream seekable, CancellationToken ct)
    {
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > 10_000 || zip.Entries.Sum(e => e.Length) > MaxExpandedBytes) throw TooBig();
            var budget = MaxExpandedBytes;
            foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var content = sheet.Open();
                using var xml = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true });
                var rows = 0;
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row") continue;
                    // The header row and then at most MaxRows rows of data.
                    if (++rows > MaxRows + 1) throw new SheetRefusedException($"表格超过 {MaxRows:N0} 行数据，请分批导入");
                    if (rows % 1000 == 0) ct.ThrowIfCancellationRequested();
                }
                // What the entries really expanded to, whatever their headers claim.
                budget -= sheet.Length;
                if (budget < 0) throw TooBig();
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException) { /* not a zip: the parser says it is not an .xlsx */ }
        catch (XmlException) { /* a broken sheet: the parser says so */ }
        finally { seekable.Position = 0; }
    }

    /// <summary>Refuses a table (any format, once read) with more data rows than the limit.</summary>
    public void CheckRows(int count)
    {
        if (count > MaxRows) throw new SheetRefusedException($"表格超过 {MaxRows:N0} 行数据，请分批导入");
    }

    private SheetRefusedException TooBig() => new($"文件解压后超过 {MaxExpandedBytes / 1024 / 1024} MB，不是正常的表格文件");
}
