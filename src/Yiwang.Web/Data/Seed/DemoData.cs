using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Data.Seed;

/// <summary>Loads the demo city into an empty database: organization, catalog, one account per role.</summary>
internal sealed class DemoData(YiwangDb db, UserManager<Account> users, RoleManager<IdentityRole<Guid>> roles,
    PersonalDataProtector protector, TimeProvider clock, ILogger<DemoData> log)
{
    public const string Password = "yiwang-2026";

    public static readonly string CitizenIdNumber = WithCheckDigit("43080219900307123");
    public static readonly string EnterpriseCreditCode = WithCreditCheck("91430800MA4PQ1234");

    public async Task SeedIfEmptyAsync(CancellationToken ct, bool withCases = true)
    {
        if (await db.Divisions.AnyAsync(ct)) return;
        var reference = ReferenceCatalog.Load();
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        db.Divisions.AddRange(DemoOrganization.Divisions());
        await db.SaveChangesAsync(ct);
        var departments = DemoOrganization.Departments(reference);
        db.Departments.AddRange(departments);
        await db.SaveChangesAsync(ct);
        var parent = departments.Single(d => d.Name == "市公安局").Id;
        foreach (var d in departments.Where(d => d.Name.StartsWith("市公安局", StringComparison.Ordinal) && d.Id != parent)) d.ParentId = parent;
        var halls = DemoOrganization.Halls(name => departments.Single(d => d.Name == name).Id);
        db.Halls.AddRange(halls);
        await db.SaveChangesAsync(ct);

        var codeByName = new Dictionary<string, string>(StringComparer.Ordinal);
        var owning = new List<(string Name, string Code)>();
        foreach (var (code, dept, guide) in DemoCatalog.Items(reference, departments, halls))
        {
            var department = departments.Single(d => d.Name == dept);
            owning.Add((dept, department.Code));
            var item = ServiceItem.Create(code, department.Id, guide, DemoCatalog.Author, now);
            item.Publish(DemoCatalog.Author, now);
            db.ServiceItems.Add(item);
            codeByName.TryAdd(guide.Name, code); // the city's own item comes first
        }
        // One pending edit that breaks a publishing rule, so the consistency report has work to show.
        await db.SaveChangesAsync(ct);
        var pharmacy = await db.ServiceItems.Include(i => i.Versions).FirstAsync(i => i.Versions.Count == 1 && i.Code.EndsWith("-0007"), ct);
        var draft = pharmacy.Current!.Guide.Copy();
        draft.PromisedLimitDays = 40;
        draft.Steps = [new() { Name = "受理", Days = 1 }, new() { Name = "审查", Days = 38 }, new() { Name = "决定", Days = 1 }];
        pharmacy.SaveDraft(draft, DemoCatalog.Author, now);
        await db.SaveChangesAsync(ct);

        await SeedBundlesAsync(codeByName, now, ct);
        db.TicketCategories.AddRange(DemoHotline.Categories(departments));
        db.LicenceTypes.AddRange(DemoLicenceTypes.All());
        DemoLibraries.Seed(db, protector, now, departments.Single(d => d.Name == "市住房公积金管理中心").Id);
        await DemoLicences.SeedAsync(db, protector, departments, now, ct);
        // The departments paying out policies handle their cases too: each gets an approver and a head.
        foreach (var d in await DemoPolicies.SeedAsync(db, departments, now, ct))
            if (!owning.Any(o => o.Name == d.Name)) owning.Add((d.Name, d.Code));

        foreach (var role in StaffRole.All)
            await roles.CreateAsync(new IdentityRole<Guid>(role));
        string? passwordHash = null;
        foreach (var (user, name, staffRoles, dept, hall) in DemoStaff.Named.Concat(DemoStaff.ForDepartments(owning)))
        {
            var account = new Account
            {
                UserName = user, Kind = AccountKind.Staff, DisplayName = name, CreatedAt = now,
                DepartmentId = dept is null ? null : departments.Single(d => d.Name == dept).Id,
                HallId = hall is null ? null : halls.Single(h => h.Name == hall).Id,
            };
            // Window clerks sit at their hall's first window (the centre's comprehensive window, the park's 一件事一次办专窗).
            if (staffRoles.Contains(StaffRole.WindowClerk) && hall is not null) account.WindowId = halls.Single(h => h.Name == hall).Windows.OrderBy(w => w.Number, StringComparer.Ordinal).First().Id;
            // One hash serves every demo account (they share the demo password): seeding some 70 accounts stays quick.
            account.PasswordHash = passwordHash ??= users.PasswordHasher.HashPassword(account, Password);
            Check(await users.CreateAsync(account));
            Check(await users.AddToRolesAsync(account, staffRoles));
        }
        Check(await users.CreateAsync(new Account
        {
            UserName = "citizen", Kind = AccountKind.NaturalPerson, DisplayName = "张三", CreatedAt = now,
            IdNumber = CitizenIdNumber, IdNumberIndex = protector.BlindIndex(CitizenIdNumber), Phone = "13807441234",
            Assurance = Features.Accounts.Assurance.AssuranceLevel.L3, PhoneProvenAt = now, AssuredBy = "窗口核验身份证原件（演示数据）", AssuredAt = now,
        }, Password));
        // 李四: the enterprise's legal representative, who confirmed its binding and manages its 经办人.
        var representative = new Account
        {
            UserName = "lisi", Kind = AccountKind.NaturalPerson, DisplayName = "李四", CreatedAt = now,
            IdNumber = WithCheckDigit("43080219850612345"), IdNumberIndex = protector.BlindIndex(WithCheckDigit("43080219850612345")), Phone = "13907445678",
            Assurance = Features.Accounts.Assurance.AssuranceLevel.L3, PhoneProvenAt = now, AssuredBy = "统一身份认证（演示数据）", AssuredAt = now,
        };
        Check(await users.CreateAsync(representative, Password));
        Check(await users.CreateAsync(new Account
        {
            RepresentativeAccountId = representative.Id,
            UserName = "enterprise", Kind = AccountKind.LegalPerson, DisplayName = "张家界天门山旅游服务有限公司", CreatedAt = now,
            CreditCode = EnterpriseCreditCode, LegalRepresentative = "李四",
            IdNumber = WithCheckDigit("43080219850612345"), IdNumberIndex = protector.BlindIndex(WithCheckDigit("43080219850612345")), Phone = "13907445678",
            Assurance = Features.Accounts.Assurance.AssuranceLevel.L3, PhoneProvenAt = now, AssuredBy = "法定代表人 李* 以本人 L3 账号确认（演示数据）", AssuredAt = now,
        }, Password));
        if (withCases) await DemoCaseHistory.SeedAsync(db, clock, ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Demo data loaded: {Departments} departments, {Halls} halls", departments.Count, halls.Count);
    }

    /// <summary>The six demo 一件事, their materials merged from the items, checked like an admin's, published.</summary>
    private async Task SeedBundlesAsync(IReadOnlyDictionary<string, string> codeByName, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var (code, definition) in DemoBundles.All(name => codeByName[name]))
        {
            var items = await Features.Bundles.CompiledBundles.ItemsOfAsync(db, definition, ct);
            var d = DemoBundles.WithMaterials(definition, items);
            var errors = Features.Bundles.Planning.BundleValidation.Validate(d, items);
            if (errors.Count > 0) throw new InvalidOperationException($"Demo bundle {code}: " + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(",", e.Value)}")));
            var bundle = Features.Bundles.Bundle.Create(code, d, DemoCatalog.Author, now);
            bundle.Publish(DemoCatalog.Author, now);
            db.Bundles.Add(bundle);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    public static string WithCheckDigit(string first17) => first17 + ResidentIdNumber.CheckDigit(first17);
    /// <summary>
    /// A valid 统一社会信用代码 from its first 16 characters (a 17th given is replaced): the organisation
    /// code's GB 11714 check digit, then the GB 32100 check character.
    /// </summary>
    public static string WithCreditCheck(string first16)
    {
        var head = first16[..16];
        var first17 = head + UnifiedSocialCreditCode.OrganisationCheck(head.AsSpan(8, 8));
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }
}
