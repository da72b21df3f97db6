using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// Demo contents of the 五大库 (人口库, 法人库, 信用库, 地理空间库; the licence library fills from cases):
/// names and numbers are demo values, places real 张家界 streets with their coordinates. Half of the
/// records were loaded over a year ago, so the growth indicator has a year to compare.
/// </summary>
internal static class DemoLibraries
{
    /// <summary>The demo API key of the 住房公积金 system (README lists it); real keys are made on the console and shown once.</summary>
    public const string HousingFundKey = "ywk_demo_housing_fund_system_2026";

    private static readonly (string Name, string Id17, string Ethnicity, string Address, string Phone, string Division)[] People =
    [
        ("张三", "43080219900307123", "汉族", "张家界市永定区南庄坪街道南庄坪社区解放路88号", "13807441234", "430802006001"),
        ("李四", "43080219850612345", "土家族", "张家界市永定区大庸桥街道大庸桥社区大庸路12号", "13907445678", "430802002001"),
        ("王芳", "43080219920815002", "土家族", "张家界市永定区崇文街道沿河社区崇文路6号", "13574401122", "430802005001"),
        ("赵磊", "43081119880321003", "汉族", "张家界市武陵源区军地坪街道喻家嘴社区沙坪路3号", "13874402233", "430811001008"),
        ("刘洋", "43082119950102004", "白族", "张家界市慈利县零阳街道东街社区东街45号", "15874403344", "430821001002"),
        ("陈静", "43082219870930005", "土家族", "张家界市桑植县澧源镇文明路社区贺龙路21号", "18974404455", "430822100003"),
        ("周敏", "43080219780411006", "汉族", "张家界市永定区南庄坪街道邢家巷社区邢家巷9号", "13707445566", "430802006002"),
        ("吴军", "43081119830725007", "土家族", "张家界市武陵源区军地坪街道吴家峪社区吴家峪路17号", "13607446677", "430811001001"),
    ];

    private static readonly (string Code17, string Name, string Kind, string Rep, string Address, decimal Capital, string Established, string Division)[] Organisations =
    [
        ("91430800MA4PQ1234", "张家界天门山旅游服务有限公司", "有限责任公司（自然人投资或控股）", "李四", "张家界市永定区官黎坪街道天门路1号", 500m, "2016-05-18", "430802004000"),
        ("91430802MA4L00011", "张家界土家风味餐饮有限公司", "有限责任公司（自然人独资）", "王芳", "张家界市永定区崇文街道回龙路26号", 50m, "2019-09-02", "430802005000"),
        ("91430811MA4L00022", "张家界武陵源山水客栈有限公司", "有限责任公司（自然人投资或控股）", "赵磊", "张家界市武陵源区军地坪街道沙坪路8号", 100m, "2018-03-26", "430811001000"),
        ("92430821MA4L00033", "慈利县零阳镇刘记米粉店", "个体工商户", "刘洋", "张家界市慈利县零阳街道东街47号", 5m, "2021-07-15", "430821001000"),
        ("91430822MA4L00044", "桑植县澧水生态农业开发有限公司", "有限责任公司（自然人投资或控股）", "陈静", "张家界市桑植县澧源镇贺龙路108号", 300m, "2017-11-08", "430822100000"),
        ("91430800MA4L00055", "张家界高新区智造科技有限公司", "有限责任公司（法人独资）", "周敏", "张家界市永定区张家界高新技术产业开发区创业大道2号", 2000m, "2022-04-20", "430802005000"),
    ];

    private static readonly (string Address, string Division, double Lon, double Lat)[] Places =
    [
        ("张家界市永定区南庄坪街道解放路88号", "430802006001", 110.479191, 29.117096),
        ("张家界市永定区大庸桥街道大庸路12号", "430802002001", 110.482307, 29.121958),
        ("张家界市永定区崇文街道回龙路26号", "430802005002", 110.472845, 29.126731),
        ("张家界市永定区官黎坪街道天门路1号", "430802004000", 110.469112, 29.109458),
        ("张家界市武陵源区军地坪街道沙坪路8号", "430811001007", 110.549706, 29.345861),
        ("张家界市慈利县零阳街道东街47号", "430821001002", 111.139162, 29.429897),
        ("张家界市桑植县澧源镇贺龙路108号", "430822100003", 110.164182, 29.398419),
        ("张家界市永定区张家界高新技术产业开发区创业大道2号", "430802005000", 110.532119, 29.106734),
    ];

