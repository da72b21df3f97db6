using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// The demo city: 张家界市 with every real division below it, its departments and its halls.
/// </summary>
internal static class DemoOrganization
{
    public const string CityCode = "430800000000";
    public const string ParkHall = "张家界高新区政务服务中心";
    public const string NanzhuangpingCode = "430802006000";
    public const string ParkDivisionCode = "430802005000";

    /// <summary>
    /// Every division of 张家界市 (统计用区划代码 2023, shared/reference/divisions-zhangjiajie.csv,
    /// shipped inside the assembly): city, 4 counties, 74 townships and 1 018 villages, real codes and names.
    /// </summary>
    public static List<Division> Divisions()
    {
        using var stream = typeof(DemoOrganization).Assembly.GetManifestResourceStream("seed.divisions-zhangjiajie.csv")!;
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // code,name,level,parent
        var list = new List<Division>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            list.Add(new Division
            {
                Code = f[0], Name = f[1], ParentCode = f[3].Length == 0 ? null : f[3],
                Level = f[2] switch
                {
                    "city" => DivisionLevel.City, "county" => DivisionLevel.County, "township" => DivisionLevel.Township,
                    _ => DivisionLevel.Village,
                },
            });
        }
        return list;
    }

    private static readonly HashSet<string> Stationed = ["市税务局", "国网张家界供电公司", "张家界中燃公司", "市消防救援支队", "市烟草专卖局"];

    /// <summary>The reference's city departments, two child units, and county departments.</summary>
    public static List<Department> Departments(ReferenceCatalog reference)
    {
        var list = reference.Departments.Select((name, i) => new Department
        {
            Code = $"430800{i + 1:000}", Name = name, DivisionCode = CityCode,
            Kind = Stationed.Contains(name) ? DepartmentKind.Stationed : DepartmentKind.CityDirect,
            Phone = $"0744-82{i + 10:00}{i + 100:000}",
        }).ToList();
        list.Add(new Department { Code = "430800101", Name = "市公安局交通警察支队", DivisionCode = CityCode, Kind = DepartmentKind.CityDirect, Phone = "0744-8226122" });
        list.Add(new Department { Code = "430800102", Name = "市公安局出入境管理支队", DivisionCode = CityCode, Kind = DepartmentKind.CityDirect, Phone = "0744-8226180" });
        // Vertically managed, stationed at the centre: its 烟草专卖零售许可 is what people mean by 卖烟.
        list.Add(new Department { Code = "430800103", Name = "市烟草专卖局", DivisionCode = CityCode, Kind = DepartmentKind.Stationed, Phone = "0744-8222618" });
        list.Add(new Department { Code = "430802001", Name = "永定区市场监督管理局", DivisionCode = "430802000000", Kind = DepartmentKind.County, Phone = "0744-8383301" });
        list.Add(new Department { Code = "430802002", Name = "永定区人力资源和社会保障局", DivisionCode = "430802000000", Kind = DepartmentKind.County, Phone = "0744-8383302" });
        list.Add(new Department { Code = "430821001", Name = "慈利县市场监督管理局", DivisionCode = "430821000000", Kind = DepartmentKind.County, Phone = "0744-3221301" });
        list.Add(new Department { Code = "430802003", Name = "南庄坪街道便民服务中心", DivisionCode = NanzhuangpingCode, Kind = DepartmentKind.County, Phone = "0744-8383303" });
        return list;
    }

    public static List<Hall> Halls(Func<string, int> departmentId) =>
    [
        new()
        {
            Name = "张家界市政务服务中心", Kind = HallKind.ServiceCenter, DivisionCode = CityCode,
            Address = "张家界市永定区子午西路 张家界市政务服务中心", OpeningHours = "法定工作日 8:30–12:00，14:30–17:30（夏季 15:00–18:00）", Phone = "0744-12345",
            Windows =
            [
                new() { Number = "A01", Name = "综合受理窗口", Kind = WindowKind.GeneralAll },
                new() { Number = "A02", Name = "综合受理窗口", Kind = WindowKind.GeneralAll },
                new() { Number = "B01", Name = "商事登记板块", Kind = WindowKind.GeneralSector, Sector = "商事登记" },
                new() { Number = "B02", Name = "工程建设板块", Kind = WindowKind.GeneralSector, Sector = "工程建设" },
                new() { Number = "B03", Name = "社会事务板块", Kind = WindowKind.GeneralSector, Sector = "社会事务" },
                new() { Number = "C01", Name = "公安出入境专窗", Kind = WindowKind.Dedicated, DepartmentId = departmentId("市公安局出入境管理支队") },
                new() { Number = "C02", Name = "税务专窗", Kind = WindowKind.Dedicated, DepartmentId = departmentId("市税务局") },
                new() { Number = "D01", Name = "帮办代办窗口", Kind = WindowKind.Assistance },
                new() { Number = "D02", Name = "办不成事反映窗口", Kind = WindowKind.Complaint },
            ],
        },
        new()
        {
            Name = "张家界市不动产登记分中心", Kind = HallKind.SubCenter, DivisionCode = CityCode,
            Address = "张家界市永定区 市不动产登记中心一楼", OpeningHours = "法定工作日 8:30–12:00，14:30–17:30", Phone = "0744-8288800",
            Windows =
            [
                new() { Number = "01", Name = "不动产综合窗口", Kind = WindowKind.GeneralSector, Sector = "不动产登记" },
                new() { Number = "02", Name = "自然资源专窗", Kind = WindowKind.Dedicated, DepartmentId = departmentId("市自然资源和规划局") },
            ],
        },
        new()
        {
            Name = "永定区政务服务中心", Kind = HallKind.ServiceCenter, DivisionCode = "430802000000",
            Address = "张家界市永定区 永定区政务服务中心", OpeningHours = "法定工作日 8:30–12:00，14:30–17:30", Phone = "0744-8383000",
            Windows =
            [
                new() { Number = "01", Name = "综合受理窗口", Kind = WindowKind.GeneralAll },
                new() { Number = "02", Name = "市场监管专窗", Kind = WindowKind.Dedicated, DepartmentId = departmentId("永定区市场监督管理局") },
                new() { Number = "03", Name = "办不成事反映窗口", Kind = WindowKind.Complaint },
            ],
        },
        new()
        {
            Name = "南庄坪街道便民服务中心", Kind = HallKind.ConvenienceCenter, DivisionCode = NanzhuangpingCode,
            Address = "张家界市永定区南庄坪街道", OpeningHours = "法定工作日 8:30–12:00，14:30–17:30", Phone = "0744-8383303",
            Windows =
            [
                new() { Number = "1", Name = "全科受理窗口", Kind = WindowKind.GeneralAll },
                new() { Number = "2", Name = "帮办代办窗口", Kind = WindowKind.Assistance },
            ],
        },
        new()
        {
            Name = "慈利县政务服务中心", Kind = HallKind.ServiceCenter, DivisionCode = "430821000000",
            Address = "张家界市慈利县零阳街道 慈利县政务服务中心", OpeningHours = "法定工作日 8:30–12:00，14:30–17:30", Phone = "0744-3220000",
            Windows = [new() { Number = "01", Name = "综合受理窗口", Kind = WindowKind.GeneralAll }],
        },
        new()
        {
            // 园区: the park's hall stands in 崇文街道; it serves the departments stationed at its
            // windows (the 管委会 and the items 赋权 to it), not the whole city.
            Name = ParkHall, Kind = HallKind.ServiceCenter, DivisionCode = ParkDivisionCode,
            Address = "张家界市永定区 张家界高新技术产业开发区管委会一楼", OpeningHours = "法定工作日 8:30–12:00，14:30–17:30", Phone = "0744-8666000",
            Windows =
            [
                new() { Number = "01", Name = "“一件事一次办”专窗", Kind = WindowKind.Dedicated, Sector = Features.Bundles.Window.BundleWindowHandler.BundleWindowSector, DepartmentId = departmentId("张家界高新区管委会") },
                new() { Number = "02", Name = "企业服务综合窗口", Kind = WindowKind.GeneralAll },
            ],
        },
    ];
}
