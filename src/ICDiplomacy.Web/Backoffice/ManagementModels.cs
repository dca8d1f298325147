using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>A reference to another item, Umbraco style: <c>{ "id": "…" }</c>.</summary>
public sealed record ReferenceById(Guid Id);

/// <summary>A document type named by alias (Umbraco names it by id; aliases are our stable keys).</summary>
public sealed record DocumentTypeReference(string Alias);

/// <summary>A name per culture (<c>null</c> culture for invariant types).</summary>
public sealed record VariantModel(string? Culture, string Name, string? Segment = null);

/// <summary>One property value in one culture (<c>null</c> culture for invariant properties).</summary>
public sealed record ValueModel(string Alias, string? Culture, JsonNode? Value);

public sealed record CreateDocumentRequest(
    DocumentTypeReference DocumentType,
    ReferenceById? Parent,
    IReadOnlyList<VariantModel> Variants,
    IReadOnlyList<ValueModel>? Values,
    Guid? Id = null);

public sealed record UpdateDocumentRequest(int Version, IReadOnlyList<VariantModel> Variants, IReadOnlyList<ValueModel>? Values);

public sealed record PublishRequest(IReadOnlyList<string>? Cultures, int? Version = null);

public sealed record UnpublishRequest(IReadOnlyList<string>? Cultures);

public sealed record MoveRequest(ReferenceById? Target);

public sealed record CopyRequest(ReferenceById? Target, bool IncludeDescendants);

public sealed record RestoreRequest(ReferenceById? Target);

public sealed record RollbackRequest(int VersionNumber, int Version);

public sealed record ScheduleRequest(string? Culture, DateTimeOffset? PublishAt, DateTimeOffset? UnpublishAt);

public sealed record SortRequest(ReferenceById? Parent, IReadOnlyList<ReferenceById> Sorting);

public sealed record DocumentResponse(
    Guid Id,
    string DocumentType,
    Guid? ParentId,
    int Level,
    int SortOrder,
    bool IsTrashed,
    int Version,
    int? PublishedVersion,
    IReadOnlyList<string> PublishedCultures,
    IReadOnlyList<VariantModel> Variants,
    IReadOnlyList<ValueModel> Values,
    IReadOnlyDictionary<string, string> Urls,
    DateTime CreateDate,
    DateTime UpdateDate);

public sealed record VersionResponse(int Number, string State, DateTime CreatedUtc, string Author, int? BasedOn, string? Comment, string? PublishedCultures);

public sealed record OperationResponse(Guid? Id, int? Version, IReadOnlyList<WarningModel>? Warnings = null);

/// <summary>A non-blocking finding returned with a successful operation.</summary>
public sealed record WarningModel(string Property, string? Culture, string Message);

public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("token_type")] string TokenType,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);
