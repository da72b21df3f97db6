using Yiwang.Web.Common.Identity;

namespace Yiwang.Tests.Common.Identity;

public class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // widely published valid sample
    [InlineData("91110000600037341L")]
    [InlineData("91350100m000100y43")] // case-insensitive
    public void Accepts_codes_with_the_right_check_character(string code) => Assert.Null(UnifiedSocialCreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y44", "校验位")]
    [InlineData("91350100M000100Y4", "18位")]
    [InlineData("91350100M0001O0Y43", "无效字符")] // letter O is not in the GB 32100 alphabet
    [InlineData("91AB0100M000100Y43", "行政区划码")]
    [InlineData("X1350100M000100Y43", "登记管理部门")] // X is a code character but no registration authority
    [InlineData("95350100M000100Y43", "机构类别")] // 工商 (9) registers 1 企业, 2 个体工商户, 3 农民专业合作社 only
    [InlineData(" ", "请填写")]
    public void Rejects_invalid_codes_with_a_reason(string code, string reason) =>
        Assert.Contains(reason, UnifiedSocialCreditCode.Validate(code));

    [Fact]
    public void The_embedded_organisation_code_must_pass_its_own_gb11714_check()
    {
        // The demo code of before: its 17th character was not the organisation code's check digit.
        const string first17 = "91430800MA4PQ1234";
        var code = first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
        Assert.Contains("组织机构代码", UnifiedSocialCreditCode.Validate(code));
        Assert.Equal('4', UnifiedSocialCreditCode.OrganisationCheck("M000100Y"));
        Assert.Equal('1', UnifiedSocialCreditCode.OrganisationCheck("60003734"));
        Assert.True(UnifiedSocialCreditCode.IsValid(Yiwang.Web.Data.Seed.DemoData.EnterpriseCreditCode));
    }
}
