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
    [InlineData("200802199003071235", "省级")] // 20 is inside the old 11–82 range but no GB/T 2260 province
    [InlineData("4308021990A3071237", "数字")]
    [InlineData("", "请填写")]
    public void Rejects_invalid_numbers_with_a_reason(string id, string reason) =>
        Assert.Contains(reason, ResidentIdNumber.Validate(id));

    [Fact]
    public void A_birth_date_after_today_is_refused_when_today_is_known()
    {
        var born = "43080220261126" + "123";
        var id = born + ResidentIdNumber.CheckDigit(born);
        Assert.Contains("晚于今天", ResidentIdNumber.Validate(id, new DateOnly(2026, 11, 25)));
        Assert.Null(ResidentIdNumber.Validate(id, new DateOnly(2026, 11, 26)));
    }

    [Fact]
    public void Every_gb2260_province_code_is_accepted_and_nothing_else()
    {
        var provinces = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "provinces-gb2260.json")))
            .RootElement.EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToHashSet();
        for (var code = 10; code <= 99; code++)
        {
            var first17 = $"{code:00}0802199003071{code % 10}{code / 10 % 10}"[..17];
            var id = first17 + ResidentIdNumber.CheckDigit(first17);
            Assert.Equal(provinces.Contains($"{code:00}"), ResidentIdNumber.IsValid(id));
        }
    }

    [Fact]
    public void Check_digit_follows_the_weighted_mod_11_rule() =>
        Assert.Equal('X', ResidentIdNumber.CheckDigit("11010519491231002"));

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", "女")]
    [InlineData("430802199003071232", "1990-03-07", "男")]
    public void The_number_carries_birth_date_and_gender(string id, string birth, string gender) =>
        Assert.Equal((DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), gender), (ResidentIdNumber.BirthDate(id), ResidentIdNumber.Gender(id)));
}
