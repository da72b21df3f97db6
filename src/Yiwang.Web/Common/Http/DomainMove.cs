using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// Applies one move to a loaded domain object (a card, a rectification) and saves it: a refusal
/// becomes its 400 or 409 (<see cref="RefusedException"/>), a concurrent writer a 409 with
/// <c>conflict</c>. An Ok outcome means the move is saved.
/// </summary>
internal static class DomainMove
{
    public static async Task<Outcome<bool>> SaveAsync(UnitOfWork unitOfWork, Action move, string conflict, CancellationToken ct)
    {
        try
        {
            move();
            await unitOfWork.CommitAsync(ct);
            return Outcome<bool>.Ok(true);
        }
        catch (RefusedException e)
        {
            return e.As<bool>();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<bool>.Conflict(conflict);
        }
    }
}
