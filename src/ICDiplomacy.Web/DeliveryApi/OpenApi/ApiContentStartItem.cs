namespace ICDiplomacy.Web.DeliveryApi.OpenApi;

/// <summary>A root of the content tree.</summary>
/// <param name="Id">The root's key.</param>
/// <param name="Path">The root's URL segment in the culture.</param>
public sealed record ApiContentStartItem(Guid Id, string Path);
