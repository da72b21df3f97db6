namespace Yiwang.Web.Features.Organization;

/// <summary>
/// The departments a hall serves: those of its own division or below it, and those stationed at
/// one of its windows (a 专窗; a park hall's 管委会 and the items 赋权 to it). A hall's reach never
/// comes from a city code it does not stand in.
/// </summary>
internal static class HallCoverage
{
    public static bool Serves(string hallDivision, IReadOnlyCollection<int> stationed, int departmentId, string departmentDivision) =>
        stationed.Contains(departmentId) || DivisionCodes.IsWithin(departmentDivision, hallDivision);
}
