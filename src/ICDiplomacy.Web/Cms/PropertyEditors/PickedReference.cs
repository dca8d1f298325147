namespace ICDiplomacy.Web.Cms.PropertyEditors;

/// <summary>A document picked by a content picker, tree picker or URL picker, to check once per save.</summary>
public sealed record PickedReference(string Property, string? Culture, Guid Key, IReadOnlyList<string> AllowedTypes);
