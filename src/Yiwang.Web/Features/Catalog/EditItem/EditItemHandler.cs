using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.EditItem;

/// <summary>Creates items and saves drafts, within the editor's department.</summary>
internal sealed class EditItemHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, AuditLog audit)
{
    public async Task<Outcome<DraftSaved>> CreateAsync(CreateItemRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = request.Guide is null ? new() { ["guide"] = ["请填写办事指南内容"] } : ServiceGuideValidation.Validate(request.Guide);
        if (ServiceGuideValidation.ValidateCode(request.Code) is { } codeError) errors["code"] = [codeError];
        if (!await db.Departments.AnyAsync(d => d.Id == request.DepartmentId, ct)) errors["departmentId"] = ["实施部门不存在"];
        if (errors.Count > 0) return Outcome<DraftSaved>.Invalid(errors);
        if (!CatalogScope.CanEdit(user, request.DepartmentId))
            return Outcome<DraftSaved>.Forbidden("只能在本部门新增事项");
        if (await db.ServiceItems.AnyAsync(i => i.Code == request.Code, ct))
            return Outcome<DraftSaved>.Invalid("code", $"事项编码 {request.Code} 已存在");

        var item = ServiceItem.Create(request.Code!, request.DepartmentId, request.Guide!, user.Identity!.Name!, clock.GetUtcNow());
        db.ServiceItems.Add(item);
        audit.Record(user, "catalog.item.create", $"item:{item.Code}", request.Guide!.Name);
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<DraftSaved>.Invalid("code", $"事项编码 {request.Code} 已存在");
        }
        return Outcome<DraftSaved>.Ok(Saved(item));
    }

    public async Task<Outcome<DraftSaved>> SaveDraftAsync(string code, SaveDraftRequest request, ClaimsPrincipal user, CancellationToken ct)
    {
        var item = await db.ServiceItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Code == code, ct);
        if (item is null) return Outcome<DraftSaved>.NotFound($"事项 {code} 不存在");
        if (!CatalogScope.CanEdit(user, item.DepartmentId)) return Outcome<DraftSaved>.Forbidden("只能编辑本部门的事项");
        if (request.Guide is null) return Outcome<DraftSaved>.Invalid("guide", "请填写办事指南内容");
        var errors = ServiceGuideValidation.Validate(request.Guide);
        if (errors.Count > 0) return Outcome<DraftSaved>.Invalid(errors);
        if (request.Concurrency is { } seen && seen != item.Concurrency)
            return Outcome<DraftSaved>.Conflict("该事项已被他人修改，请刷新后再编辑");

        item.SaveDraft(request.Guide, user.Identity!.Name!, clock.GetUtcNow());
        audit.Record(user, "catalog.item.save-draft", $"item:{item.Code}", $"v{item.DraftVersionNo}");
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<DraftSaved>.Conflict("该事项已被他人修改，请刷新后再编辑");
        }
        return Outcome<DraftSaved>.Ok(Saved(item));
    }

    private static DraftSaved Saved(ServiceItem item) =>
        new(item.Code, item.DraftVersionNo!.Value, item.Concurrency, CatalogRules.Check(item.Draft!.Guide));
}
