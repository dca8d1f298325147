using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Turns published content into a <see cref="BalanceInput"/>: a forum session's speakers (forum profile) and an
/// initiative's expert group with its conflict (dialogue profile). Only documents the public can see are read:
/// published, not trashed and with a route, so a document below an unpublished ancestor counts as unpublished, as
/// it is absent from Umbraco's published cache and from the Delivery API. The people (and the conflict) a subject refers to are loaded together: one query for the documents and
/// one for their published versions, however many there are. A picked person who is not published (or not a
/// person) still counts, with an unknown country, so the data-completeness rule can flag the gap.
/// </summary>
public sealed class BalanceContentReader(CmsDbContext db, BalanceService balance)
{
    public const string ForumType = "forum";
    public const string SessionType = "forumSession";
    public const string InitiativeType = "initiative";
    public const string PersonType = "person";
    public const string ConflictType = "conflict";

    /// <summary>The published session's speakers as a forum-profile input; null when no such published session exists.</summary>
    public async Task<BalanceInput?> ReadSessionAsync(Guid sessionKey, CancellationToken cancellationToken)
    {
        var data = await PublishedDataAsync(sessionKey, SessionType, cancellationToken);
        return data is null ? null : await SessionInputAsync(data, cancellationToken);
    }

    /// <summary>The speakers of a session's data (published, or about to be) as a forum-profile input.</summary>
    public async Task<BalanceInput> SessionInputAsync(VersionData session, CancellationToken cancellationToken)
    {
        var speakers = Keys(Value(session, "speakers"));
        var documents = await PublishedAsync(speakers, cancellationToken);
        var participants = speakers
            .Select(k => new BalanceParticipant(k.ToString(), CountryOf(documents, k)))
            .ToList();
        return balance.CreateInput(BalanceProfile.Forum, participants);
    }

    /// <summary>The published initiative's expert group and conflict as a dialogue-profile input; null when no such published initiative exists.</summary>
    public async Task<BalanceInput?> ReadInitiativeAsync(Guid initiativeKey, CancellationToken cancellationToken)
    {
        var data = await PublishedDataAsync(initiativeKey, InitiativeType, cancellationToken);
        if (data is null)
        {
            return null;
        }

        var members = new List<(Guid Person, string? Party)>();
        if (Value(data, "expertGroup") is JsonArray blocks)
        {
            foreach (var block in blocks)
            {
                var values = block?["values"] as JsonObject;
                if (values is not null && Keys(values["person"]) is [var person, ..])
                {
                    members.Add((person, Text(values["party"])));
                }
            }
        }

        var conflictKey = Keys(Value(data, "conflict")) is [var c, ..] ? c : (Guid?)null;
        var keys = members.Select(m => m.Person).ToList();
        if (conflictKey is { } ck)
        {
            keys.Add(ck);
        }

        var documents = await PublishedAsync(keys, cancellationToken);
        var conflict = conflictKey is { } key && documents.TryGetValue(key, out var conflictDocument) && conflictDocument.ContentType == ConflictType
            ? ConflictOf(conflictDocument.Data)
            : null;
        var participants = members
            .Select(m => new BalanceParticipant(m.Person.ToString(), CountryOf(documents, m.Person), m.Party))
            .ToList();
        return balance.CreateInput(BalanceProfile.Dialogue, participants, conflict);
    }

    /// <summary>Whether a forum requires balanced speakers: its published version, or its latest while it was never published.</summary>
    public async Task<bool> ForumRequiresBalancedSpeakersAsync(Guid forumKey, CancellationToken cancellationToken)
    {
        var json = await db.DocumentVersions.AsNoTracking()
            .Where(v => db.Documents.Any(d => d.Id == v.DocumentId && d.Key == forumKey && d.ContentType == ForumType && !d.Trashed
                && (d.PublishedVersion ?? d.LatestVersion) == v.Number))
            .Select(v => v.Data)
            .FirstOrDefaultAsync(cancellationToken);
        return json is not null && Value(VersionData.Deserialize(json), "requireBalancedSpeakers") is JsonValue flag
            && flag.TryGetValue<bool>(out var on) && on;
    }

