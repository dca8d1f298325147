using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PropertyEditors;
using ICDiplomacy.Web.Cms.Publishing;
using ICDiplomacy.Web.Cms.Schema;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>
/// The entry point for changing content: create, save, publish, unpublish, schedule, rollback, move, copy,
/// sort, trash, restore and delete. Every operation is one transaction that also writes the audit log and
/// the outbox; subscribers are woken after commit.
/// </summary>
public sealed partial class ContentService(
    CmsDbContext db,
    ContentSchema schema,
    PropertyValueValidator validator,
    CultureSettings cultures,
    TimeProvider clock,
    OutboxNotifier notifier,
    IEnumerable<IPublishValidator> publishValidators,
    IOptions<CmsOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<ContentResult> CreateAsync(string contentType, Guid? parentKey, DocumentEdit edit, string actor, Guid? key = null, CancellationToken ct = default)
    {
        BeginOperation();
        if (schema.Find(contentType) is not { IsElement: false } type)
        {
            return ContentResult.Invalid("contentType", null, $"'{contentType}' is not a document type.");
        }

        Document? parent = null;
        if (parentKey is { } pk)
        {
            parent = await db.Documents.FirstOrDefaultAsync(d => d.Key == pk, ct);
            if (parent is null)
            {
                return new ContentResult(ContentOperationStatus.ParentNotFound, Message: "The parent document does not exist.");
            }

            if (parent.Trashed)
            {
                return new ContentResult(ContentOperationStatus.InRecycleBin, Message: "The parent document is in the recycle bin.");
            }

            if (!schema.Get(parent.ContentType).AllowedChildTypes.Contains(type.Alias))
            {
                return ContentResult.Invalid("parent", null, $"'{type.Name}' is not allowed below '{schema.Get(parent.ContentType).Name}'.");
            }
        }
        else if (!type.AllowedAtRoot)
        {
            return ContentResult.Invalid("parent", null, $"'{type.Name}' is not allowed at the root.");
        }

        if (key is { } k && await db.Documents.AnyAsync(d => d.Key == k, ct))
        {
            return ContentResult.Invalid("key", null, "A document with this key already exists.");
        }

        var (data, errors) = await BuildDataAsync(type, edit, ct);
        var parentId = parent?.Id ?? -1;
        if (errors.Count == 0)
        {
            await AssignSegmentsAsync(type, data, edit, parentId, null, errors, ct);
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = Now;
        var maxSort = await db.Documents.Where(d => d.ParentId == (parent == null ? null : parent.Id) && !d.Trashed).MaxAsync(d => (int?)d.SortOrder, ct);
        var document = new Document
        {
            Key = key ?? Guid.NewGuid(),
            ParentId = parent?.Id,
            ContentType = type.Alias,
            Level = (parent?.Level ?? 0) + 1,
            SortOrder = (maxSort ?? -1) + 1,
            LatestVersion = 1,
            CreateDate = now,
            UpdateDate = now,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);
        document.Path = (parent?.Path ?? "-1") + "," + document.Id;
        db.DocumentVersions.Add(new DocumentVersion { DocumentId = document.Id, Number = 1, State = VersionState.Draft, Data = data.Serialize(), CreatedUtc = now, Author = actor });
        AddVariants(document.Id, parentId, data);
        AddAudit(actor, "create", document.Key, $"{type.Alias} created");
        AddOutbox(ContentEvents.Saved, document, null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(document.Key, 1);
    }

    public async Task<ContentResult> SaveAsync(Guid key, int basedOnVersion, DocumentEdit edit, string actor, CancellationToken ct = default)
    {
        var (document, problem) = await LoadForChangeAsync(key, basedOnVersion, "Restore the document from the recycle bin before editing it.", ct);
        if (problem is not null)
        {
            return problem;
        }

        var type = schema.Get(document.ContentType);
        var (data, errors) = await BuildDataAsync(type, edit, ct);
        if (errors.Count == 0)
        {
            await AssignSegmentsAsync(type, data, edit, document.ParentId ?? -1, document.Id, errors, ct);
        }

        if (errors.Count > 0)
        {
            return ContentResult.Invalid(errors);
        }

        return await CommitNewDraftAsync(document, data, actor, "save", ContentEvents.Saved, null, ct);
    }

    /// <summary>Copies an old version's names and values into a new draft (it must then be published).</summary>
    public async Task<ContentResult> RollbackAsync(Guid key, int versionNumber, int basedOnVersion, string actor, CancellationToken ct = default)
    {
        var (document, problem) = await LoadForChangeAsync(key, basedOnVersion, "Restore the document from the recycle bin before rolling it back.", ct);
        if (problem is not null)
        {
            return problem;
        }

        var old = await db.DocumentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.DocumentId == document.Id && v.Number == versionNumber, ct);
        if (old is null)
        {
            return ContentResult.NotFound($"Version {versionNumber} does not exist.");
        }

        var data = VersionData.Deserialize(old.Data);
        var errors = new List<ContentValidationError>();
        await CheckSiblingSegmentsAsync(schema.Get(document.ContentType), data, document.ParentId ?? -1, document.Id, explicitSegments: true, errors, ct);
        if (errors.Count > 0)
        {
            return ContentResult.Invalid(errors);
        }

        return await CommitNewDraftAsync(document, data, actor, "rollback", ContentEvents.RolledBack, $"Rollback to version {versionNumber}", ct);
    }

    private async Task<ContentResult> CommitNewDraftAsync(Document document, VersionData data, string actor, string action, string outboxEvent, string? comment, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = Now;
        var number = document.LatestVersion + 1;
        db.DocumentVersions.Add(new DocumentVersion
        {
            DocumentId = document.Id,
            Number = number,
            State = VersionState.Draft,
            Data = data.Serialize(),
            CreatedUtc = now,
            Author = actor,
            BasedOn = document.LatestVersion,
            Comment = comment,
        });
        document.LatestVersion = number;
        document.UpdateDate = now;
        await ReplaceVariantsAsync(document, data, ct);
        AddAudit(actor, action, document.Key, comment ?? $"version {number}");
        AddOutbox(outboxEvent, document, null);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsWriteConflict(ex))
        {
            // Someone saved between our read and our write (token moved, or the version number was taken): never overwrite silently.
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var current = await db.Documents.AsNoTracking().Where(d => d.Id == document.Id).Select(d => d.LatestVersion).FirstAsync(ct);
            return ContentResult.Stale(document.Key, number - 1, current);
        }

        await tx.CommitAsync(ct);
        notifier.Notify();
        return ContentResult.Ok(document.Key, number);
    }

    /// <summary>Validates an edit against the type and turns it into version data; picked documents are checked in one query.</summary>
    private async Task<(VersionData Data, List<ContentValidationError> Errors)> BuildDataAsync(ContentType type, DocumentEdit edit, CancellationToken ct)
    {
        var data = new VersionData();
        var context = new PropertyValueValidator.Context();
        var errors = context.Errors;

        foreach (var (rawCulture, name) in edit.Names)
        {
            var culture = cultures.StorageKey(type.VariesByCulture, rawCulture);
            if (culture is null)
            {
                errors.Add(new("name", rawCulture, type.VariesByCulture
                    ? $"'{rawCulture}' is not a configured culture ({string.Join(", ", cultures.Cultures)})."
                    : $"'{type.Name}' does not vary by culture: give its name under \"*\"."));
                continue;
            }

            var trimmed = name?.Trim() ?? "";
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.Length > 255 || PropertyValueValidator.HasForbiddenControlCharacters(trimmed) || trimmed.Contains('\n', StringComparison.Ordinal))
            {
                errors.Add(new("name", culture, "The name must be one line of at most 255 characters without control characters."));
                continue;
            }

            data.Names[culture] = trimmed;
        }

        if (data.Names.Count == 0 && !errors.Any(e => e.Property == "name"))
        {
            errors.Add(new("name", type.VariesByCulture ? cultures.Default : VersionData.Invariant, "The document needs a name."));
        }

        foreach (var (alias, value) in edit.Values)
        {
            var property = type.FindProperty(alias);
            if (property is null)
            {
                errors.Add(new(alias, null, $"'{type.Name}' has no property '{alias}'."));
                continue;
            }

            var variant = type.VariesByCulture && property.VariesByCulture;
            if (!variant)
            {
                var v = validator.Validate(property, value, null, context);
                if (v is not null)
                {
                    data.SetValue(alias, VersionData.Invariant, v);
                }

                continue;
            }

            if (value is null)
            {
                continue;
            }

            if (value is not JsonObject byCulture)
            {
                errors.Add(new(alias, null, $"'{property.Name}' varies by culture: give an object keyed by culture, e.g. {{ \"{cultures.Default}\": … }}."));
                continue;
            }

            foreach (var (rawCulture, cultureValue) in byCulture)
            {
                var culture = cultures.Normalize(rawCulture);
                if (culture is null)
                {
                    errors.Add(new(alias, rawCulture, $"'{rawCulture}' is not a configured culture."));
                    continue;
                }

                var v = validator.Validate(property, cultureValue, culture, context);
                if (v is not null)
                {
                    data.SetValue(alias, culture, v);
                }
            }
        }

        if (context.Picks.Count > 0 && errors.Count == 0)
        {
            await CheckPicksAsync(context.Picks, errors, ct);
        }

        return (data, errors);
    }

    private async Task CheckPicksAsync(IReadOnlyList<PickedReference> picks, List<ContentValidationError> errors, CancellationToken ct)
    {
        var keys = picks.Select(p => p.Key).Distinct().ToList();
        var found = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.Key))
            .Select(d => new { d.Key, d.ContentType, d.Trashed })
            .ToDictionaryAsync(d => d.Key, ct);

        foreach (var pick in picks)
        {
            if (!found.TryGetValue(pick.Key, out var target) || target.Trashed)
            {
                errors.Add(new(pick.Property, pick.Culture, $"The picked document {pick.Key} does not exist or is in the recycle bin."));
            }
            else if (pick.AllowedTypes.Count > 0 && !pick.AllowedTypes.Contains(target.ContentType))
            {
                errors.Add(new(pick.Property, pick.Culture, $"The picked document {pick.Key} is a '{target.ContentType}'; allowed: {string.Join(", ", pick.AllowedTypes)}."));
            }
        }
    }

    /// <summary>Fills <see cref="VersionData.Segments"/> from explicit segments or names, unique among siblings per culture.</summary>
    private async Task AssignSegmentsAsync(ContentType type, VersionData data, DocumentEdit edit, long parentId, long? documentId, List<ContentValidationError> errors, CancellationToken ct)
    {
        foreach (var (culture, name) in data.Names)
        {
            string? explicitSegment = null;
            if (edit.Segments is not null)
            {
                foreach (var (rawCulture, s) in edit.Segments)
                {
                    if (cultures.StorageKey(type.VariesByCulture, rawCulture) == culture && !string.IsNullOrWhiteSpace(s))
                    {
                        explicitSegment = s.Trim();
                    }
                }
            }

            if (explicitSegment is not null)
            {
                if (!Slug.IsValid(explicitSegment))
                {
                    errors.Add(new("segment", culture, $"'{explicitSegment}' is not a valid URL segment: use lower-case letters, digits and single hyphens (e.g. '{Slug.From(explicitSegment)}')."));
                    continue;
                }

                data.Segments[culture] = explicitSegment;
            }
            else
            {
                var derived = Slug.From(name);
                data.Segments[culture] = derived.Length > 0 ? derived : "item";
            }
        }

        var hasExplicit = edit.Segments is { Count: > 0 };
        await CheckSiblingSegmentsAsync(type, data, parentId, documentId, hasExplicit, errors, ct);
    }

    /// <summary>Two siblings may not share a URL segment in a culture; derived segments get "-2", "-3"… instead of an error.</summary>
    private async Task CheckSiblingSegmentsAsync(ContentType type, VersionData data, long parentId, long? documentId, bool explicitSegments, List<ContentValidationError> errors, CancellationToken ct)
    {
        foreach (var culture in data.Segments.Keys.ToList())
        {
            var segment = data.Segments[culture];
            var cultureFilter = culture == VersionData.Invariant ? null : culture;
            var siblings = db.DocumentVariants.AsNoTracking()
                .Where(v => v.ParentId == parentId && v.DocumentId != (documentId ?? 0)
                    && (cultureFilter == null || v.Culture == cultureFilter || v.Culture == VersionData.Invariant));

            // The common case is a free segment: one indexed equality lookup, no prefix scan.
            if (!await siblings.AnyAsync(v => v.Segment == segment, ct))
            {
                continue;
            }

            if (explicitSegments)
            {
                errors.Add(new("segment", culture, $"The URL segment '{segment}' is already used by a sibling document."));
                continue;
            }

            var taken = await siblings.Where(v => v.Segment.StartsWith(segment + "-")).Select(v => v.Segment).ToListAsync(ct);
            var n = 2;
            while (taken.Contains($"{segment}-{n}"))
            {
                n++;
            }

            data.Segments[culture] = $"{segment}-{n}";
        }
    }

    private void AddVariants(long documentId, long parentId, VersionData data)
    {
        foreach (var (culture, name) in data.Names)
        {
            db.DocumentVariants.Add(new DocumentVariant
            {
                DocumentId = documentId,
                ParentId = parentId,
                Culture = culture,
                Name = name,
                Segment = data.Segments.GetValueOrDefault(culture) ?? Slug.From(name),
            });
        }
    }

    private async Task ReplaceVariantsAsync(Document document, VersionData data, CancellationToken ct)
    {
        await db.DocumentVariants.Where(v => v.DocumentId == document.Id).ExecuteDeleteAsync(ct);
        AddVariants(document.Id, document.ParentId ?? -1, data);
    }

    /// <summary>
    /// Starts an operation on an existing document outside the recycle bin, optionally checking that the
    /// caller's edit is based on its newest version.
    /// </summary>
    private async Task<(Document Document, ContentResult? Problem)> LoadForChangeAsync(Guid key, int? basedOnVersion, string inRecycleBinMessage, CancellationToken ct)
    {
        BeginOperation();
        var document = await db.Documents.FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
        {
            return (null!, ContentResult.NotFound());
        }

        if (document.Trashed)
        {
            return (document, new ContentResult(ContentOperationStatus.InRecycleBin, key, Message: inRecycleBinMessage));
        }

        return basedOnVersion is { } b && b != document.LatestVersion
            ? (document, ContentResult.Stale(key, b, document.LatestVersion))
            : (document, null);
    }

    /// <summary>Each operation reads current rows: nothing tracked by an earlier operation on this scope may leak in.</summary>
    private void BeginOperation() => db.ChangeTracker.Clear();

    private void AddAudit(string actor, string action, Guid? key, string? details) =>
        db.Audit.Add(new AuditEntry { Utc = Now, Actor = actor, Action = action, EntityKey = key, Details = details });

    private void AddOutbox(string eventName, Document document, string? cultureList) =>
        db.Outbox.Add(new OutboxMessage { Event = eventName, EntityKey = document.Key, ContentType = document.ContentType, Cultures = cultureList, CreatedUtc = Now });
}
