using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace Briefing.Host.WebConsole;

/// <summary>
/// Serves the web console (ADR 22): static files from the build output, index.html for every other
/// path under /console (the app routes on the client), anonymous: the app asks the API who is signed in.
/// </summary>
public static class ConsoleSetup
{
    public const string BasePath = "/console";
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static void MapBriefingConsole(this WebApplication app)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Console", "app"));

        app.MapGet("/", () => Results.Redirect(BasePath)).AllowAnonymous().ExcludeFromDescription();

        var console = app.MapGroup(BasePath).AllowAnonymous().ExcludeFromDescription();
        console.AddEndpointFilter(async (context, next) =>
        {
            SecurityHeaders(context.HttpContext.Response.Headers);
            return await next(context);
        });
        console.MapGet("/assets/{**path}", (string path, HttpResponse response) => Asset(files, path, response));
        console.MapGet("/{**path}", (HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-cache";
            return Asset(files, "index.html", response);
        });
    }

    private static IResult Asset(PhysicalFileProvider files, string path, HttpResponse response)
    {
        // The provider refuses paths that leave its root (.., absolute paths) by answering "not found".
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null || !ContentTypes.TryGetContentType(file.Name, out var contentType))
        {
            return Results.NotFound();
        }

        // Not fingerprinted: the browser revalidates each time and gets 304 while the file is unchanged.
        if (response.Headers.CacheControl.Count == 0)
        {
            response.Headers.CacheControl = "no-cache";
        }

        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return Results.File(file.PhysicalPath, contentType, lastModified: file.LastModified, entityTag: tag);
    }

    private static void SecurityHeaders(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
    }
}
