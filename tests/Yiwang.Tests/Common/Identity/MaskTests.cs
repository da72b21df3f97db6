using Yiwang.Web.Common.Identity;

namespace Yiwang.Tests.Common.Identity;

public class MaskTests
{
    [Fact]
    public void Id_number_keeps_region_prefix_and_last_four() =>
        Assert.Equal("4308**********1232", Mask.IdNumber("430802199003071232"));

    [Fact]
    public void Phone_keeps_first_three_and_last_four() => Assert.Equal("138****1234", Mask.Phone("13807441234"));

    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳明月", "欧**月")]
    public void Person_name_hides_the_middle(string name, string masked) => Assert.Equal(masked, Mask.PersonName(name));
}
