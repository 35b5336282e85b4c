using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using JasperFx.Events;

namespace Briefing.Identity.Tests;

/// <summary>User accounts in the states the decisions start from, built by the account's own Create and Apply (as Marten would, without a database).</summary>
public static class Users
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 4, 14, 9, 0, 0, TimeSpan.FromHours(8));

    public static UserAccount Active(string role = Roles.Editor, bool bootstrap = false, string? token = null)
    {
        var (created, _) = CreateUserEndpoint.Register($"{role} 甲", role, role == Roles.Contributor ? "qijiang" : null, bootstrap, token);
        return UserAccount.Create(new Event<UserCreated>(created) { Timestamp = CreatedAt });
    }

    public static UserAccount Revoked(string role = Roles.Editor)
    {
        var user = Active(role);
        user.Apply(new Event<UserRevoked>(new UserRevoked(user.Id, "离职")) { Timestamp = CreatedAt.AddDays(1) });
        return user;
    }
}
