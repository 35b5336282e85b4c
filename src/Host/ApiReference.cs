using Scalar.AspNetCore;

namespace Briefing.Host;

/// <summary>
/// The interactive reference at /docs. Its script is served by the host itself; everything on the page that would lead off
/// the machine is off, so it works the same offline: what is left reads the document and sends requests to this server only.
/// </summary>
public static class ApiReference
{
    public const string Title = "Briefing admin API";

    public static void Configure(ScalarOptions scalar) => scalar
        .WithTitle(Title)
        .WithOpenApiRoutePattern("/openapi/{documentName}.json")
        // "Ask AI": a chat run on Scalar's servers.
        .DisableAgent()
        .DisableMcp()
        // The toolbar with "Deploy" and "Generate SDK", both leading to Scalar's site (shown on localhost by default).
        .HideDeveloperTools()
        .DisableTelemetry()
        // Inter and JetBrains Mono come from Scalar's CDN; the browser's own fonts draw Chinese better anyway.
        .DisableDefaultFonts()
        .AddPreferredSecuritySchemes(["Bearer"]);
}