    private async Task<VersionData?> PublishedDataAsync(Guid key, string contentType, CancellationToken cancellationToken)
    {
        var json = await db.DocumentVersions.AsNoTracking()
            .Where(v => db.Documents.Any(d => d.Id == v.DocumentId && d.Key == key && d.ContentType == contentType && !d.Trashed
                && d.PublishedVersion == v.Number && db.DocumentUrls.Any(u => u.DocumentId == d.Id)))
            .Select(v => v.Data)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : VersionData.Deserialize(json);
    }

    private async Task<Dictionary<Guid, PublishedDocument>> PublishedAsync(IReadOnlyCollection<Guid> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var distinct = keys.Distinct().ToList();
        var documents = await db.Documents.AsNoTracking()
            .Where(d => distinct.Contains(d.Key) && !d.Trashed && d.PublishedVersion != null && db.DocumentUrls.Any(u => u.DocumentId == d.Id))
            .Select(d => new { d.Id, d.Key, d.ContentType })
            .ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return [];
        }

        var ids = documents.Select(d => d.Id).ToList();
        var versions = await db.DocumentVersions.AsNoTracking()
            .Where(v => ids.Contains(v.DocumentId) && db.Documents.Any(d => d.Id == v.DocumentId && d.PublishedVersion == v.Number))
            .Select(v => new { v.DocumentId, v.Data })
            .ToDictionaryAsync(v => v.DocumentId, v => v.Data, cancellationToken);
        return documents
            .Where(d => versions.ContainsKey(d.Id))
            .ToDictionary(d => d.Key, d => new PublishedDocument(d.ContentType, VersionData.Deserialize(versions[d.Id])));
    }

    private static string? CountryOf(Dictionary<Guid, PublishedDocument> documents, Guid person) =>
        documents.TryGetValue(person, out var document) && document.ContentType == PersonType ? Text(Value(document.Data, "country")) : null;

    private static BalanceConflict ConflictOf(VersionData data)
    {
        var parties = new List<BalanceConflictParty>();
        if (Value(data, "parties") is JsonArray blocks)
        {
            foreach (var block in blocks)
            {
                if (block?["values"] is JsonObject values && Text(values["name"]) is { } name)
                {
                    var countries = values["countries"] is JsonArray codes
                        ? codes.Select(Text).OfType<string>().ToList()
                        : [];
                    parties.Add(new BalanceConflictParty(name, countries));
                }
            }
        }

        var conflictName = data.Names.TryGetValue("en", out var en) ? en : data.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Value).FirstOrDefault();
        return new BalanceConflict(conflictName ?? "the conflict", parties);
    }

    // Invariant value first, then English, then the first culture in ordinal order.
    private static JsonNode? Value(VersionData data, string alias)
    {
        if (!data.Values.TryGetValue(alias, out var byCulture))
        {
            return null;
        }

        if (byCulture.TryGetValue(VersionData.Invariant, out var invariant) && invariant is not null)
        {
            return invariant;
        }

        if (byCulture.TryGetValue("en", out var english) && english is not null)
        {
            return english;
        }

        return byCulture.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Value).FirstOrDefault(v => v is not null);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    // A picker value: a key, an Umbraco UDI ("umb://document/<32 hex>"), or an array of them.
    private static List<Guid> Keys(JsonNode? node)
    {
        var keys = new List<Guid>();
        // Not "array : [node]": that collection expression would build a JsonArray and re-parent the node.
        IReadOnlyList<JsonNode?> items = node is JsonArray array ? [.. array] : new List<JsonNode?> { node };
        foreach (var item in items)
        {
            if (Text(item) is { } s)
            {
                var slash = s.LastIndexOf('/');
                if (Guid.TryParse(slash >= 0 ? s[(slash + 1)..] : s, out var key) && key != Guid.Empty)
                {
                    keys.Add(key);
                }
            }
        }

        return keys;
    }

    private sealed record PublishedDocument(string ContentType, VersionData Data);
}
