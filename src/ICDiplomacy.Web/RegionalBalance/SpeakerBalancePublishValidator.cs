using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Publishing;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// The forum's publish gate: checks a forum session's speakers as they would go live. When the parent forum sets
/// <c>requireBalancedSpeakers</c> and the verdict is FAIL, the hard reasons block the publish (soft ones stay
/// warnings); otherwise every reason is a warning and the session publishes. Each finding is on "speakers", its
/// message the reason's explanation followed by its fix.
/// </summary>
internal sealed class SpeakerBalancePublishValidator(BalanceContentReader reader, BalanceService balance) : IPublishValidator
{
    public const string Property = "speakers";

    public async Task<PublishCheck> ValidateAsync(PublishCandidate candidate, CancellationToken cancellationToken)
    {
        if (candidate.ContentType != BalanceContentReader.SessionType)
        {
            return PublishCheck.Pass;
        }

        var result = balance.Check(await reader.SessionInputAsync(candidate.Data, cancellationToken));
        if (result.Verdict == BalanceVerdict.Pass)
        {
            return PublishCheck.Pass;
        }

        var required = candidate.ParentKey is { } forum && await reader.ForumRequiresBalancedSpeakersAsync(forum, cancellationToken);
        var blocking = required && result.Verdict == BalanceVerdict.Fail;
        var errors = new List<ContentValidationError>();
        var warnings = new List<ContentValidationError>();
        foreach (var reason in result.Reasons)
        {
            var finding = new ContentValidationError(Property, null, $"{reason.Explanation} {reason.Fix}");
            (blocking && reason.Severity == BalanceSeverity.Hard ? errors : warnings).Add(finding);
        }

        return new PublishCheck(errors, warnings);
    }
}
