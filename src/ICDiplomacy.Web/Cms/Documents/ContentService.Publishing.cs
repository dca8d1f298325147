using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.Documents;

public sealed partial class ContentService
{
    /// <summary>
    /// Publishes the newest version in the given cultures (all named cultures when null; ignored for invariant
    /// types). Cultures already live and not named stay as they were published.
    /// </summary>
    public async Task<ContentResult> PublishAsync(Guid key, IReadOnlyCollection<string>? publishCultures, string actor, int? basedOnVersion = null, CancellationToken ct = default)
    {
        var (document, problem) = await LoadForChangeAsync(key, basedOnVersion, "A document in the recycle bin cannot be published.", ct);
        if (problem is not null)
        {
            return problem;
        }

        var type = schema.Get(document.ContentType);
        var draftVersion = await db.DocumentVersions.AsNoTracking().FirstAsync(v => v.DocumentId == document.Id && v.Number == document.LatestVersion, ct);
        var draft = VersionData.Deserialize(draftVersion.Data);

        // Which cultures go live now.
        var errors = new List<ContentValidationError>();
        List<string> targets;
        if (!type.VariesByCulture)
        {
            targets = [VersionData.Invariant];
        }
        else if (publishCultures is null || publishCultures.Count == 0)
        {
            targets = draft.Names.Keys.Where(c => c != VersionData.Invariant).ToList();
        }
        else
        {
            targets = [];
            foreach (var raw in publishCultures)
            {
                var c = cultures.Normalize(raw);
                if (c is null)
                {
                    errors.Add(new("culture", raw, $"'{raw}' is not a configured culture."));
                }
                else if (!targets.Contains(c))
                {
                    targets.Add(c);
                }
            }
        }

        var previouslyLive = SplitCultures(document.PublishedCultures);
        if (type.VariesByCulture && !previouslyLive.Contains(cultures.Default) && !targets.Contains(cultures.Default))
        {
            errors.Add(new("culture", cultures.Default, $"The default culture ({cultures.Default}) must be published before or with other cultures."));
        }

        errors.AddRange(ValidateForPublish(type, draft, targets));
        if (errors.Count == 0)
        {
            // Re-check picked documents: they may have been trashed since the save.
            var (_, pickErrors) = await BuildDataAsync(type, ToEdit(draft), ct);
            errors.AddRange(pickErrors.Where(e => e.Property != "name"));
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(errors);
        }

        // Compose what goes live: the published cultures not named keep their published names and values.
        VersionData live;
        if (type.VariesByCulture && document.PublishedVersion is { } pv && previouslyLive.Except(targets).Any())
        {
            var published = VersionData.Deserialize(await db.DocumentVersions.AsNoTracking()
                .Where(v => v.DocumentId == document.Id && v.Number == pv).Select(v => v.Data).FirstAsync(ct));
            live = ComposeLive(type, draft, published, targets, previouslyLive);
        }
        else
        {
            live = ComposeLive(type, draft, null, targets, previouslyLive);
        }

        var liveCultures = type.VariesByCulture ? previouslyLive.Union(targets).Order(StringComparer.Ordinal).ToList() : [VersionData.Invariant];

        Guid? parentKey = document.ParentId is { } parentId ? await db.Documents.Where(d => d.Id == parentId).Select(d => d.Key).FirstAsync(ct) : null;
        var candidate = new PublishCandidate(document.Key, document.ContentType, parentKey, targets, live);
        var warnings = new List<ContentValidationError>();
        foreach (var gate in publishValidators)
        {
            var check = await gate.ValidateAsync(candidate, ct);
            if (check.Errors.Count > 0)
            {
                return new ContentResult(ContentOperationStatus.Blocked, key, Message: "Publishing is blocked by a publish rule.") { Errors = check.Errors, Warnings = check.Warnings };
            }

            warnings.AddRange(check.Warnings);
        }

        var liveJson = live.Serialize();
        var isNoOp = document.PublishedVersion is { } currentPv && currentPv == document.LatestVersion
            && draftVersion.State == VersionState.Published && draftVersion.Data == liveJson
            && SplitCultures(document.PublishedCultures).SetEquals(liveCultures);
        if (isNoOp)
        {
            // Re-running a publish (e.g. a scheduled one replayed after a crash) changes nothing.
            return ContentResult.Ok(key, document.LatestVersion) with { Warnings = warnings };
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = Now;
        var publishedNumber = document.LatestVersion + 1;
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = document.Id,
            Number = publishedNumber,
            State = VersionState.Published,
            Data = liveJson,
            PublishedCultures = string.Join(',', liveCultures),
            CreatedUtc = now,
            Author = actor,
            BasedOn = document.LatestVersion,
        });
        var latest = publishedNumber;
        var draftJson = draft.Serialize();
        if (draftJson != liveJson)
        {
            // Unpublished edits in other cultures stay the editor's working copy.
            latest = publishedNumber + 1;
            db.DocumentVersions.Add(new DocumentVersion
            {
                DocumentId = document.Id,
                Number = latest,
                State = VersionState.Draft,
                Data = draftJson,
                CreatedUtc = now,
                Author = actor,
                BasedOn = publishedNumber,
                Comment = "Draft kept after publishing",
            });
        }

