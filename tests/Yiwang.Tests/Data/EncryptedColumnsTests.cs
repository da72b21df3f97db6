using System.Reflection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Crypto;

namespace Yiwang.Tests.Data;

/// <summary>Personal data is marked once on the entity and stored encrypted; nothing marked is stored in clear.</summary>
public class EncryptedColumnsTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Every_marked_column_is_stored_as_ciphertext()
    {
        var marked = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties())
            .Where(p => p.PropertyInfo?.GetCustomAttribute<EncryptedAtRestAttribute>() is not null).ToList()));
        Assert.Equal(
            ["Account.IdNumber", "Account.Phone", "BundleCase.FormData", "BundleCase.PostalAddress", "Case.FormData", "Case.PostalAddress", "CreditRecord.SubjectId", "Entitlement.BankAccount", "LegalEntityRecord.LegalRepresentativeIdNumber", "Licence.HolderId",
             "PersonRecord.Address", "PersonRecord.IdNumber", "PersonRecord.Phone", "ProxyCase.ApplicantIdNumber", "ProxyCase.ApplicantPhone", "Ticket.CallerPhone"],
            marked.Select(p => $"{p.DeclaringType.ClrType.Name}.{p.Name}").Order());
        foreach (var p in marked)
        {
            var value = p.ClrType == typeof(string) ? "430802199001011232" : (object)new Dictionary<string, string> { ["idNumber"] = "430802199001011232" };
            var stored = (string)p.GetValueConverter()!.ConvertToProvider(value)!;
            Assert.DoesNotContain("430802199001011232", stored);
            Assert.Equal(value, p.GetValueConverter()!.ConvertFromProvider(stored));
        }
    }
}
