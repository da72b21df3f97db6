using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Yiwang.Web.Common.Documents;

/// <summary>One row of a sheet: its number as in the sheet and its cells' text by column (1-based; "" when empty).</summary>
internal sealed record XlsxRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 1 && column <= Cells.Count ? Cells[column - 1] : "";
}

/// <summary>
/// An uploaded .xlsx read as a stream of rows: the sheets' XML is walked with an <see cref="XmlReader"/>,
/// never loaded as a document, so a file costs its shared strings and one row at a time. Everything it
/// unzips is counted against <see cref="SheetLimits"/> (the zip-bomb guard: what entries really expand
/// to, not what their headers claim) and a sheet past the row limit is refused as it is read. Cells
/// come out as text: shared and inline strings, numbers in invariant form, dates (a date number
/// format) as yyyy-MM-dd, booleans as TRUE/FALSE.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XmlReaderSettings Xml = new() { DtdProcessing = DtdProcessing.Prohibit, IgnoreComments = true, XmlResolver = null };

    private readonly ZipArchive _zip;
    private readonly SheetLimits _limits;
    private readonly ExpandedBudget _budget;
    private readonly CancellationToken _ct;
    private readonly List<string> _strings = [];
    private readonly HashSet<int> _dateStyles = [];

    /// <summary>Sheet name → entry path, in the workbook's order.</summary>
    public IReadOnlyList<(string Name, string Path)> Sheets { get; }

    private XlsxWorkbook(ZipArchive zip, SheetLimits limits, CancellationToken ct)
    {
        (_zip, _limits, _ct) = (zip, limits, ct);
        if (zip.Entries.Count > 10_000 || zip.Entries.Sum(e => e.Length) > limits.MaxExpandedBytes) throw limits.TooBig();
        _budget = new ExpandedBudget(limits.MaxExpandedBytes, limits.TooBig);
        Sheets = ReadSheets();
        ReadSharedStrings();
        ReadDateStyles();
    }

    /// <summary>The workbook, or null when the stream is not an .xlsx file; beyond the limits, <see cref="SheetRefusedException"/>.</summary>
    public static XlsxWorkbook? Open(Stream stream, SheetLimits limits, CancellationToken ct)
    {
        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(stream.CanSeek ? stream : Buffered(stream), ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("xl/workbook.xml") is null) { zip.Dispose(); return null; }
            return new XlsxWorkbook(zip, limits, ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or XmlException or NotSupportedException or ArgumentException or FormatException)
        {
            zip?.Dispose();
            return null;
        }
    }

    private static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    public string? PathOf(string sheetName) => Sheets.FirstOrDefault(s => s.Name == sheetName).Path;

    /// <summary>
    /// The sheet's non-empty rows, read as they are enumerated. The header and at most
    /// <see cref="SheetLimits.MaxRows"/> data rows; one more is refused. A broken sheet throws <see cref="XmlException"/>.
    /// </summary>
    public IEnumerable<XlsxRow> Rows(string path)
    {
        var entry = _zip.GetEntry(path);
        if (entry is null) yield break;
        using var reader = Open(entry);
        var count = 0;
        while (reader.ReadToFollowing("row", MainNs))
        {
            if (++count % 1000 == 0) _ct.ThrowIfCancellationRequested();
            var number = int.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : count;
            var cells = ReadRow(reader.ReadSubtree());
            if (cells.All(c => c.Length == 0)) continue;
            if (number > 1 && count > _limits.MaxRows + 1) throw _limits.TooManyRows();
            yield return new XlsxRow(number, cells);
        }
    }

    private List<string> ReadRow(XmlReader row)
    {
        using (row)
        {
            var cells = new List<string>();
            while (row.ReadToFollowing("c", MainNs))
            {
                var column = Column(row.GetAttribute("r")) ?? cells.Count + 1;
                if (column > 16_384) throw new XmlException("column out of range");
                var (type, style) = (row.GetAttribute("t"), int.TryParse(row.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0);
                var text = CellText(row.ReadSubtree(), type, style);
                while (cells.Count < column) cells.Add("");
                cells[column - 1] = text.Trim();
            }
            return cells;
        }
    }

    private string CellText(XmlReader cell, string? type, int style)
    {
        using (cell)
        {
            string? value = null;
            var inline = new System.Text.StringBuilder();
            // Skip and ReadElementContentAsString move to the next node themselves: no Read after them.
            cell.Read();
            while (!cell.EOF)
            {
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "rPh") cell.Skip(); // phonetic guide, not the text
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v") value = cell.ReadElementContentAsString();
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "t" && type == "inlineStr") inline.Append(cell.ReadElementContentAsString());
                else cell.Read();
            }
            return type switch
            {
                "inlineStr" => inline.ToString(),
                "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Count ? _strings[i] : "",
                "b" => value == "1" ? "TRUE" : value == "0" ? "FALSE" : "",
                "str" or "e" => value ?? "",
                "d" => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : value ?? "",
                _ => Number(value, style),
            };
        }
    }

    private string Number(string? value, int style)
    {
        if (string.IsNullOrEmpty(value) || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return value ?? "";
        if (_dateStyles.Contains(style) && d is > -657435 and < 2958466)
            return DateTime.FromOADate(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return d.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>"AB12" → 28.</summary>
    private static int? Column(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var n = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') n = (n * 26) + (ch - 'A' + 1);
            else break;
            if (n > 16_384) return n;
        }
        return n == 0 ? null : n;
    }

    private List<(string Name, string Path)> ReadSheets()
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var r = Open(rels);
            while (r.ReadToFollowing("Relationship", "http://schemas.openxmlformats.org/package/2006/relationships"))
                if (r.GetAttribute("Id") is { } id && r.GetAttribute("Target") is { } target)
                    targets[id] = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        }
        var sheets = new List<(string, string)>();
        using var wb = Open(_zip.GetEntry("xl/workbook.xml")!);
        while (wb.ReadToFollowing("sheet", MainNs))
        {
            if (wb.GetAttribute("name") is not { } name) continue;
            // Without its relationship (a hand-made file), the sheet is the n-th worksheet part, as Excel names them.
            var path = wb.GetAttribute("id", RelNs) is { } rid && targets.TryGetValue(rid, out var target) ? target : $"xl/worksheets/sheet{sheets.Count + 1}.xml";
            if (_zip.GetEntry(path) is not null) sheets.Add((name, path));
        }
        return sheets;
    }

    private void ReadSharedStrings()
    {
        if (_zip.GetEntry("xl/sharedStrings.xml") is not { } entry) return;
        using var r = Open(entry);
        while (r.ReadToFollowing("si", MainNs))
        {
            using var si = r.ReadSubtree();
            var text = new System.Text.StringBuilder();
            si.Read();
            while (!si.EOF)
            {
                if (si.NodeType == XmlNodeType.Element && si.LocalName == "rPh") si.Skip();
                else if (si.NodeType == XmlNodeType.Element && si.LocalName == "t") text.Append(si.ReadElementContentAsString());
                else si.Read();
            }
            _strings.Add(text.ToString());
            if (_strings.Count % 10_000 == 0) _ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The cell styles (cellXfs indexes) whose number format is a date: built-in 14–22, 45–47, or a custom format with date parts.</summary>
    private void ReadDateStyles()
    {
        if (_zip.GetEntry("xl/styles.xml") is not { } entry) return;
        using var r = Open(entry);
        var customDates = new HashSet<int>();
        var index = -1;
        var inCellXfs = false;
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "cellXfs") inCellXfs = false;
            if (r.NodeType != XmlNodeType.Element) continue;
            switch (r.LocalName)
            {
                case "numFmt" when int.TryParse(r.GetAttribute("numFmtId"), out var id) && IsDateFormat(r.GetAttribute("formatCode")):
                    customDates.Add(id);
                    break;
                case "cellXfs":
                    inCellXfs = !r.IsEmptyElement;
                    break;
                case "xf" when inCellXfs:
                    index++;
                    if (int.TryParse(r.GetAttribute("numFmtId"), out var fmt) && (fmt is >= 14 and <= 22 or >= 45 and <= 47 || customDates.Contains(fmt)))
                        _dateStyles.Add(index);
                    break;
            }
        }
    }

    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var outside = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < code.Length; i++)
        {
            var ch = code[i];
            if (ch == '"') quoted = !quoted;
            else if (ch == '[') { var end = code.IndexOf(']', i); i = end < 0 ? code.Length : end; }
            else if (ch == '\\') i++;
            else if (!quoted) outside.Append(char.ToLowerInvariant(ch));
        }
        var s = outside.ToString();
        return s.Contains('y') || s.Contains('d') || (s.Contains('m') && !s.Contains('0') && !s.Contains('#'));
    }

    private XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(new CountedStream(entry.Open(), _budget), Xml);

    public void Dispose() => _zip.Dispose();

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
