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
            // The sheets are read through one counter: what they really expand to, whatever their headers claim.
            var budget = new ExpandedBudget(MaxExpandedBytes, TooBig);
            foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
            {
                using var content = new CountedStream(sheet.Open(), budget);
                using var xml = XmlReader.Create(content, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true, IgnoreComments = true });
                var rows = 0;
                while (xml.Read())
                {
                    if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "row") continue;
                    // The header row and then at most MaxRows rows of data.
                    if (++rows > MaxRows + 1) throw TooManyRows();
                    if (rows % 1000 == 0) ct.ThrowIfCancellationRequested();
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException) { /* not a zip: the parser says it is not an .xlsx */ }
        catch (XmlException) { /* a broken sheet: the parser says so */ }
        finally { seekable.Position = 0; }
    }

    /// <summary>Refuses a table (any format, once read) with more data rows than the limit.</summary>
    public void CheckRows(int count)
    {
        if (count > MaxRows) throw TooManyRows();
    }

    private SheetRefusedException TooManyRows() => new($"表格超过 {MaxRows:N0} 行数据，请分批导入");
    private SheetRefusedException TooBig() => new($"文件解压后超过 {MaxExpandedBytes / 1024 / 1024} MB，不是正常的表格文件");

    private sealed class ExpandedBudget(long bytes, Func<Exception> tooBig)
    {
        private long _left = bytes;

        public void Spend(int read)
        {
            _left -= read;
            if (_left < 0) throw tooBig();
        }
    }

    /// <summary>A read-only pass over an entry that spends what it reads from the budget.</summary>
    private sealed class CountedStream(Stream inner, ExpandedBudget budget) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => Spent(inner.Read(buffer, offset, count));
        public override int Read(Span<byte> buffer) => Spent(inner.Read(buffer));
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        private int Spent(int read)
        {
            budget.Spend(read);
            return read;
        }
    }
}
