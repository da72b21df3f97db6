using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using AuthPolicy = Yiwang.Web.Common.Auth.Policy;

namespace Yiwang.Web.Features.Hotline.Submit;

/// <summary>
/// A 诉求 to the 12345 centre. Channel: an agent records a call (电话, 政企通), a letter (市长信箱) or a
/// transfer (省长信箱, 信访, with its source number); a hall clerk records a 办不成事; the public writes on
/// the web or to the 市长信箱 (signed in, or anonymously), a firm on 政企通.
/// </summary>
internal sealed record SubmitTicketRequest(TicketChannel? Channel, TicketKind? Kind, string? CategoryCode, string? Content, bool Anonymous = false, string? CallerName = null,
    string? CallerPhone = null, string? Address = null, string? DivisionCode = null, string? ItemCode = null, string? CaseNumber = null, string? SourceNumber = null,
    bool MayPublish = false);

internal sealed record TicketCreated(string Number, string Status, DateOnly ReceivedOn, int LimitDays);

internal sealed partial class SubmitTicketHandler(YiwangDb db, UnitOfWork unitOfWork, TicketNumbers numbers, TicketLimits limits, TimeProvider clock, PersonalDataProtector protector)
{
    public const int MaxContent = 2000;

    public async Task<Outcome<TicketCreated>> HandleAsync(SubmitTicketRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        void Add(string field, string message) => errors[field] = [message];
        if (r.Channel is not { } channel || !Enum.IsDefined(channel)) Add("channel", "请选择诉求渠道");
        if (r.Kind is not { } kind || !Enum.IsDefined(kind)) Add("kind", "请选择诉求类型（咨询、求助、投诉、举报、建议、表扬）");
        if (string.IsNullOrWhiteSpace(r.Content)) Add("content", "请填写诉求内容");
        else if (r.Content.Trim().Length > MaxContent) Add("content", $"诉求内容不得超过{MaxContent}字");
        if (string.IsNullOrWhiteSpace(r.CategoryCode) || !await db.TicketCategories.AnyAsync(c => c.Code == r.CategoryCode, ct)) Add("categoryCode", "请选择诉求分类");
        var phone = r.CallerPhone?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!string.IsNullOrEmpty(phone) && !PhonePattern().IsMatch(phone)) Add("callerPhone", "联系电话应为11位手机号码或带区号的固定电话");
        if (r.CallerName?.Trim().Length > 50) Add("callerName", "姓名不得超过50字");
        if (r.Address?.Trim().Length > 300) Add("address", "地址不得超过300字");
        if (r.DivisionCode is { Length: > 0 } division && !await db.Divisions.AnyAsync(d => d.Code == division, ct)) Add("divisionCode", "所在区划不在本市范围内");
        if (r.ItemCode is { Length: > 0 } item && !await db.ServiceItems.AnyAsync(i => i.Code == item, ct)) Add("itemCode", $"事项 {item} 不存在");
        if (r.CaseNumber is { Length: > 0 } number && !await db.Cases.AnyAsync(c => c.Number == number, ct)) Add("caseNumber", $"办件 {number} 不存在");
        if (r.Channel is TicketChannel.GovernorMailbox or TicketChannel.Petition && string.IsNullOrWhiteSpace(r.SourceNumber)) Add("sourceNumber", "转办件须填写来源编号（省长信箱或信访件编号）");
        if (r.SourceNumber?.Trim().Length > 64) Add("sourceNumber", "来源编号不得超过64位");
        if (errors.Count > 0) return Outcome<TicketCreated>.Invalid(errors, "诉求填写有误");

        // Who may open which channel.
        var staff = user.IsStaff();
        var allowed = r.Channel switch
        {
            TicketChannel.Phone or TicketChannel.GovernorMailbox or TicketChannel.Petition => TicketScope.IsCentre(user),
            TicketChannel.CannotGetDone => user.Meets(AuthPolicy.WindowClerk) && user.HallId() is not null,
            TicketChannel.Enterprise => TicketScope.IsCentre(user) || (!staff && user.CreditCode() is not null),
            TicketChannel.Web or TicketChannel.MayorMailbox => !staff || TicketScope.IsCentre(user),
            _ => false,
        };
        if (!allowed) return Outcome<TicketCreated>.Forbidden(r.Channel == TicketChannel.Enterprise ? "政企通请以法人账号登录" : $"不能以当前身份通过“{r.Channel!.Value.Label()}”提交诉求");
        var account = !staff ? user.AccountId() : null;
        if (account is null && !r.Anonymous && string.IsNullOrEmpty(phone)) return Outcome<TicketCreated>.Invalid("callerPhone", "请留下联系电话以便回复和回访，或选择匿名");
        var name = r.Anonymous ? null : account is not null ? user.Name() : r.CallerName?.Trim();

        var intake = new TicketIntake(r.Channel!.Value, r.Kind!.Value, r.CategoryCode!, r.Content!.Trim(), r.Anonymous, name, string.IsNullOrEmpty(phone) ? null : phone,
            string.IsNullOrEmpty(phone) ? null : protector.BlindIndex(phone), r.Anonymous ? null : account, r.Address?.Trim(), r.DivisionCode, r.ItemCode, r.CaseNumber,
            r.Channel == TicketChannel.CannotGetDone ? user.HallId() : null, r.SourceNumber?.Trim(), r.MayPublish);
        var by = staff ? user.Identity!.Name! : r.Anonymous ? "匿名" : user.Identity?.IsAuthenticated == true ? "诉求人" : "网民";
        var limit = limits.DaysFor(intake.Kind, intake.Channel);
        return await unitOfWork.InTransactionAsync(async () =>
        {
            var ticket = Ticket.Receive(intake, await numbers.NextAsync(ct), by, clock.GetUtcNow(), clock.Today(), limit);
            db.Tickets.Add(ticket);
            await unitOfWork.CommitAsync(ct);
            return Outcome<TicketCreated>.Ok(new TicketCreated(ticket.Number, ticket.Status.Label(), ticket.ReceivedOn, limit));
        }, ct);
    }

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{9,11})$")]
    private static partial Regex PhonePattern();
}
