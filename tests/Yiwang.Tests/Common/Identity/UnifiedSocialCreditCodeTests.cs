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
    [InlineData(" ", "请填写")]
    public void Rejects_invalid_codes_with_a_reason(string code, string reason) =>
        Assert.Contains(reason, UnifiedSocialCreditCode.Validate(code));
}
