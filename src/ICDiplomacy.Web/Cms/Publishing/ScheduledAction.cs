namespace ICDiplomacy.Web.Cms.Publishing;

public enum ScheduleKind
{
    Publish = 0,
    Unpublish = 1,
}

/// <summary>A "publish at" or "unpublish at" entry for one culture ("*" for invariant); removed once run.</summary>
public sealed class ScheduledAction
{
    public long Id { get; set; }
    public long DocumentId { get; set; }
    public required string Culture { get; set; }
    public ScheduleKind Kind { get; set; }
    public DateTime DueUtc { get; set; }
    public required string Author { get; set; }
}
