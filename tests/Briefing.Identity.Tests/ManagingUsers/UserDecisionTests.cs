using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Identity.Tests.ManagingUsers;

/// <summary>Creating and revoking users decided without a database: given the account, this command gives these events, this answer or this problem.</summary>
public sealed class UserDecisionTests
{
    [Fact]
    public void creating_a_user_starts_their_stream_with_the_tokens_fingerprint_and_shows_the_token_once()
    {
        var command = new CreateUser("张三", Roles.Contributor, "qijiang");

        Assert.Same(WolverineContinue.NoProblems, CreateUserEndpoint.Validate(command));
        var (answer, stream, credential, _) = CreateUserEndpoint.Post(command);

        Assert.Empty(credential.Documents);
        var shown = answer.Value!;
        Assert.Equal(("张三", Roles.Contributor, "qijiang"), (shown.Name, shown.Role, shown.OrgId));
        Assert.Equal($"/api/admin/users/{shown.Id}", answer.Location);
        Assert.Equal(shown.Id, stream.StreamId);
        var created = Assert.IsType<UserCreated>(Assert.Single(stream.Events));
        var (lookup, hash) = AccessTokens.Fingerprint(shown.Token);
        Assert.Equal(new UserCreated(shown.Id, "张三", Roles.Contributor, "qijiang", lookup, hash, Bootstrap: false), created);
    }

    [Fact]
    public void a_password_is_stored_only_as_a_hash_beside_the_stream_which_records_that_one_was_set()
    {
        var (answer, stream, credential, _) = CreateUserEndpoint.Post(new CreateUser("张三", Roles.Editor, null, "a long enough password"));

        Assert.Equal([typeof(UserCreated), typeof(PasswordSet)], stream.Events.Select(e => e.GetType()));
        var stored = Assert.IsType<UserCredential>(Assert.Single(credential.Documents));
        Assert.Equal(answer.Value!.Id, stored.Id);
        Assert.Equal(Microsoft.AspNetCore.Identity.PasswordVerificationResult.Success, Passwords.Verify(stored.PasswordHash, "a long enough password"));
    }

    [Fact]
    public void a_name_an_active_user_has_is_a_conflict()
    {
        var problem = CreateUserEndpoint.Validate(new CreateUser("张三", Roles.Editor, null), new NameInUse(true));

        Assert.Equal(409, problem.Status);
    }

    [Fact]
    public void every_user_gets_a_token_of_their_own()
    {
        var (first, _, _, _) = CreateUserEndpoint.Post(new CreateUser("甲", Roles.Editor, null));
        var (second, _, _, _) = CreateUserEndpoint.Post(new CreateUser("甲", Roles.Editor, null));

        Assert.NotEqual(first.Value!.Token, second.Value!.Token);
        Assert.NotEqual(first.Value.Id, second.Value.Id);
    }

    [Theory]
    [InlineData(null, "editor", null, "name")]
    [InlineData("名字\u0007", "editor", null, "name")]
    [InlineData("王五", "owner", null, "role")]
    [InlineData("王五", "contributor", null, "orgId")]
    [InlineData("王五", "editor", "qijiang", "orgId")]
    public void an_invalid_user_is_a_400_naming_the_field(string? name, string? role, string? orgId, string field)
    {
        var problem = Assert.IsType<ValidationProblemDetails>(CreateUserEndpoint.Validate(new CreateUser(name, role, orgId)));

        Assert.Equal(StatusCodes.Status400BadRequest, problem.Status);
        Assert.Equal([field], problem.Errors.Keys);
    }

    [Fact]
    public void a_name_of_up_to_the_limit_is_accepted()
    {
        Assert.Same(WolverineContinue.NoProblems, CreateUserEndpoint.Validate(new CreateUser(new string('名', 100), Roles.Editor, null)));
        Assert.Equal(400, CreateUserEndpoint.Validate(new CreateUser(new string('名', 101), Roles.Editor, null)).Status);
    }

    [Fact]
    public void revoking_an_active_user_records_why()
    {
        var editor = Users.Active(Roles.Editor);

        Assert.Same(WolverineContinue.NoProblems, RevokeUserEndpoint.Validate(editor.Id, editor, new OtherActiveAdmins(0)));
        var (events, _) = RevokeUserEndpoint.Delete(editor.Id, editor);

        Assert.Equal([new UserRevoked(editor.Id, "revoked by an admin")], events);
    }

    [Fact]
    public void creating_and_revoking_a_contributor_tells_the_other_modules_who_speaks_for_its_organisation()
    {
        var (created, _, _, told) = CreateUserEndpoint.Post(new CreateUser("綦江区联络员", Roles.Contributor, "qijiang"));
        var (_, _, _, editorTold) = CreateUserEndpoint.Post(new CreateUser("编辑", Roles.Editor, null));
        var contributor = Users.Active(Roles.Contributor);
        contributor.OrgId = "qijiang";

        Assert.Equal([new ContributorRegistered("qijiang", created.Value!.Id, "綦江区联络员")], told);
        Assert.Empty(editorTold);
        Assert.Equal([new ContributorRevoked("qijiang", contributor.Id)], RevokeUserEndpoint.Delete(contributor.Id, contributor).Item2);
    }

    [Fact]
    public void revoking_a_revoked_user_changes_nothing()
    {
        var revoked = Users.Revoked();

        Assert.Same(WolverineContinue.NoProblems, RevokeUserEndpoint.Validate(revoked.Id, revoked, new OtherActiveAdmins(0)));
        Assert.Empty(RevokeUserEndpoint.Delete(revoked.Id, revoked).Item1);
    }

    [Fact]
    public void an_unknown_user_is_a_404()
    {
        var id = Guid.NewGuid();

        var problem = RevokeUserEndpoint.Validate(id, user: null, new OtherActiveAdmins(0));

        Assert.Equal((404, $"There is no user {id}."), (problem.Status, problem.Detail));
    }

    [Fact]
    public void the_last_active_admin_cannot_be_revoked_but_one_of_two_can()
    {
        var admin = Users.Active(Roles.Admin);

        var problem = RevokeUserEndpoint.Validate(admin.Id, admin, new OtherActiveAdmins(0));

        Assert.Equal((409, "/problems/invalid-state"), (problem.Status, problem.Type));
        Assert.Same(WolverineContinue.NoProblems, RevokeUserEndpoint.Validate(admin.Id, admin, new OtherActiveAdmins(1)));
    }
}
