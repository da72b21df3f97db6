using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// 信用库 entries made by other features' findings (a false 告知承诺 found at 事后核查): added to the
/// caller's unit of work, keyed by the subject's SM3-HMAC index like imported ones.
/// </summary>
internal sealed class CreditEntries(YiwangDb db, PersonalDataProtector protector)
{
    /// <summary>A 失信记录 in force for <paramref name="years"/> years from <paramref name="decidedOn"/>.</summary>
    public CreditRecord AddDishonest(string subjectName, string subjectId, string reason, string decidedBy, DateOnly decidedOn, int years, string source, DateTimeOffset now)
    {
        var id = subjectId.Trim().ToUpperInvariant();
        var record = new CreditRecord
        {
            SubjectName = subjectName, SubjectId = id, SubjectIndex = protector.BlindIndex(id), List = CreditList.Dishonest,
            Reason = reason, DecidedBy = decidedBy, DecidedOn = decidedOn, ValidUntil = decidedOn.AddYears(years), Source = source, CreatedAt = now,
        };
        db.CreditRecords.Add(record);
        return record;
    }
}
