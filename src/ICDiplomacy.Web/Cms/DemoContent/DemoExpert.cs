namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>An expert-group membership: a person, the party they are associated with (null: third party), role.</summary>
internal sealed record DemoExpert(string Person, string? Party, string Role, bool ListedPublicly);
