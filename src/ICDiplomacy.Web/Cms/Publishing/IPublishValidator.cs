using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Cms.Publishing;

/// <summary>
/// A rule other features add to the publish step (e.g. the forum's regional-balance gate). It runs before
/// the publish transaction; blocking errors refuse the publish with those errors, warnings are returned
/// with a successful publish so the editor sees them.
/// </summary>
public interface IPublishValidator
{
    Task<PublishCheck> ValidateAsync(PublishCandidate candidate, CancellationToken cancellationToken);
}

/// <summary>The document about to be published and the data that would go live.</summary>
public sealed record PublishCandidate(Guid Key, string ContentType, Guid? ParentKey, IReadOnlyCollection<string> Cultures, VersionData Data);

/// <summary>What a publish rule found: errors block the publish, warnings do not.</summary>
public sealed record PublishCheck(IReadOnlyList<ContentValidationError> Errors, IReadOnlyList<ContentValidationError> Warnings)
{
    public static readonly PublishCheck Pass = new([], []);
}
