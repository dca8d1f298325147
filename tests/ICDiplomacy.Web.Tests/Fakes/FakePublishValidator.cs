using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Publishing;

namespace ICDiplomacy.Web.Tests.Fakes;

/// <summary>A publish rule that blocks or warns on documents of one content type.</summary>
public sealed class FakePublishValidator(string contentType, bool block) : IPublishValidator
{
    public List<PublishCandidate> Seen { get; } = [];

    public Task<PublishCheck> ValidateAsync(PublishCandidate candidate, CancellationToken cancellationToken)
    {
        Seen.Add(candidate);
        if (candidate.ContentType != contentType)
        {
            return Task.FromResult(PublishCheck.Pass);
        }

        var finding = new ContentValidationError("speakers", null, "Europe holds 3 of 4 speakers (75 %), above the 40 % cap.");
        return Task.FromResult(block ? new PublishCheck([finding], []) : new PublishCheck([], [finding]));
    }
}