        document.LatestVersion = latest;
        document.PublishedVersion = publishedNumber;
        document.PublishedCultures = string.Join(',', liveCultures);
        document.UpdateDate = now;
        AddAudit(actor, "publish", key, $"version {publishedNumber} ({string.Join(',', targets)})");
        AddOutbox(ContentEvents.Published, document, string.Join(',', targets));
        await db.ScheduledActions.Where(s => s.DocumentId == document.Id && s.Kind == ScheduleKind.Publish && targets.Contains(s.Culture) && s.DueUtc <= now).ExecuteDeleteAsync(ct);

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsWriteConflict(ex))
        {
            // A concurrent save or publish took this version number (unique index) or moved the token.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await db.Documents.AsNoTracking().Where(d => d.Id == document.Id).Select(d => d.LatestVersion).FirstAsync(ct);
            return ContentResult.Stale(key, publishedNumber - 1, current);
        }

        var routeErrors = await RecomputeRoutesAsync(document, ct);
        if (routeErrors.Count > 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ContentResult.Invalid(routeErrors);
        }

        await ReplaceFacetsAsync(document.Id, type, live, ct);

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(key, latest) with { Warnings = warnings };
    }

    /// <summary>Takes cultures (all when null) offline. Unpublishing the default culture unpublishes the document.</summary>
    public async Task<ContentResult> UnpublishAsync(Guid key, IReadOnlyCollection<string>? unpublishCultures, string actor, CancellationToken ct = default)
    {
        BeginOperation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
        {
            return ContentResult.NotFound();
        }

        var type = schema.Get(document.ContentType);
        var live = SplitCultures(document.PublishedCultures);
        if (live.Count == 0)
        {
            return ContentResult.Ok(key, document.LatestVersion);
        }

        var removing = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (!type.VariesByCulture || unpublishCultures is null || unpublishCultures.Count == 0)
        {
            removing.UnionWith(live);
        }
        else
        {
            foreach (var raw in unpublishCultures)
            {
                var c = cultures.Normalize(raw);
                if (c is null)
                {
                    return ContentResult.Invalid("culture", raw, $"'{raw}' is not a configured culture.");
                }

                removing.Add(c);
            }

            if (removing.Contains(cultures.Default))
            {
                removing.UnionWith(live);
            }
        }

        var remaining = live.Except(removing).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        document.PublishedCultures = remaining.Count == 0 ? null : string.Join(',', remaining.Order(StringComparer.Ordinal));
        if (remaining.Count == 0)
        {
            document.PublishedVersion = null;
        }

        document.UpdateDate = Now;
        AddAudit(actor, "unpublish", key, string.Join(',', removing.Intersect(live)));
        AddOutbox(ContentEvents.Unpublished, document, string.Join(',', removing.Intersect(live)));
        await db.SaveChangesAsync(ct);
        await RecomputeRoutesAsync(document, ct);
        var gone = removing.Intersect(live).ToList();
        await db.DocumentFacets.Where(f => f.DocumentId == document.Id && (remaining.Count == 0 || gone.Contains(f.Culture))).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(key, document.LatestVersion);
    }

    /// <summary>Schedules a publish or unpublish of one culture ("*" or null for invariant types) at a UTC time.</summary>
    public async Task<ContentResult> ScheduleAsync(Guid key, ScheduleKind kind, string? culture, DateTimeOffset due, string actor, CancellationToken ct = default)
    {
        var (document, problem) = await LoadForChangeAsync(key, null, "A document in the recycle bin cannot be scheduled.", ct);
        if (problem is not null)
        {
            return problem;
        }

        var type = schema.Get(document.ContentType);
        var storage = type.VariesByCulture ? cultures.Normalize(culture) : VersionData.Invariant;
        if (storage is null)
        {
            return ContentResult.Invalid("culture", culture, "Name a configured culture to schedule.");
        }

        if (due <= clock.GetUtcNow())
        {
            return ContentResult.Invalid("date", storage, "The scheduled time must be in the future.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.ScheduledActions.Where(s => s.DocumentId == document.Id && s.Culture == storage && s.Kind == kind).ExecuteDeleteAsync(ct);
        db.ScheduledActions.Add(new ScheduledAction { DocumentId = document.Id, Culture = storage, Kind = kind, DueUtc = due.UtcDateTime, Author = actor });
        AddAudit(actor, kind == ScheduleKind.Publish ? "schedule-publish" : "schedule-unpublish", key, $"{storage} at {due.UtcDateTime:O}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ContentResult.Ok(key, document.LatestVersion);
    }

    /// <summary>
    /// Runs every schedule entry due at the current time. Each entry is removed in its own step and the
    /// publish itself is idempotent, so running this twice (two nodes, or after a crash) is harmless.
    /// </summary>
    public async Task<int> RunDueSchedulesAsync(CancellationToken ct = default)
    {
        var now = Now;
        var due = await db.ScheduledActions.AsNoTracking().Where(s => s.DueUtc <= now).OrderBy(s => s.DueUtc).ThenBy(s => s.Id).Take(500)
            .Join(db.Documents, s => s.DocumentId, d => d.Id, (s, d) => new { s.Id, s.Kind, s.Culture, s.Author, d.Key })
            .ToListAsync(ct);

        var done = 0;
        foreach (var entry in due)
        {
            db.ChangeTracker.Clear();
            var cultureList = entry.Culture == VersionData.Invariant ? null : new[] { entry.Culture };
            var actor = $"{entry.Author} (scheduled)";
            var result = entry.Kind == ScheduleKind.Publish
                ? await PublishAsync(entry.Key, cultureList, actor, ct: ct)
                : await UnpublishAsync(entry.Key, cultureList, actor, ct);

            // Removed after the work (publish already removes its own due entry): a rerun finds nothing to change.
            await db.ScheduledActions.Where(s => s.Id == entry.Id).ExecuteDeleteAsync(ct);
            // A conflict means another node (or the worker) ran the same entry at the same moment.
            if (!result.Succeeded && result.Status != ContentOperationStatus.Conflict)
            {
                db.ChangeTracker.Clear();
                AddAudit(actor, "schedule-failed", entry.Key, $"{entry.Kind} {entry.Culture}: {result.Message} {string.Join("; ", result.Errors.Select(e => $"{e.Property}: {e.Message}"))}");
                await db.SaveChangesAsync(ct);
            }
            else if (result.Succeeded)
            {
                done++;
            }
        }

        return done;
    }

    private async Task ReplaceFacetsAsync(long documentId, Schema.ContentType type, VersionData live, CancellationToken ct)
    {
        await db.DocumentFacets.Where(f => f.DocumentId == documentId).ExecuteDeleteAsync(ct);
        foreach (var property in type.Properties.Where(p => p.Facet && !p.Sensitive))
        {
            if (!live.Values.TryGetValue(property.Alias, out var byCulture))
            {
                continue;
            }

            foreach (var (culture, value) in byCulture)
            {
                IEnumerable<System.Text.Json.Nodes.JsonNode?> items = value is System.Text.Json.Nodes.JsonArray array ? array : [value];
                foreach (var item in items)
                {
                    var text = item is System.Text.Json.Nodes.JsonValue v ? v.ToString() : null;
                    if (!string.IsNullOrEmpty(text) && text.Length <= 200)
                    {
                        db.DocumentFacets.Add(new DocumentFacet { DocumentId = documentId, Culture = culture, Alias = property.Alias, Value = text });
                    }
                }
            }
        }
    }

    private static IEnumerable<ContentValidationError> ValidateForPublish(Schema.ContentType type, VersionData draft, IReadOnlyList<string> targets)
    {
        foreach (var culture in targets)
        {
            if (!draft.Names.ContainsKey(culture))
            {
                yield return new("name", culture, culture == VersionData.Invariant ? "The document needs a name." : $"The document has no name in '{culture}'.");
            }
        }

        foreach (var property in type.Properties.Where(p => p.Mandatory))
        {
            var variant = type.VariesByCulture && property.VariesByCulture;
            foreach (var culture in variant ? targets : [VersionData.Invariant])
            {
                if (PropertyValueValidator.IsEmpty(draft.GetValue(property.Alias, culture)))
                {
                    yield return new(property.Alias, culture == VersionData.Invariant ? null : culture, property.MandatoryMessage ?? $"'{property.Name}' is required.");
                }
            }
        }
    }

    private static VersionData ComposeLive(Schema.ContentType type, VersionData draft, VersionData? published, IReadOnlyList<string> targets, ISet<string> previouslyLive)
    {
        var live = new VersionData();
        foreach (var culture in targets)
        {
            if (draft.Names.TryGetValue(culture, out var n))
            {
                live.Names[culture] = n;
            }

            if (draft.Segments.TryGetValue(culture, out var s))
            {
                live.Segments[culture] = s;
            }
        }

        if (published is not null)
        {
            foreach (var culture in previouslyLive.Except(targets))
            {
                if (published.Names.TryGetValue(culture, out var n))
                {
                    live.Names[culture] = n;
                }

                if (published.Segments.TryGetValue(culture, out var s))
                {
                    live.Segments[culture] = s;
                }
            }
        }

        foreach (var property in type.Properties)
        {
            var variant = type.VariesByCulture && property.VariesByCulture;
            if (!variant)
            {
                if (draft.GetValue(property.Alias, VersionData.Invariant) is { } v)
                {
                    live.SetValue(property.Alias, VersionData.Invariant, v.DeepClone());
                }

                continue;
            }

            foreach (var culture in targets)
            {
                if (draft.GetValue(property.Alias, culture) is { } v)
                {
                    live.SetValue(property.Alias, culture, v.DeepClone());
                }
            }

            if (published is not null)
            {
                foreach (var culture in previouslyLive.Except(targets))
                {
                    if (published.GetValue(property.Alias, culture) is { } v)
                    {
                        live.SetValue(property.Alias, culture, v.DeepClone());
                    }
                }
            }
        }

        return live;
    }

    private static DocumentEdit ToEdit(VersionData data) => new()
    {
        Names = data.Names,
        Values = data.Values.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.TryGetValue(VersionData.Invariant, out var inv) && kv.Value.Count == 1
                ? inv?.DeepClone()
                : (System.Text.Json.Nodes.JsonNode?)new System.Text.Json.Nodes.JsonObject(kv.Value.Select(c => KeyValuePair.Create(c.Key, c.Value?.DeepClone())))),
    };

    internal static HashSet<string> SplitCultures(string? list) =>
        string.IsNullOrEmpty(list) ? new HashSet<string>(StringComparer.OrdinalIgnoreCase) : new HashSet<string>(list.Split(','), StringComparer.OrdinalIgnoreCase);
}
