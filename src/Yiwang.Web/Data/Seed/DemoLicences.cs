using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Features.Licences;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// The demo holders' licences already in the 电子证照库 (as if imported from the departments' earlier
/// systems), each signed by its issuer's seal: the enterprise's 营业执照 (as in the 法人库) and the
/// citizen's 居民身份证, so 免证办 has something to draw from the first time the demo is opened.
/// </summary>
internal static class DemoLicences
{
    public static async Task SeedAsync(YiwangDb db, PersonalDataProtector protector, IReadOnlyList<Department> departments, DateTimeOffset now, CancellationToken ct)
    {
        var seals = new Dictionary<string, (Seal Seal, byte[] Key)>();
        foreach (var department in new[] { "市市场监管局", "市公安局" })
        {
            var keys = Sm2.Generate();
            var seal = new Seal
            {
                DepartmentId = departments.Single(d => d.Name == department).Id, Name = department + "行政审批专用章", PublicKey = keys.PublicKey,
                EncryptedPrivateKey = protector.Encrypt(Convert.ToBase64String(keys.PrivateKey)), CreatedAt = now,
            };
            db.Seals.Add(seal);
            seals[department] = (seal, keys.PrivateKey);
        }
        await db.SaveChangesAsync(ct); // the seals' ids, which the licences name
        void Add(string type, string typeName, HolderKind kind, string number, string holder, string holderId, string issuer, DateOnly issued, DateOnly? until,
            Dictionary<string, string> fields)
        {
            var (seal, key) = seals[issuer];
            var licence = new Licence
            {
                Id = Guid.NewGuid(), Number = number, TypeCode = type, TypeName = typeName, HolderName = holder, HolderKind = kind, HolderId = holderId,
                HolderIndex = protector.BlindIndex(holderId), IssuerDepartmentId = seal.DepartmentId, IssuerName = issuer, IssuedOn = issued, ValidUntil = until,
                Fields = fields, SealId = seal.Id, IssuedAt = now,
            };
            licence.Sign(key);
            db.Licences.Add(licence);
        }
        Add("business-licence", "营业执照", HolderKind.Organisation, DemoData.EnterpriseCreditCode, "张家界天门山旅游服务有限公司", DemoData.EnterpriseCreditCode, "市市场监管局",
            new DateOnly(2016, 5, 18), null, new()
            {
                ["名称"] = "张家界天门山旅游服务有限公司", ["类型"] = "有限责任公司（自然人投资或控股）", ["法定代表人"] = "李四", ["注册资本（万元）"] = "500",
                ["住所（经营场所）"] = "张家界市永定区官黎坪街道天门路1号", ["经营范围"] = "旅游咨询服务；票务代理；会议及展览服务",
            });
        Add("resident-id", "居民身份证", HolderKind.Person, "DZSFZ-430802-2018-000123", "张三", DemoData.CitizenIdNumber, "市公安局",
            new DateOnly(2018, 3, 7), new DateOnly(2038, 3, 6), new() { ["签发机关"] = "张家界市公安局永定分局" });
    }
}
