namespace ICDiplomacy.Web.Cms.DemoContent;

internal sealed record DemoMeeting
{
    public required DateOnly Date { get; init; }
    public required string Format { get; init; }
    public required DemoText Location { get; init; }
    public bool ChathamHouse { get; init; }
    public DemoRosterEntry[] Roster { get; init; } = [];
    public string? FollowUpPoints { get; init; }
    public string? HostPartner { get; init; }
    public string? InternalNotes { get; init; }
}
