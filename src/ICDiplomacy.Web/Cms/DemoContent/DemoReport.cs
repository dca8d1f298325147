namespace ICDiplomacy.Web.Cms.DemoContent;

internal sealed record DemoReport
{
    public required string Id { get; init; }
    public required DemoText Name { get; init; }
    /// <summary>meetingSummary, policyBrief, researchPaper or proposalToGovernments.</summary>
    public required string Type { get; init; }
    /// <summary>Replaced by the scheduled date for <see cref="DemoRelease.Scheduled"/> reports.</summary>
    public required DateOnly PublicationDate { get; init; }
    public required DemoText Summary { get; init; }
    public string[] KeyFindings { get; init; } = [];
    public required string Body { get; init; }
    public string[] Authors { get; init; } = [];
    /// <summary>For non-attributed notes; "Prepared by ICDiplomacy" when null and there are no authors.</summary>
    public DemoText? PreparedBy { get; init; }
    public DemoMeeting? Meeting { get; init; }
    public string[] Regions { get; init; } = [];
    public string[] Countries { get; init; } = [];
    public string[] Conflicts { get; init; } = [];
    public string[] ConflictRegions { get; init; } = [];
    public string? Initiative { get; init; }
    public string[] Topics { get; init; } = [];
    public string OriginalLanguage { get; init; } = "en";
    public DemoRelease Release { get; init; } = DemoRelease.Published;
}
