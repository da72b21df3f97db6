using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>One use of a holder's data, as the holder sees it (数据使用记录).</summary>
internal sealed record DataUse(DateTimeOffset At, string Record, string What, string By, string? Detail);

/// <summary>
/// Who used which of a holder's licences or base-library records, for what, and when: the operator-side
/// logs (licence audit entries and the 数据访问日志) filtered to the holder by their keyed hash.
/// </summary>
internal static class DataUses
{
    public const int Max = 200;

    public static async Task<List<DataUse>> MineAsync(YiwangDb db, PersonalDataProtector protector, Guid? holder, CancellationToken ct)
    {
        if (holder is null) return [];
        var mine = await (await Licences.LicenceHolding.HeldByAsync(db, protector, holder.Value, ct)).Select(l => new { l.Number, l.TypeName }).ToListAsync(ct);
        var subjects = mine.Select(l => "licence:" + l.Number).ToList();
        var names = mine.ToDictionary(l => "licence:" + l.Number, l => $"{l.TypeName}（{l.Number}）");
        var uses = (await db.AuditEntries.AsNoTracking().Where(a => subjects.Contains(a.Subject)).OrderByDescending(a => a.At).Take(Max).ToListAsync(ct))
            .Select(a => new DataUse(a.At, names[a.Subject], a.Action switch { "licence.use" => "作为申请材料调用", "licence.revoke" => "注销（吊销）", _ => a.Action }, a.Actor, a.Detail))
            .ToList();
        // Staff acting on the account itself: 帮办代办 lookups and consent codes, a window identity check.
        if (await db.Users.Where(u => u.Id == holder.Value).Select(u => u.UserName).SingleOrDefaultAsync(ct) is { } userName)
        {
            var subject = Common.Audit.AccountUses.Subject(userName);
            var actions = Common.Audit.AccountUses.Labels.Keys.ToList();
            uses.AddRange((await db.AuditEntries.AsNoTracking().Where(a => a.Subject == subject && actions.Contains(a.Action)).OrderByDescending(a => a.At).Take(Max).ToListAsync(ct))
                .Select(a => new DataUse(a.At, "本人账号", Common.Audit.AccountUses.Labels[a.Action], a.Actor, a.Detail)));
        }
        var indexes = await Accounts.AccountSubjects.IndexesAsync(db, protector, holder.Value, ct);
        if (indexes.Count > 0)
            uses.AddRange((await db.DataAccesses.AsNoTracking().Where(a => a.SubjectIndex != null && indexes.Contains(a.SubjectIndex) && a.Result == AccessResult.Granted)
                    .OrderByDescending(a => a.Id).Take(Max).ToListAsync(ct))
                .Select(a => new DataUse(a.At, $"{a.Library.Info().Name}：{a.Subject}", "读取" + string.Join("、", a.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries)
                        .Select(f => a.Library.Info().Field(f)?.Label ?? f)),
                    a.DepartmentName is { } d && a.AccessorKind == AccessorKind.ApiClient ? $"{d}·{a.Accessor}" : a.Accessor, a.Purpose + (a.CaseNumber is { } n ? $"（办件 {n}）" : ""))));
        return uses.OrderByDescending(u => u.At).Take(Max).ToList();
    }
}
