using System.Security.Claims;
using Briefing.Identity.Authenticating;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;
using Wolverine.Marten;

namespace Briefing.Identity.SigningIn;

public sealed record ChangePassword(string? CurrentPassword, string? NewPassword);

/// <summary>
/// <c>PUT /api/session/password</c>: the signed-in user changes their own password, giving the
/// current one. Their other sessions end; the one that changed it goes on.
/// </summary>
public static class ChangePasswordEndpoint
{
    public static Guid SignedInUser(ClaimsPrincipal user) => user.UserIdOf();

    public static Task<UserCredential?> LoadAsync(ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
        session.LoadAsync<UserCredential>(SignedInUser(user), cancellationToken);

    public static ProblemDetails Validate(ChangePassword command, UserCredential? credential) =>
        Passwords.Check("newPassword", command.NewPassword) is var weak && weak != WolverineContinue.NoProblems ? weak
        : credential is null ? Problems.InvalidState("You have no password yet; an admin sets the first one (PUT /api/admin/users/{id}/password).")
        : Passwords.Verify(credential.PasswordHash, command.CurrentPassword ?? "") == PasswordVerificationResult.Failed
            ? Problems.Validation("currentPassword", "当前密码不正确。(The current password is wrong.)")
        : command.NewPassword == command.CurrentPassword ? Problems.Validation("newPassword", "新密码不能与当前密码相同。(The new password must differ from the current one.)")
        : WolverineContinue.NoProblems;

    [WolverinePut("/api/session/password")]
    [Authorize(Policy = Policies.AnyUser)]
    [Tags("Sessions"), EndpointSummary("Change one's own password")]
    [EndpointDescription("The signed-in user changes their own password, giving the current one; their other console sessions end, the one that changed it goes on. 409 invalid-state: the user has no password yet (an admin sets the first one with PUT /api/admin/users/{id}/password).")]
    [EmptyResponse]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<(Events, StoreObjects)> Put(ChangePassword command, [WriteAggregate(FromMethod = nameof(SignedInUser))] UserAccount user, HttpContext http)
    {
        if (ConsoleSessions.IsConsoleSession(http.User))
        {
            var principal = ConsoleSessions.Principal(user, ConsoleSession.IdOf(http.User), ConsoleSessions.CsrfTokenOf(http.User)!, user.PasswordVersion + 1);
            await http.SignInAsync(ConsoleSessions.SchemeName, principal, new AuthenticationProperties { IsPersistent = false });
        }

        return ([new PasswordChanged(user.Id)], MartenOps.StoreObjects(UserCredential.Of(user.Id, command.NewPassword!)));
    }
}
