using Briefing.Host.Outages;

namespace Briefing.Host.Consistency;

/// <summary>
/// A write's answer waits until everything it set off has been handled in every module (ADR 14),
/// for at most <see cref="BoundKey"/> seconds. The answer is held in memory meanwhile, so nothing
/// reaches the client before the cascade ends; when the bound runs out or a module gives up, the
/// answer still comes (the change is stored) and <see cref="Header"/> says so. It comes at once,
/// "pending", when the database goes away meanwhile: the cascade waits for it, the answer must not (ADR 15).
/// </summary>
public static class ReadYourWrites
{
    public const string Header = "Briefing-Cascade";
    public const string BoundKey = "Briefing:CascadeWaitSeconds";
    public const double DefaultBoundSeconds = 10;

    public static TimeSpan Bound(IConfiguration configuration) =>
        TimeSpan.FromSeconds(configuration.GetValue(BoundKey, DefaultBoundSeconds));

    public static IApplicationBuilder UseReadYourWrites(this IApplicationBuilder app)
    {
        var tracker = app.ApplicationServices.GetRequiredService<CascadeTracker>();
        var database = app.ApplicationServices.GetRequiredService<DatabaseAvailability>();
        var bound = Bound(app.ApplicationServices.GetRequiredService<IConfiguration>());
        var clock = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
            {
                await next(context);
                return;
            }

            using var scope = tracker.Begin();
            using var answer = await HeldResponse.RunAsync(context, next);

            if (context.Response.StatusCode is >= 200 and < 300 && scope.Cascade.Sent > 0)
            {
                // Not cut short when the client hangs up: the change is stored, and whoever records the answer (an Idempotency-Key) must get all of it.
                var outcome = await database.OrWhenUnavailableAsync(scope.Cascade.WaitAsync(bound, clock, CancellationToken.None), CascadeOutcome.Pending);
                if (outcome != CascadeOutcome.Complete)
                {
                    context.Response.Headers[Header] = outcome == CascadeOutcome.Pending ? "pending" : "failed";
                }
            }

            await answer.SendAsync();
        });
    }
}
