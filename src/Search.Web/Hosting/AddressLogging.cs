using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Search.Web.Hosting;

/// <summary>Tells the user where to point a browser once the server listens.</summary>
internal static class AddressLogging
{
    public static void LogAddressOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                app.Logger.LogInformation("Search page: {Address}/  API reference: {Address}/scalar/v1", address.TrimEnd('/'), address.TrimEnd('/'));
            }
        });
}
