using Search.Web.Api;
using Search.Web.Hosting;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});

builder.AddSettingsBesideTheApp();
builder.AddSearchEngine();
builder.AddRequestLimits();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
builder.Services.AddSearchOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
// The page's files; API requests skip the file-system lookups these middlewares make per request.
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), page => page.UseDefaultFiles().UseStaticFiles());
app.MapSearchOpenApi();
app.MapSearchApi();
app.MapArticlesApi();
app.MapFacetsApi();
app.MapSuggestApi();
app.MapClaimsApi();
app.MapHealthApi();
app.LogAddressOnStart();

app.Run();

/// <summary>The web application's entry point (public for WebApplicationFactory).</summary>
public partial class Program;
