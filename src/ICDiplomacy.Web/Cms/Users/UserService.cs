using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.Cms.Users;

/// <summary>Backoffice accounts and API clients: the first administrator, password checks, client secrets.</summary>
public sealed class UserService(CmsDbContext db, TimeProvider clock)
{
    public const int MinPasswordLength = 12;
    private static readonly PasswordHasher<BackofficeUser> Hasher = new();
    private static readonly PasswordHasher<ApiClient> ClientHasher = new();
    private static readonly EmailAddressAttribute EmailCheck = new();

    public Task<bool> AnyAdministratorAsync(CancellationToken ct) => db.Users.AnyAsync(u => u.Group == UserGroups.Administrators, ct);

    /// <summary>Creates the first administrator; returns field errors instead when the input is not acceptable.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CreateUserAsync(string userName, string email, string password, string group, string actor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        userName = userName.Trim();
        email = email.Trim();
        if (userName.Length is < 2 or > 100 || userName.Any(char.IsControl))
        {
            errors["userName"] = "The user name must be 2 to 100 characters without control characters.";
        }

        if (email.Length > 256 || !EmailCheck.IsValid(email) || email.Any(char.IsControl))
        {
            errors["email"] = "Enter a valid email address.";
        }

        if (password.Length < MinPasswordLength || password.Length > 256)
        {
            errors["password"] = $"The password must be {MinPasswordLength} to 256 characters long.";
        }

        if (errors.Count == 0 && await db.Users.AnyAsync(u => u.UserName == userName || u.Email == email, ct))
        {
            errors["userName"] = "A user with this name or email already exists.";
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var user = new BackofficeUser
        {
            Key = Guid.NewGuid(),
            UserName = userName,
            Email = email,
            Group = group,
            PasswordHash = "",
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)),
        };
        user.PasswordHash = Hasher.HashPassword(user, password);
        db.Users.Add(user);
        db.Audit.Add(new AuditEntry { Utc = user.CreatedUtc, Actor = actor, Action = "user-create", EntityKey = user.Key, Details = $"{userName} ({group})" });
        await db.SaveChangesAsync(ct);
        return errors;
    }

    public async Task CreateApiClientAsync(string clientId, string secret, string group, string actor, CancellationToken ct)
    {
        if (await db.ApiClients.AnyAsync(c => c.ClientId == clientId, ct))
        {
            return;
        }

        var client = new ApiClient { ClientId = clientId, Group = group, SecretHash = "", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        client.SecretHash = ClientHasher.HashPassword(client, secret);
        db.ApiClients.Add(client);
        db.Audit.Add(new AuditEntry { Utc = client.CreatedUtc, Actor = actor, Action = "api-client-create", Details = clientId });
        await db.SaveChangesAsync(ct);
    }

    public async Task<ApiClient?> VerifyApiClientAsync(string clientId, string secret, CancellationToken ct)
    {
        var client = await db.ApiClients.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == clientId, ct);
        if (client is null)
        {
            // Same work for unknown clients so timing does not tell which ids exist.
            ClientHasher.VerifyHashedPassword(new ApiClient { ClientId = clientId, Group = "", SecretHash = "" }, DummyHash, secret);
            return null;
        }

        return ClientHasher.VerifyHashedPassword(client, client.SecretHash, secret) == PasswordVerificationResult.Failed ? null : client;
    }

    private static readonly string DummyHash = ClientHasher.HashPassword(new ApiClient { ClientId = "", Group = "", SecretHash = "" }, "not-a-secret");
}
