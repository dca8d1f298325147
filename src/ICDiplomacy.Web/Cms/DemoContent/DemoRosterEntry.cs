namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>A fictional meeting participant; confidential, never named in a Chatham House summary.</summary>
internal sealed record DemoRosterEntry(
    string FullName,
    string? OriginalScriptName,
    string Affiliation,
    string? AffiliationAcronym,
    string Country,
    string RoleCategory,
    string? Party = null,
    bool ConsentToBeListed = false,
    string[]? Aliases = null);
