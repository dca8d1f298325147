namespace ICDiplomacy.Web.DeliveryApi.Querying;

/// <summary>A published route of a document in one culture, with its root's key and URL segment in that culture.</summary>
public sealed record ContentUrlRow(string Culture, string Route, Guid RootKey, string? RootSegment);
