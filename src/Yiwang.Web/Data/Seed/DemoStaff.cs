using Yiwang.Web.Common.Auth;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// The demo's staff: the named accounts the README lists, and for every department that owns an
/// item, an 审批人员 and a 部门负责人 (who approves extensions, 行政许可法 §42), so every demo item
/// can be taken to 办结.
/// </summary>
internal static class DemoStaff
{
    /// <summary>Named accounts: user name, display name, roles, department, hall.</summary>
    public static readonly (string User, string Name, string[] Roles, string? Department, string? Hall)[] Named =
    [
        ("admin", "系统管理员", [StaffRole.SystemAdmin], null, null),
        ("scjg-admin", "李敏（市场监管局）", [StaffRole.DepartmentAdmin], "市市场监管局", null),
        ("ga-admin", "王强（公安局）", [StaffRole.DepartmentAdmin], "市公安局", null),
        ("gx-admin", "田亮（工业和信息化局）", [StaffRole.DepartmentAdmin], "市工业和信息化局", null),
        ("clerk", "刘芳（综合窗口）", [StaffRole.WindowClerk], null, "张家界市政务服务中心"),
        ("approver", "陈刚（市场监管局）", [StaffRole.Approver], "市市场监管局", null),
        ("approver2", "孙丽（市场监管局）", [StaffRole.Approver], "市市场监管局", null),
        ("xf-approver", "吴军（消防救援支队）", [StaffRole.Approver], "市消防救援支队", null),
        ("chief", "赵静（首席审批员）", [StaffRole.ChiefApprover], "市市场监管局", "张家界市政务服务中心"),
        ("supervisor", "周平（效能监察）", [StaffRole.Supervisor], "市政务服务中心", null),
        ("agent", "刘娟（12345热线话务员）", [StaffRole.HotlineAgent], "市政务服务中心", null),
        ("centre-head", "彭建华（政务服务中心负责人）", [StaffRole.CentreHead], null, "张家界市政务服务中心"),
        ("park-clerk", "黄蓉（高新区一件事专窗）", [StaffRole.WindowClerk], null, DemoOrganization.ParkHall),
        ("county-clerk", "彭涛（慈利县综合窗口）", [StaffRole.WindowClerk], null, "慈利县政务服务中心"),
        ("yd-clerk", "覃莉（永定区综合窗口）", [StaffRole.WindowClerk], null, "永定区政务服务中心"),
        ("nzp-clerk", "向丹（南庄坪街道全科窗口）", [StaffRole.WindowClerk], null, "南庄坪街道便民服务中心"),
    ];

    /// <summary>The user-name prefix of each department's generated accounts (`{prefix}-approver`, `{prefix}-head`).</summary>
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["市市场监管局"] = "scjg", ["市公安局"] = "ga", ["市公安局交通警察支队"] = "jj", ["市公安局出入境管理支队"] = "crj",
        ["市人力资源社会保障局"] = "rs", ["市医保局"] = "yb", ["市住房城乡建设局"] = "zj", ["市自然资源和规划局"] = "zrzy",
        ["市民政局"] = "mz", ["市卫生健康委"] = "wj", ["市教育局"] = "jy", ["市税务局"] = "sw", ["市住房公积金管理中心"] = "gjj",
        ["市交通运输局"] = "jt", ["市文化旅游广电体育局"] = "wl", ["市生态环境局"] = "sthj", ["市水利局"] = "sl", ["市林业局"] = "ly",
        ["市应急管理局"] = "yj", ["市消防救援支队"] = "xf", ["市残联"] = "cjr", ["国网张家界供电公司"] = "gd", ["张家界中燃公司"] = "rq",
        ["市城市管理和综合执法局"] = "cg", ["市发展改革委"] = "fg", ["市商务局"] = "swj", ["市农业农村局"] = "nync",
        ["市退役军人事务局"] = "tyjr", ["市工业和信息化局"] = "gx", ["市司法局"] = "sf", ["张家界高新区管委会"] = "gxq", ["市烟草专卖局"] = "yc",
        ["永定区市场监督管理局"] = "yd-scjg", ["永定区人力资源和社会保障局"] = "yd-rs", ["慈利县市场监督管理局"] = "cl-scjg",
        ["南庄坪街道便民服务中心"] = "nzp",
    };

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅"];
    private static readonly string[] Given = ["建国", "秀英", "志强", "海燕", "卫东", "丽娟", "国平", "春梅", "学军", "小红", "立新", "玉兰", "文斌", "桂香", "宏伟", "晓燕", "德明", "慧敏"];

    /// <summary>
    /// An approver and a 部门负责人 for each given department that has no approver among the named
    /// accounts; a department without a prefix gets `sp{code}`.
    /// </summary>
    public static IEnumerable<(string User, string Name, string[] Roles, string? Department, string? Hall)> ForDepartments(IEnumerable<(string Name, string Code)> owning)
    {
        var covered = Named.Where(s => s.Roles.Contains(StaffRole.Approver)).Select(s => s.Department).ToHashSet();
        var n = 0;
        foreach (var (name, code) in owning.DistinctBy(d => d.Name).OrderBy(d => d.Code, StringComparer.Ordinal))
        {
            var prefix = Prefixes.GetValueOrDefault(name) ?? $"sp{code}";
            var shortName = name.StartsWith('市') ? name[1..] : name;
            if (!covered.Contains(name))
                yield return ($"{prefix}-approver", $"{PersonName(n++)}（{shortName}）", [StaffRole.Approver], name, null);
            yield return ($"{prefix}-head", $"{PersonName(n++)}（{shortName}负责人）", [StaffRole.DepartmentHead], name, null);
        }
    }

    private static string PersonName(int i) => Surnames[i % Surnames.Length] + Given[(i * 7) % Given.Length];
}
