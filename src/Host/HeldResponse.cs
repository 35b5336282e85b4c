namespace Briefing.Host;

/// <summary>
/// The answer the rest of the pipeline wrote, held in memory instead of sent, so that middleware can
/// act on it (wait, record it, add a header) before the client gets any of it.
/// </summary>
public sealed class HeldResponse : IDisposable
{
    private readonly Stream _original;
    private readonly MemoryStream _held = new();

    private HeldResponse(Stream original) => _original = original;

    /// <summary>Runs <paramref name="next"/> with the answer held; on an exception nothing was held and the client's stream is back in place.</summary>
    public static async Task<HeldResponse> RunAsync(HttpContext context, RequestDelegate next)
    {
        var response = new HeldResponse(context.Response.Body);
        context.Response.Body = response._held;
        try
        {
            await next(context);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
        finally
        {
            context.Response.Body = response._original;
        }
    }

    public byte[] Body => _held.ToArray();

    /// <summary>Sends the held answer, all of it even when the client has gone (whoever recorded it has recorded all of it).</summary>
    public async Task SendAsync()
    {
        _held.Position = 0;
        await _held.CopyToAsync(_original, CancellationToken.None);
    }

    public void Dispose() => _held.Dispose();
}
