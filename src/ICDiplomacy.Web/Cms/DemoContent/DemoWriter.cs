using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;
using ICDiplomacy.Web.Cms.Publishing;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>
/// Writes demo documents through <see cref="ContentService"/> only, so every value is validated as an editor's
/// would be, and fails loudly on the first refused operation. Remembers each document's key by its demo id.
/// </summary>
internal sealed class DemoWriter(ContentService content, DbContext db, string actor)
{
    private readonly Dictionary<string, Guid> _keys = new(StringComparer.Ordinal);

    public Guid Key(string contentType, string id) =>
        _keys.TryGetValue(contentType + "/" + id, out var key)
            ? key
            : throw new InvalidOperationException($"Demo content refers to {contentType} '{id}', which was not created before it.");

    public JsonArray Keys(string contentType, IEnumerable<string> ids) => DemoJson.Keys(ids.Select(id => Key(contentType, id)));

    public async Task<Guid> CreateAsync(string contentType, string id, Guid? parent, DocumentEdit edit, CancellationToken ct)
    {
        var result = await content.CreateAsync(contentType, parent, edit, actor, KeyFor(contentType, id), ct);
        Ensure(result, $"Creating {contentType} '{id}'");
        _keys[contentType + "/" + id] = result.Key!.Value;
        return result.Key.Value;
    }

    public async Task<Guid> CreatePublishedAsync(string contentType, string id, Guid? parent, DocumentEdit edit, CancellationToken ct)
    {
        var key = await CreateAsync(contentType, id, parent, edit, ct);
        await PublishAsync(key, $"{contentType} '{id}'", ct);
        return key;
    }

    /// <summary>Publishes every culture that has a name; returns the document's newest version.</summary>
    public async Task<int> PublishAsync(Guid key, string what, CancellationToken ct)
    {
        var result = await content.PublishAsync(key, null, actor, ct: ct);
        Ensure(result, $"Publishing {what}");
        return result.Version!.Value;
    }

    public async Task SaveAndPublishAsync(Guid key, int basedOnVersion, DocumentEdit edit, string what, CancellationToken ct)
    {
        Ensure(await content.SaveAsync(key, basedOnVersion, edit, actor, ct), $"Saving {what}");
        await PublishAsync(key, what, ct);
    }

    public async Task SchedulePublishAsync(Guid key, string culture, DateTimeOffset due, string what, CancellationToken ct) =>
        Ensure(await content.ScheduleAsync(key, ScheduleKind.Publish, culture, due, actor, ct), $"Scheduling {what}");

    /// <summary>Stable keys, so links to demo documents survive a re-seed of an empty database.</summary>
    internal static Guid KeyFor(string contentType, string id)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("icdiplomacy-demo/" + contentType + "/" + id));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8 (custom)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(bytes);
    }

    private void Ensure(ContentResult result, string what)
    {
        if (result.Succeeded)
        {
            // db is the scope's context, shared with ContentService, which reloads what it needs for each operation.
            // Without this every SaveChanges rescans all entities tracked since the seed began: seeding takes twice as long.
            db.ChangeTracker.Clear();
            return;
        }

        var errors = result.Errors.Count == 0
            ? result.Message ?? result.Status.ToString()
            : string.Join("; ", result.Errors.Select(e => $"{e.Property}{(e.Culture is null ? "" : $" [{e.Culture}]")}: {e.Message}"));
        throw new InvalidOperationException($"Demo content: {what} failed ({result.Status}): {errors}");
    }
}
