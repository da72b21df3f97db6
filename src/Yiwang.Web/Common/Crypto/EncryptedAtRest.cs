using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Yiwang.Web.Common.Crypto;

/// <summary>
/// Personal data (ID numbers, phones, addresses, a form's answers): the column holds it SM4-encrypted.
/// Marked once on the entity's property; <see cref="EncryptedColumns"/> applies the one converter.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class EncryptedAtRestAttribute : Attribute;

internal static class EncryptedColumns
{
    /// <summary>
    /// Every property marked <see cref="EncryptedAtRestAttribute"/> is stored encrypted: a text one as
    /// its ciphertext, one already converted to text (a JSON document) as the ciphertext of that text.
    /// </summary>
    public static void Apply(ModelBuilder b, PersonalDataProtector protector)
    {
        var encrypt = new ValueConverter<string, string>(v => protector.Encrypt(v), v => protector.Decrypt(v));
        foreach (var p in b.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties())
                     .Where(p => p.PropertyInfo?.GetCustomAttribute<EncryptedAtRestAttribute>() is not null))
        {
            if (p.GetValueConverter() is { } toText && toText.ProviderClrType == typeof(string)) p.SetValueConverter(toText.ComposeWith(encrypt));
            else if (p.ClrType == typeof(string)) p.SetValueConverter(encrypt);
            else throw new InvalidOperationException($"{p.DeclaringType.DisplayName()}.{p.Name}: only text, or what is stored as text, can be encrypted at rest");
        }
    }
}
