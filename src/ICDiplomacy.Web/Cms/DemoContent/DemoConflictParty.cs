namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>One side of a conflict; <see cref="Name"/> is what participants' party tags refer to.</summary>
internal sealed record DemoConflictParty(string Name, string Kind, string[] Countries, string? Acronym = null);
