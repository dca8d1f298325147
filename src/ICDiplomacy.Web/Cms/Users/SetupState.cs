using System.Security.Cryptography;
using System.Text;

namespace ICDiplomacy.Web.Cms.Users;

/// <summary>
/// The one-time setup token printed to the console when the database has no administrator and no
/// unattended install settings. Whoever can read the server console can claim the install; nobody else.
/// </summary>
public sealed class SetupState
{
    private readonly Lock _lock = new();
    private string? _token;

    public bool IsPending
    {
        get
        {
            lock (_lock)
            {
                return _token is not null;
            }
        }
    }

    public string Begin()
    {
        lock (_lock)
        {
            _token ??= Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
            return _token;
        }
    }

    public bool Verify(string? candidate)
    {
        lock (_lock)
        {
            return _token is not null && candidate is not null
                && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(_token), Encoding.UTF8.GetBytes(candidate.Trim()));
        }
    }

    public void Complete()
    {
        lock (_lock)
        {
            _token = null;
        }
    }
}
