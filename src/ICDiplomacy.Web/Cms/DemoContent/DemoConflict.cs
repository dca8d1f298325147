namespace ICDiplomacy.Web.Cms.DemoContent;

internal sealed record DemoConflict
{
    public required string Id { get; init; }
    public required DemoText Name { get; init; }
    public required string Type { get; init; }
    public string? Incompatibility { get; init; }
    public required string Status { get; init; }
    public required DemoText Summary { get; init; }
    public required string Background { get; init; }
    public required string[] LocationCountries { get; init; }
    public required string[] Regions { get; init; }
    public string[] ConflictRegions { get; init; } = [];
    public required DemoConflictParty[] Parties { get; init; }
}
