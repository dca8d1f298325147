using ICDiplomacy.Web.RegionalBalance;

var builder = WebApplication.CreateBuilder(args);
builder.AddRegionalBalance();
var app = builder.Build();
app.UseRateLimiter();
app.MapGet("/", () => "ok");
app.MapRegionalBalanceEndpoints();
app.Run();

public partial class Program;
