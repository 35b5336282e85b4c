using System.Security.Cryptography;
using System.Text;
using Briefing.Host.Consistency;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Host.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on endpoints marked <see cref="IdempotentAttribute"/>. The first request
/// with a key claims it (a unique document id, so concurrent repeats cannot both claim it), runs,
/// and stores its response; a repeat with the same body gets that response back and creates
/// nothing; a repeat with another body is a 422. A repeat that arrives while the first still runs
/// waits for it. A 5xx is not stored, so the request can be retried.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 255;
    private static readonly TimeSpan WaitForFirst = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(2);

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var key = context.Request.Headers[Header].ToString();
            var caller = context.User.FindFirst(BriefingClaims.UserId)?.Value;
            if (key.Length == 0 || caller is null || !HttpMethods.IsPost(context.Request.Method)
                || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null)
            {
                await next(context);
                return;
            }

            if (key.Length > MaxKeyLength)
            {
                await WriteProblemAsync(context, Problems.Validation(Header, $"{Header} may have at most {MaxKeyLength} characters."));
                return;
            }

            var store = context.RequestServices.GetRequiredService<IDocumentStore>();
            var clock = context.RequestServices.GetRequiredService<TimeProvider>();
            var id = $"{caller}|{context.Request.Path}|{key}";
            var hash = await HashRequestAsync(context.Request);
            if (await TryClaimAsync(store, clock, id, hash, context.RequestAborted))
            {
                await RunAndRecordAsync(context, next, store, clock, id, hash);
                return;
            }

            var first = await WaitForFirstAsync(store, clock, id, context.RequestAborted);
            if (first is null && await TryClaimAsync(store, clock, id, hash, context.RequestAborted))
            {
                // the first request failed and let go of the key: this one runs instead
                await RunAndRecordAsync(context, next, store, clock, id, hash);
                return;
            }

            if (first is null || (first.RequestHash == hash && !first.Completed))
            {
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status409Conflict,
                    Title = "Request in progress",
                    Detail = $"A request with this {Header} is still being handled; retry shortly.",
                });
            }
            else if (first.RequestHash != hash)
            {
                await WriteProblemAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status422UnprocessableEntity,
                    Title = "Idempotency-Key reused",
                    Detail = $"This {Header} was used for a request with another body; use a new key for a new request.",
                });
            }
            else
            {
                await ReplayAsync(context, first);
            }
        });

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task<bool> TryClaimAsync(IDocumentStore store, TimeProvider clock, string id, string hash, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var existing = await session.LoadAsync<IdempotencyRecord>(id, cancellationToken);
        if (existing is { Completed: false } && existing.StartedAt < clock.GetUtcNow() - Abandoned)
        {
            session.Delete(existing); // its request died without an answer: let this one run
            await session.SaveChangesAsync(cancellationToken);
        }
        else if (existing is not null)
        {
            return false;
        }

        session.Insert(new IdempotencyRecord { Id = id, RequestHash = hash, StartedAt = clock.GetUtcNow() });
        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    private static async Task RunAndRecordAsync(HttpContext context, RequestDelegate next, IDocumentStore store, TimeProvider clock, string id, string hash)
    {
        HeldResponse held;
        try
        {
            held = await HeldResponse.RunAsync(context, next);
        }
        catch (Exception e)
        {
            await KeyUpdates.ReleaseAsync(context, store, id, e);
            throw;
        }

        using var answer = held;
        if (context.Response.StatusCode >= 500)
        {
            await KeyUpdates.ReleaseAsync(context, store, id);
        }
        else
        {
            // Kept before the client has the answer: a client that hangs up now and retries gets this answer back instead of a second write.
            await KeyUpdates.RecordAsync(context, store, new IdempotencyRecord
            {
                Id = id,
                RequestHash = hash,
                StartedAt = clock.GetUtcNow(),
                Completed = true,
                StatusCode = context.Response.StatusCode,
                ContentType = context.Response.ContentType,
                Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                Cascade = context.Response.Headers[ReadYourWrites.Header].ToString() is { Length: > 0 } cascade ? cascade : null,
                Body = Encoding.UTF8.GetString(answer.Body),
            });
        }

        await answer.SendAsync();
    }

    /// <summary>The first request's record once it completes (or the wait ends); null if it let go of the key.</summary>
    private static async Task<IdempotencyRecord?> WaitForFirstAsync(IDocumentStore store, TimeProvider clock, string id, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + WaitForFirst;
        while (true)
        {
            await using var session = store.QuerySession();
            var record = await session.LoadAsync<IdempotencyRecord>(id, cancellationToken);
            if (record is null || record.Completed || clock.GetUtcNow() > deadline)
            {
                return record;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyRecord first)
    {
        context.Response.StatusCode = first.StatusCode;
        context.Response.ContentType = first.ContentType;
        if (first.Location is not null)
        {
            context.Response.Headers.Location = first.Location;
        }

        if (first.Cascade is not null)
        {
            context.Response.Headers[ReadYourWrites.Header] = first.Cascade; // what the first answer said; the rest may have arrived since
        }

        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.WriteAsync(first.Body, context.RequestAborted);
    }

    private static async Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        });
    }
}
