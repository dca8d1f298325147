using ICDiplomacy.Web.Backoffice;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Members;
using ICDiplomacy.Web.DeliveryApi.Webhooks;
using ICDiplomacy.Web.Health;
using ICDiplomacy.Web.Media;
using ICDiplomacy.Web.Pages;
using ICDiplomacy.Web.RegionalBalance;
using ICDiplomacy.Web.Search;
using Microsoft.AspNetCore.Antiforgery;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // The repo-level wwwroot/ is the web root, whether run from the repo or from published output.
    WebRootPath = RepoLayout.FindFolder("wwwroot"),
});

// Data: the provider is chosen by configuration alone (Database:Provider, ConnectionStrings:Cms).
builder.AddData();
// Content core: schema, reference data, store, outbox, scheduled publishing, install.
builder.AddCms();
// Search: Lucene.Net indexes kept current from the outbox; public search API and page.
builder.AddSearch();
// Media library, image processing, Media Delivery API.
builder.AddMedia();
// Management API: bearer tokens for API clients, authorisation by user group.
builder.AddBackoffice();
// Content Delivery API (Umbraco v2 compatible), its output cache, CORS, OpenAPI document and webhooks.
builder.AddDeliveryApi();
// Regional-balance checker: POST /api/balance/check, session and initiative balance, the speakers' publish gate.
builder.AddRegionalBalance();
// Operations.
builder.AddHealth();
// Errors as RFC 9457 problem details, without exception detail outside Development.
builder.Services.AddProblemDetails();
// A fixed antiforgery cookie name, configured before Razor Pages adds antiforgery: the default name is a SHA-256 of
// the application name, computed at start-up, which loads OpenSSL (~4 MB resident) before anything needs it.
builder.Services.Configure<AntiforgeryOptions>(o => o.Cookie.Name = ".ICDiplomacy.Antiforgery");
builder.Services.AddRazorPages().ConfigureApplicationPartManager(MvcParts.PagesOnly);
DataProtectionKeyRing.LoadOnFirstUse(builder.Services);

var app = builder.Build();
app.Services.ValidateCmsSchema();

app.UseRequestActivity();
app.UseExceptionHandler();
app.UseStatusCodePages();
// /media/... files and image processing, ahead of static files so wwwroot can never shadow a media URL.
app.UseMediaFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseCors();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After CORS and authorisation, so cached answers get fresh CORS headers and never skip an access check.
app.UseOutputCache();
app.UseAntiforgery();

app.MapHealthEndpoints();
app.MapManagementEndpoints();
app.MapMemberEndpoints();
app.MapPublicAccessEndpoints();
app.MapWebhookManagementEndpoints();
app.MapIndexerEndpoints();
app.MapDeliveryApiEndpoints();
app.MapMemberAuthEndpoints();
app.MapRegionalBalanceEndpoints();
app.MapSearchEndpoints();
app.MapRazorPages();

app.Run();

public partial class Program;
