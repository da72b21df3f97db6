using Yiwang.Web.Common.Identity;

namespace Yiwang.Web.Features.Accounts.Register;

/// <summary>
/// A public account: a natural person (Name = real name, IdNumber) or a legal person (Name = the
/// entity's registered name, CreditCode, LegalRepresentative and the representative's IdNumber).
/// </summary>
internal sealed record RegisterRequest(
    AccountKind Kind, string? UserName, string? Password, string? Name, string? IdNumber, string? Phone,
    string? CreditCode = null, string? LegalRepresentative = null)
{
    /// <summary>What is wrong with the form (field → messages); an ID number born after <paramref name="today"/> is refused.</summary>
    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var e = new Dictionary<string, string[]>();
        if (Kind is not (AccountKind.NaturalPerson or AccountKind.LegalPerson)) e["kind"] = ["请选择个人或法人"];
        if (string.IsNullOrWhiteSpace(UserName)) e["userName"] = ["请填写用户名"];
        if (string.IsNullOrWhiteSpace(Password)) e["password"] = ["请填写密码"];
        if (string.IsNullOrWhiteSpace(Name)) e["name"] = [Kind == AccountKind.LegalPerson ? "请填写单位名称" : "请填写真实姓名"];
        else if (Name.Trim().Length > 200) e["name"] = ["名称最多200个字符"];
        else if (NameText.HasUnreadable(Name)) e["name"] = ["名称中不能含有控制字符或文字方向控制符"];
        if (UserName is { Length: > 64 }) e["userName"] = ["用户名最多64个字符"];
        if (LegalRepresentative is { Length: > 100 }) e["legalRepresentative"] = ["法定代表人姓名最多100个字符"];
        if (ResidentIdNumber.Validate(IdNumber, today) is { } idError) e["idNumber"] = [idError];
        if (PhoneNumber.Validate(Phone) is { } phoneError) e["phone"] = [phoneError];
        if (Kind == AccountKind.LegalPerson)
        {
            if (UnifiedSocialCreditCode.Validate(CreditCode) is { } ccError) e["creditCode"] = [ccError];
            if (string.IsNullOrWhiteSpace(LegalRepresentative)) e["legalRepresentative"] = ["请填写法定代表人姓名"];
        }
        return e;
    }
}
