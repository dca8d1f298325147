namespace ICDiplomacy.Web.Cms.DemoContent;

internal sealed record DemoInitiative
{
    public required string Id { get; init; }
    public required DemoText Name { get; init; }
    public required string Status { get; init; }
    public required DemoText Summary { get; init; }
    public required DemoText FrameworkText { get; init; }
    public required string Conflict { get; init; }
    public required string[] Regions { get; init; }
    public required string[] Countries { get; init; }
    public required DemoExpert[] Experts { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public string? Outcome { get; init; }
}
