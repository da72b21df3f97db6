using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Bundles.Apply;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// Two 一件事 of the demo's last working day, so the window's 一件事受理 and the citizen's 我的办件 have
/// something to show: a 开办餐饮店 waiting at the 综合窗口, and a 新生儿出生 accepted (its 出生登记 waits
/// for the 出生医学证明). Built through the same plan and composition as an application.
/// </summary>
internal static class DemoBundleCases
{
    public static async Task SeedAsync(YiwangDb db, WorkingDaySchedule schedule, DateOnly day, Account citizen, (int? Hall, int? Window) clerk, CancellationToken ct)
    {
        var serial = 900;
        string Number() => $"ZJ-{day:yyyyMMdd}-{serial++:000000}";
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 30)), ChinaTime.Offset).ToUniversalTime();

        await OpenAsync("restaurant-opening", new()
        {
            ["licensed"] = "是", ["entity"] = "个体工商户", ["area"] = "320", ["signboard"] = "是", ["gas"] = "否", ["power"] = "否", ["online"] = "是", ["staff"] = "4", ["agent"] = "否",
        }, new() { ["shop_name"] = "张家界土家三下锅", ["address"] = "张家界市永定区回龙路18号", ["category"] = "餐饮服务经营者", ["food_items"] = "热食类食品制售" }, accept: false);
        await OpenAsync("newborn", new() { ["card"] = "是", ["maternity"] = "是", ["agent"] = "否" },
            new() { ["baby_name"] = "张小满", ["birth_date"] = day.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, accept: true);

        async Task OpenAsync(string code, Dictionary<string, string> answers, Dictionary<string, string> form, bool accept)
        {
            var bundle = await db.Bundles.AsNoTracking().Include(b => b.Versions).SingleAsync(b => b.Code == code, ct);
            var compiled = new CompiledBundle(code, bundle.CurrentVersionNo!.Value, bundle.Current!.Definition, await CompiledBundles.ItemsOfAsync(db, bundle.Current.Definition, ct));
            var plan = compiled.Plan(compiled.Questionnaire.Bind(answers, out _));
            var parent = SubmitBundleHandler.Compose(Number(), compiled, plan, answers, form, citizen.Id, citizen.DisplayName, DeliveryMethod.WindowPickup, clerk.Hall, null, at);
            parent.Submitted(at, "citizen");
            db.BundleCases.Add(parent);
            await db.SaveChangesAsync(ct);
            var window = new Actor("clerk", at.AddMinutes(40), $"hall:{clerk.Hall}", true, clerk.Hall, clerk.Window);
            foreach (var part in parent.Parts.Where(p => p.After.Count == 0))
            {
                var item = await db.ServiceItems.AsNoTracking().Include(i => i.Versions).SingleAsync(i => i.Code == part.ItemCode, ct);
                var c = BundleProgress.OpenPart(parent, part, Number(), new CurrentItemVersion(item, item.Current!), new Actor("citizen", at, "online"));
                if (accept) c.Accept(window, day, schedule);
                db.Cases.Add(c);
            }
            if (accept) parent.AcceptedAtWindow(window, parent.Parts.Where(p => p.After.Count == 0).Select(p => p.ItemName).ToList(), [], day, schedule);
            await db.SaveChangesAsync(ct);
        }
    }
}
