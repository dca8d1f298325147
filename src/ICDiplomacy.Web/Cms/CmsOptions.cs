using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Cms;

/// <summary>Content core settings (section <c>Cms</c>).</summary>
public sealed class CmsOptions : IValidatableObject
{
    public const string SectionName = "Cms";

    /// <summary>Folder for the SQLite file, the search index and media. Relative paths are resolved from the content root.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Folder holding the content schema files. Empty: the repository's content-schema/ (or the copy beside the binaries).</summary>
    public string SchemaDirectory { get; set; } = "";

    /// <summary>Cultures editors can write in; the first is not special, <see cref="DefaultCulture"/> is.</summary>
    [MinLength(1)]
    public string[] Cultures { get; set; } = ["en", "fr", "es", "ru", "ar", "zh"];

    /// <summary>Culture used when a request names none; must be one of <see cref="Cultures"/>.</summary>
    [Required]
    public string DefaultCulture { get; set; } = "en";

    /// <summary>Seed the demo content on an empty database (on in Development via appsettings.Development.json, off elsewhere).</summary>
    public bool SeedDemoContent { get; set; }

    /// <summary>How often the scheduled publishing worker looks for due entries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Disable Umbraco's redirect URL tracking.</summary>
    public bool DisableRedirectUrlTracking { get; set; }

    /// <summary>Name of this node, used for node-local outbox cursors when several nodes share one database.</summary>
    public string NodeName { get; set; } = Environment.MachineName;

    public UnattendedOptions Unattended { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Cultures.Contains(DefaultCulture, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ValidationResult($"Cms:DefaultCulture '{DefaultCulture}' is not one of Cms:Cultures.", [nameof(DefaultCulture)]);
        }

        foreach (var culture in Cultures)
        {
            if (string.IsNullOrWhiteSpace(culture) || culture == "*" || culture.Length > 20 || !culture.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                yield return new ValidationResult($"Cms:Cultures contains an invalid culture code '{culture}'.", [nameof(Cultures)]);
            }
        }

        if (Unattended.UserName is not null || Unattended.UserEmail is not null || Unattended.UserPassword is not null)
        {
            if (string.IsNullOrWhiteSpace(Unattended.UserName) || string.IsNullOrWhiteSpace(Unattended.UserEmail) || string.IsNullOrWhiteSpace(Unattended.UserPassword))
            {
                yield return new ValidationResult("Cms:Unattended needs UserName, UserEmail and UserPassword together.", [nameof(Unattended)]);
            }
            else if (Unattended.UserPassword.Length < 12)
            {
                yield return new ValidationResult("Cms:Unattended:UserPassword must be at least 12 characters.", [nameof(Unattended)]);
            }
        }

        if ((Unattended.ApiClientId is null) != (Unattended.ApiClientSecret is null))
        {
            yield return new ValidationResult("Cms:Unattended needs ApiClientId and ApiClientSecret together.", [nameof(Unattended)]);
        }
        else if (Unattended.ApiClientSecret is { Length: < 32 })
        {
            yield return new ValidationResult("Cms:Unattended:ApiClientSecret must be at least 32 characters.", [nameof(Unattended)]);
        }
    }
}

/// <summary>Umbraco-style unattended install: creates the first administrator and an API client on an empty database.</summary>
public sealed class UnattendedOptions
{
    public string? UserName { get; set; }
    public string? UserEmail { get; set; }
    public string? UserPassword { get; set; }
    public string? ApiClientId { get; set; }
    public string? ApiClientSecret { get; set; }
}
