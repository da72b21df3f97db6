namespace Yiwang.Web.Common.Http;

/// <summary>
/// How staff lists (cards, rectifications) page: 50 rows a page; page 0 is the export, every
/// matching row up to <see cref="ExportLimit"/>.
/// </summary>
internal static class StaffListPage
{
    public const int Size = 50;
    public const int ExportLimit = 100_000;

    public static IQueryable<T> Of<T>(IOrderedQueryable<T> ordered, int page) =>
        page <= 0 ? ordered.Take(ExportLimit) : ordered.Skip((page - 1) * Size).Take(Size);
}
