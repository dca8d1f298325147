using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Common;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Health;
using ICDiplomacy.Web.Media;

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
// Media library, image processing, Media Delivery API.
builder.AddMedia();
// Operations.
builder.AddHealth();
// Errors as RFC 9457 problem details, without exception detail outside Development.
builder.Services.AddProblemDetails();
builder.Services.AddRazorPages();

var app = builder.Build();
app.Services.ValidateCmsSchema();

app.UseExceptionHandler();
app.UseStatusCodePages();
// /media/... files and image processing, ahead of static files so wwwroot can never shadow a media URL.
app.UseMediaFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseAntiforgery();

app.MapHealthEndpoints();
app.MapMediaEndpoints();
app.MapRazorPages();

app.Run();

public partial class Program;
