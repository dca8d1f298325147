using System.Threading.RateLimiting;
using ICDiplomacy.Web.Cms.Users;
using ICDiplomacy.Web.Common;
using Microsoft.AspNetCore.Authentication.BearerToken;

namespace ICDiplomacy.Web.Backoffice;

public static class BackofficeModule
{
    public const string ManagementPolicy = ManagementPolicies.Management;
    public const string PublisherPolicy = ManagementPolicies.Publisher;
    public const string MediaPolicy = ManagementPolicies.Media;
    public const string SettingsPolicy = ManagementPolicies.Settings;
    public const string TokenRateLimit = "management-token";
    public const string GroupClaim = "umbraco-group";

    /// <summary>Management API authentication (bearer tokens for API clients) and authorisation by user group.</summary>
    public static IHostApplicationBuilder AddBackoffice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication()
            .AddBearerToken(BearerTokenDefaults.AuthenticationScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(1));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ManagementPolicy, p => p
                .AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme)
                .RequireClaim(GroupClaim, UserGroups.Administrators, UserGroups.Editors, UserGroups.Writers, UserGroups.Translators))
            .AddPolicy(PublisherPolicy, p => p
                .AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme)
                .RequireClaim(GroupClaim, UserGroups.Administrators, UserGroups.Editors))
            .AddPolicy(MediaPolicy, p => p
                .AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme)
                .RequireClaim(GroupClaim, UserGroups.Administrators, UserGroups.Editors, UserGroups.Writers))
            .AddPolicy(SettingsPolicy, p => p
                .AddAuthenticationSchemes(BearerTokenDefaults.AuthenticationScheme)
                .RequireClaim(GroupClaim, UserGroups.Administrators));
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            o.AddPolicy(TokenRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
