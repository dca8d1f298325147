using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Members;

/// <summary>
/// Issues and checks member authorization codes and access tokens. Both are sealed with Data Protection and
/// bound to the member's security stamp, which every member save, delete, group change and lock-out rotates:
/// a token is only honoured while the stamp it was issued with is still the member's stamp.
/// </summary>
public sealed class MemberTokenService
{
    public const string ClientId = "umbraco-member";
    private const string CodeKind = "code";
    private const string AccessKind = "access";
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(2);

    private readonly IDataProtector _protector;
    private readonly TimeProvider _clock;
    private readonly IOptionsMonitor<DeliveryApiOptions> _options;
    // Codes already exchanged, until they expire: a code works once. Per node (see README).
    private readonly ConcurrentDictionary<Guid, long> _redeemed = new();

    public MemberTokenService(IDataProtectionProvider protection, TimeProvider clock, IOptionsMonitor<DeliveryApiOptions> options)
    {
        _protector = protection.CreateProtector("ICDiplomacy.DeliveryApi.MemberTokens.v1");
        _clock = clock;
        _options = options;
    }

    public bool Enabled => _options.CurrentValue.MemberAuthorization.AuthorizationCodeFlow.Enabled;

    public TimeSpan AccessTokenLifetime => _options.CurrentValue.MemberAuthorization.AccessTokenLifetime;

    /// <summary>Exact, ordinal match against the allow-list (no prefix or wildcard matching).</summary>
    public bool IsAllowedLoginRedirect(string? uri) => uri is not null && _options.CurrentValue.MemberAuthorization.AuthorizationCodeFlow.LoginRedirectUrls.Contains(uri, StringComparer.Ordinal);

    public bool IsAllowedLogoutRedirect(string? uri) => uri is not null && _options.CurrentValue.MemberAuthorization.AuthorizationCodeFlow.LogoutRedirectUrls.Contains(uri, StringComparer.Ordinal);

    public string IssueCode(Member member, string redirectUri, string codeChallenge, string scope) =>
        Seal(new MemberTokenPayload(CodeKind, Guid.NewGuid(), member.Key, member.SecurityStamp, Expiry(CodeLifetime), redirectUri, codeChallenge, scope));

    /// <summary>
    /// The token endpoint's checks for a code: sealed by us, unexpired, for this redirect URI, PKCE S256 verifier
    /// matching, never used before, and issued to a member who is unchanged since. A second use of a code rotates the
    /// member's stamp, ending every token issued from it (RFC 6749 §4.1.2).
    /// </summary>
    public async Task<(string? AccessToken, string? Scope, string? Error)> ExchangeCodeAsync(
        string? code, string? redirectUri, string? codeVerifier, CmsDbContext db, MemberService members, CancellationToken ct)
    {
        if (Open(code) is not { Kind: CodeKind } payload || payload.ExpiresUnixSeconds <= Now)
        {
            return (null, null, "The code is not valid or has expired.");
        }

        if (!string.Equals(payload.RedirectUri, redirectUri, StringComparison.Ordinal))
        {
            return (null, null, "The redirect_uri does not match the one the code was issued for.");
        }

        if (!IsValidVerifier(codeVerifier) || !FixedTimeEquals(Challenge(codeVerifier!), payload.CodeChallenge ?? ""))
        {
            return (null, null, "The code_verifier does not match the code_challenge.");
        }

        Forget();
        if (!_redeemed.TryAdd(payload.Id, payload.ExpiresUnixSeconds))
        {
            await members.RevokeSessionsAsync(payload.MemberKey, "authorization code used twice", ct);
            return (null, null, "The code has already been used.");
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Key == payload.MemberKey, ct);
        if (member is null || !IsUsable(member, payload.SecurityStamp, members))
        {
            return (null, null, "The member can no longer sign in.");
        }

        var token = Seal(new MemberTokenPayload(AccessKind, Guid.NewGuid(), member.Key, member.SecurityStamp, Expiry(AccessTokenLifetime), Scope: payload.Scope));
        return (token, payload.Scope, null);
    }

    /// <summary>The member behind a bearer token, with current groups; null for anything not valid right now.</summary>
    public async Task<MemberIdentity?> ValidateAccessTokenAsync(string? token, CmsDbContext db, MemberService members, CancellationToken ct)
    {
        if (Open(token) is not { Kind: AccessKind } payload || payload.ExpiresUnixSeconds <= Now)
        {
            return null;
        }

        var member = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Key == payload.MemberKey, ct);
        if (member is null || !IsUsable(member, payload.SecurityStamp, members))
        {
            return null;
        }

        return new MemberIdentity(member.Key, (await members.GroupKeysOfAsync(member.Id, ct)).ToHashSet());
    }

    public static bool IsValidChallenge(string? challenge) =>
        challenge is { Length: 43 } && challenge.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static bool IsValidVerifier(string? verifier) =>
        verifier is { Length: >= 43 and <= 128 } && verifier.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');

    private static string Challenge(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));

    private static bool IsUsable(Member member, string stamp, MemberService members) =>
        FixedTimeEquals(member.SecurityStamp, stamp) && member.IsApproved && !members.IsLockedOut(member);

    private long Now => _clock.GetUtcNow().ToUnixTimeSeconds();

    private long Expiry(TimeSpan lifetime) => (_clock.GetUtcNow() + lifetime).ToUnixTimeSeconds();

    private string Seal(MemberTokenPayload payload) => _protector.Protect(JsonSerializer.Serialize(payload));

    private MemberTokenPayload? Open(string? sealedValue)
    {
        if (string.IsNullOrEmpty(sealedValue) || sealedValue.Length > 4096)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<MemberTokenPayload>(_protector.Unprotect(sealedValue));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private void Forget()
    {
        var now = Now;
        foreach (var (id, expires) in _redeemed)
        {
            if (expires <= now)
            {
                _redeemed.TryRemove(id, out _);
            }
        }
    }
}
