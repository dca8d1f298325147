using System.ComponentModel.DataAnnotations;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Configuration of the regional-balance check, section <c>RegionalBalance</c>.</summary>
public sealed class RegionalBalanceOptions : IValidatableObject
{
    public const string SectionName = "RegionalBalance";

    /// <summary>Global South definition used when a call names none: <c>unctad</c> (default), <c>g77</c> or <c>worldBankIncome</c>.</summary>
    [Required]
    public string GlobalSouthDefinition { get; set; } = "unctad";

    /// <summary>Most participants one call may check; more is a 400. Default 10 000.</summary>
    [Range(1, 1_000_000)]
    public int MaxParticipants { get; set; } = 10_000;

    /// <summary>Largest request body <c>POST /api/balance/check</c> reads, in bytes; more is a 413. Default 4 MiB.</summary>
    [Range(1_024, 64 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Checks one client address (IPv6: its /64) may run per window; more is a 429. Default 30.</summary>
    [Range(1, 1_000_000)]
    public int RateLimitPermitLimit { get; set; } = 30;

    /// <summary>Length of the rate-limit window in seconds. Default 60.</summary>
    [Range(1, 86_400)]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>Thresholds of the forum profile (R1–R3 hard, R5 soft).</summary>
    public BalanceProfileOptions Forum { get; set; } = new();

    /// <summary>Thresholds of the dialogue profile (R1–R3 off, so only the party ratio and unknown share matter; R5 hard).</summary>
    public BalanceProfileOptions Dialogue { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CountryCatalog.TryParseGlobalSouthDefinition(GlobalSouthDefinition, out _))
        {
            yield return new ValidationResult(
                $"Unknown Global South definition '{GlobalSouthDefinition}'; expected unctad, g77 or worldBankIncome.",
                [nameof(GlobalSouthDefinition)]);
        }

        // DataAnnotations does not descend into nested objects by itself.
        foreach (var (name, profile) in new[] { (nameof(Forum), Forum), (nameof(Dialogue), Dialogue) })
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(profile, new ValidationContext(profile), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(
                    $"{name}: {result.ErrorMessage}",
                    [.. result.MemberNames.Select(m => $"{name}.{m}")]);
            }
        }
    }
}
