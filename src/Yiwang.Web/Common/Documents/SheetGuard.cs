namespace Yiwang.Web.Common.Documents;

/// <summary>An uploaded table too big to read (rows, or what its zip expands to), or too slow: the message says which.</summary>
internal sealed class SheetRefusedException(string message) : Exception(message);

/// <summary>
/// Bounds on an uploaded table: Imports:MaxRows data rows (default 50 000), Imports:MaxExpandedMegabytes
/// of unzipped content (default 200, the zip-bomb guard) and Imports:MaxSeconds of work (default 60).
/// <see cref="XlsxWorkbook"/> enforces the first two as it streams the file.
/// </summary>
internal sealed record SheetLimits(int MaxRows = 50_000, long MaxExpandedBytes = 200L * 1024 * 1024, int MaxSeconds = 60)
{
    public static SheetLimits From(IConfiguration config) =>
        new(config.GetValue("Imports:MaxRows", 50_000), config.GetValue("Imports:MaxExpandedMegabytes", 200L) * 1024 * 1024, config.GetValue("Imports:MaxSeconds", 60));

    /// <summary>Refuses a table (any format, once read) with more data rows than the limit.</summary>
    public void CheckRows(int count)
    {
        if (count > MaxRows) throw TooManyRows();
    }

    public SheetRefusedException TooManyRows() => new($"表格超过 {MaxRows:N0} 行数据，请分批导入");
    public SheetRefusedException TooBig() => new($"文件解压后超过 {MaxExpandedBytes / 1024 / 1024} MB，不是正常的表格文件");
    public SheetRefusedException TooSlow() => new($"导入超过 {MaxSeconds} 秒仍未完成，已停止，未导入任何数据：请分批导入");

    /// <summary>
    /// Runs an import within the limits: the time limit joined to the caller's token (the client
    /// leaving), a refused table or the time running out answered as a 400 on the file. When the
    /// client left, the cancellation goes on up (nobody is waiting for an answer).
    /// </summary>
    public async Task<Http.Outcome<T>> BoundedAsync<T>(Func<SheetLimits, CancellationToken, Task<Http.Outcome<T>>> import, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(MaxSeconds));
        try
        {
            return await import(this, timeout.Token);
        }
        catch (SheetRefusedException e)
        {
            return Http.Outcome<T>.Invalid("file", e.Message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Http.Outcome<T>.Invalid("file", TooSlow().Message);
        }
    }
}
