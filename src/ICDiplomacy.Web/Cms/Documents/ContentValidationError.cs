namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>A validation error on one property (or "name", "segment", "parent") in one culture ("*" or null when invariant).</summary>
public sealed record ContentValidationError(string Property, string? Culture, string Message);
