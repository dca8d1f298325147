namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>A fictional expert, author or speaker.</summary>
internal sealed record DemoPerson(
    string Id,
    string Name,
    string? OriginalScriptName,
    string Country,
    string Affiliation,
    DemoText Position,
    string Biography,
    bool ConsentToBeListed = true);
