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
// Every JSON body escapes HTML-sensitive characters as the search response does ("\u003C"), problems included: they
// echo user input ("No article with id '<b>'."), and a client that ever shows one as HTML gets no markup from it.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default);
builder.Services.AddExceptionHandler<ApiExceptionHandler>();
// A query parameter that does not bind ("page=abc") becomes a BadHttpRequestException naming the parameter, which the
// handler above turns into a 400 problem saying so; by default that happens only in Development, elsewhere the 400 is bare.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddSearchOpenApi();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseHeadAsGet();
app.UseRouting(); // after HEAD became GET: the endpoints are matched on the method they are mapped for
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSingleValuedParameters();
app.UseUtf8QueryStrings();
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
