using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Cms.Publishing;

/// <summary>
/// A rule other features add to the publish step (e.g. the forum's regional-balance gate). It runs inside
/// the publish transaction; returning errors refuses the publish with those errors.
/// </summary>
public interface IPublishValidator
{
    Task<IReadOnlyList<ContentValidationError>> ValidateAsync(PublishCandidate candidate, CancellationToken cancellationToken);
}

/// <summary>The document about to be published and the data that would go live.</summary>
public sealed record PublishCandidate(Guid Key, string ContentType, Guid? ParentKey, IReadOnlyCollection<string> Cultures, VersionData Data);
