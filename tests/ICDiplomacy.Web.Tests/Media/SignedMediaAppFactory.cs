namespace ICDiplomacy.Web.Tests.Media;

/// <summary>The media app with <c>Imaging:HMACSecretKey</c> set, so image commands must be signed.</summary>
public sealed class SignedMediaAppFactory : MediaAppFactory
{
    public static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 64).Select(i => (byte)(i * 7)).ToArray());

    public SignedMediaAppFactory()
        : base(new Dictionary<string, string?> { ["Imaging:HMACSecretKey"] = Key })
    {
    }
}
