using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// What an application says, wherever it is made (online, at a window on someone's behalf, as one
/// part of a 一件事): the one way a case comes into being (<see cref="Case.Apply"/>).
/// </summary>
/// <param name="SubmittedBy">Who submits it now; null keeps it a draft.</param>
/// <param name="SubmitNote">Said of the submission on the timeline (帮办代办 and its authorization).</param>
/// <param name="MaterialsDrawn">Required materials the platform drew for the applicant (免证办).</param>
/// <param name="BundleCaseId">The 一件事 this case is one part of.</param>
/// <param name="Delivery">送达方式 chosen by the applicant, with the postal address for 邮寄.</param>
/// <param name="MissingMaterials">Online: the required materials not given (a submission with any is refused).</param>
public sealed record CaseApplication(string Number, CurrentItemVersion Item, Guid? ApplicantId, string ApplicantName, CaseChannel Channel,
    Dictionary<string, string> Form, bool FormComplete, int? PickupHallId, DateTimeOffset At, Actor? SubmittedBy,
    string? SubmitNote = null, int MaterialsDrawn = 0, long? BundleCaseId = null, DeliveryChoice? Delivery = null, IReadOnlyList<string>? MissingMaterials = null);

/// <summary>送达方式 as the applicant chose it.</summary>
public sealed record DeliveryChoice(DeliveryMethod Method, string? PostalAddress);

public sealed partial class Case
{
    /// <summary>A new case from an application: opened under the item version in force, its form filled, submitted unless a draft.</summary>
    public static Case Apply(CaseApplication a)
    {
        var c = Open(a.Number, a.Item.Item, a.Item.Version, a.ApplicantId, a.ApplicantName, a.Channel, a.At);
        c.FillForm(a.Form, a.FormComplete);
        c.CollectAt(a.PickupHallId);
        if (a.Delivery is { } d) c.ChooseDelivery(d.Method, a.PickupHallId, d.PostalAddress);
        c.RecordMaterialsDrawn(a.MaterialsDrawn);
        if (a.SubmittedBy is { } by) c.Submit(by, a.SubmitNote, a.MissingMaterials);
        if (a.BundleCaseId is { } bundle) c.JoinBundle(bundle);
        return c;
    }
}
