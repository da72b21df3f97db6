using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Yiwang.Web.Common.Crypto;

/// <summary>
/// The data-protection key ring (which signs the sign-in cookies and antiforgery tokens) is kept
/// encrypted at rest: each key's XML is sealed with SM4-GCM under the personal-data key before it is
/// written to the keys folder. Keys written before this stay readable.
/// </summary>
internal sealed class Sm4XmlEncryptor(PersonalDataProtector protector) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement) =>
        new(new XElement("encryptedKey", new XComment(" SM4-GCM under the personal-data key (Crypto:PersonalDataKey) "),
            new XElement("value", protector.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting)))), typeof(Sm4XmlDecryptor));
}

/// <summary>Opens what <see cref="Sm4XmlEncryptor"/> sealed (created by the data-protection system, with the app's services).</summary>
internal sealed class Sm4XmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement) =>
        XElement.Parse(services.GetRequiredService<PersonalDataProtector>().Decrypt((string?)encryptedElement.Element("value") ?? ""));
}
