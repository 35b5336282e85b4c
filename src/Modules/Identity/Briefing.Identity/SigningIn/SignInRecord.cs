using System.Diagnostics.CodeAnalysis;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Briefing.Identity.SigningIn;

/// <summary>One line of the sign-in record: a sign-in, a failed one or a sign-out. The failed-sign-in throttle counts these too.</summary>
public sealed class SignInRecord
{
    public Guid Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string Outcome { get; set; } = "";
    public string Name { get; set; } = "";
    public Guid? UserId { get; set; }
    public string Address { get; set; } = "";
    public string? UserAgent { get; set; }
    public string? Reason { get; set; }
}

public static class SignInOutcomes
{
    public const string SignedIn = "signed-in";
    public const string Failed = "failed";
    public const string SignedOut = "signed-out";
}

/// <summary>Each sign-in event becomes a <see cref="SignInRecord"/>, in the transaction that stores it.</summary>
[SuppressMessage("Performance", "CA1822", Justification = "Marten finds an event projection's Create methods among its instance methods.")]
public sealed partial class SignInRecordProjection : EventProjection
{
    public SignInRecord Create(IEvent<SignedIn> e) => new()
    {
        Id = e.Id, At = e.Timestamp, Outcome = SignInOutcomes.SignedIn, Name = e.Data.Name, UserId = e.Data.UserId,
        Address = e.Data.Address, UserAgent = e.Data.UserAgent,
    };

    public SignInRecord Create(IEvent<SignInFailed> e) => new()
    {
        Id = e.Id, At = e.Timestamp, Outcome = SignInOutcomes.Failed, Name = e.Data.Name, UserId = e.Data.UserId,
        Address = e.Data.Address, UserAgent = e.Data.UserAgent, Reason = e.Data.Reason,
    };

    public SignInRecord Create(IEvent<SignedOut> e) => new()
    {
        Id = e.Id, At = e.Timestamp, Outcome = SignInOutcomes.SignedOut, Name = e.Data.Name, UserId = e.Data.UserId, Address = e.Data.Address,
    };
}
