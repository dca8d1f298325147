namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>A forum session; times are local to the forum's time zone, on day 1, 2 or 3 of the forum.</summary>
internal sealed record DemoSession
{
    public required string Id { get; init; }
    public required DemoText Name { get; init; }
    public required DemoText Abstract { get; init; }
    public required int Day { get; init; }
    public required TimeOnly Start { get; init; }
    public required TimeOnly End { get; init; }
    public required string Format { get; init; }
    public bool ChathamHouse { get; init; }
    public string[] Conflicts { get; init; } = [];
    public required string[] Speakers { get; init; }
    public string[] InterpretationLanguages { get; init; } = [];
    public int? Capacity { get; init; }
    /// <summary>Registration opens this many days before the forum starts.</summary>
    public int RegistrationOpensDaysBeforeForum { get; init; } = 60;
    /// <summary>Registration closes this many hours before the session starts.</summary>
    public int RegistrationClosesHoursBeforeStart { get; init; } = 48;
    public required DemoText Room { get; init; }
    public string? OnlineLink { get; init; }
}
