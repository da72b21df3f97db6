using Yiwang.Web.Common.Identity;

namespace Yiwang.Tests.Common.Identity;

public class ResidentIdNumberTests
{
    [Theory]
    [InlineData("11010519491231002X")] // GB 11643 example, check digit X
    [InlineData("440524188001010014")]
    [InlineData("430802199003071232")] // 张家界 永定区
    [InlineData("11010519491231002x")] // lower-case x is the same number
    public void Accepts_numbers_with_the_right_check_digit(string id) => Assert.Null(ResidentIdNumber.Validate(id));

    [Theory]
    [InlineData("110105194912310021", "校验位")]
    [InlineData("430802199003071231", "校验位")]
    [InlineData("43080219900307123", "18位")]
    [InlineData("4308021990030712345", "18位")]
    [InlineData("43080219900230123X", "出生日期")]
    [InlineData("990802199003071237", "地址码")]
    [InlineData("4308021990A3071237", "数字")]
    [InlineData("", "请填写")]
    public void Rejects_invalid_numbers_with_a_reason(string id, string reason) =>
        Assert.Contains(reason, ResidentIdNumber.Validate(id));

    [Fact]
    public void Check_digit_follows_the_weighted_mod_11_rule() =>
        Assert.Equal('X', ResidentIdNumber.CheckDigit("11010519491231002"));

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", "女")]
    [InlineData("430802199003071232", "1990-03-07", "男")]
    public void The_number_carries_birth_date_and_gender(string id, string birth, string gender) =>
        Assert.Equal((DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), gender), (ResidentIdNumber.BirthDate(id), ResidentIdNumber.Gender(id)));
}