    public static void Seed(YiwangDb db, PersonalDataProtector protector, DateTimeOffset now, int housingFundDepartment)
    {
        // Every other record was loaded some 18 months ago, the rest within the last year.
        DateTimeOffset Loaded(int i) => i % 2 == 0 ? now.AddMonths(-18).AddDays(i) : now.AddMonths(-6).AddDays(i);
        for (var i = 0; i < People.Length; i++)
        {
            var (name, id17, ethnicity, address, phone, division) = People[i];
            var id = DemoData.WithCheckDigit(id17);
            db.PersonRecords.Add(new PersonRecord
            {
                Name = name, IdNumber = id, IdNumberIndex = protector.BlindIndex(id), Gender = Common.Identity.ResidentIdNumber.Gender(id),
                BirthDate = Common.Identity.ResidentIdNumber.BirthDate(id), Ethnicity = ethnicity, Address = address, Phone = phone, DivisionCode = division,
                CreatedAt = Loaded(i), UpdatedAt = Loaded(i),
            });
        }
        for (var i = 0; i < Organisations.Length; i++)
        {
            var o = Organisations[i];
            var repId = DemoData.WithCheckDigit(People.Single(p => p.Name == o.Rep).Id17); // the representative is in the 人口库
            db.LegalEntityRecords.Add(new LegalEntityRecord
            {
                CreditCode = DemoData.WithCreditCheck(o.Code17), Name = o.Name, Kind = o.Kind, LegalRepresentative = o.Rep, Address = o.Address, Capital = o.Capital,
                LegalRepresentativeIdNumber = repId, LegalRepresentativeIdIndex = protector.BlindIndex(repId),
                EstablishedOn = DateOnly.Parse(o.Established, System.Globalization.CultureInfo.InvariantCulture), Status = "存续", Authority = "张家界市市场监督管理局",
                DivisionCode = o.Division, CreatedAt = Loaded(i), UpdatedAt = Loaded(i),
            });
        }
        for (var i = 0; i < Places.Length; i++)
            db.GeoAddresses.Add(new GeoAddress { Address = Places[i].Address, DivisionCode = Places[i].Division, Longitude = Places[i].Lon, Latitude = Places[i].Lat, CreatedAt = Loaded(i), UpdatedAt = Loaded(i) });

        var today = Common.Time.ChinaTime.Date(now);
        CreditRecord Credit(string name, string id, CreditList list, string reason, string by, int monthsAgo, int? years, int i) => new()
        {
            SubjectName = name, SubjectId = id, SubjectIndex = protector.BlindIndex(id), List = list, Reason = reason, DecidedBy = by,
            DecidedOn = today.AddMonths(-monthsAgo), ValidUntil = years is { } y ? today.AddMonths(-monthsAgo).AddYears(y) : null, Source = "批量导入", CreatedAt = Loaded(i),
        };
        db.CreditRecords.AddRange(
            Credit(Organisations[0].Name, DemoData.WithCreditCheck(Organisations[0].Code17), CreditList.Red, "纳税信用A级纳税人", "国家税务总局张家界市税务局", 8, 1, 0),
            Credit(Organisations[2].Name, DemoData.WithCreditCheck(Organisations[2].Code17), CreditList.Black, "食品安全严重违法失信，列入严重违法失信名单", "张家界市市场监督管理局", 3, 3, 1),
            Credit(People[7].Name, DemoData.WithCheckDigit(People[7].Id17), CreditList.Dishonest, "拒不履行生效判决，列为失信被执行人", "张家界市中级人民法院", 5, 2, 3));

        db.ApiClients.Add(new ApiClient
        {
            Name = "住房公积金业务系统", DepartmentId = housingFundDepartment, KeyHash = ApiClient.Hash(HousingFundKey), KeyPrefix = HousingFundKey[..12],
            Scopes =
            [
                new LibraryScope { Library = BaseLibrary.Population, Fields = ["name", "idNumber", "address"] },
                new LibraryScope { Library = BaseLibrary.Credit, Fields = ["subjectName", "list", "reason", "decidedBy", "decidedOn", "validUntil"] },
            ],
            CreatedAt = now, CreatedBy = "admin",
        });
    }
}
