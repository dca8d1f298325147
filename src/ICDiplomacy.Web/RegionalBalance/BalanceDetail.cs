namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// The full answer for preview-key and backoffice callers: the whole <see cref="BalanceResult"/> (reasons with
/// explanations and fixes, all metrics) and the participants as read from the content (person keys, countries, party tags).
/// </summary>
public sealed record BalanceDetail
{
    /// <summary><c>forumSession</c> or <c>initiative</c>.</summary>
    public required string Subject { get; init; }

    public required Guid Id { get; init; }

    /// <summary>Always true here: the public answer is <see cref="BalanceSummary"/>.</summary>
    public bool Detailed => true;

    public required BalanceResult Result { get; init; }

    public BalanceConflict? Conflict { get; init; }

    public required IReadOnlyList<BalanceParticipant> Participants { get; init; }
}
