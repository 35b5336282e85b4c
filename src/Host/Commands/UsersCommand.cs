using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using JasperFx.CommandLine;
using Marten;
using Wolverine.Http;

namespace Briefing.Host.Commands;

public sealed class UsersInput : NetCoreInput
{
    [Description("add, list or revoke")]
    public string Action { get; set; } = "";

    [Description("The id of the user to revoke")]
    public string Id { get; set; } = "";

    [Description("The new user's name")]
    [FlagAlias("name", 'n')]
    public string? NameFlag { get; set; }

    [Description("The new user's role: admin, contributor, editor, chief-editor or auditor")]
    [FlagAlias("role", 'r')]
    public string? RoleFlag { get; set; }

    [Description("A contributor's organisation id")]
    [FlagAlias("org", 'o')]
    public string? OrgFlag { get; set; }

    [Description("Read the user's console password from standard input (one line), so it is never on the command line")]
    [FlagAlias("password-stdin")]
    public bool PasswordStdinFlag { get; set; }
}

/// <summary>
/// <c>users add --name N --role R [--org O] [--password-stdin]</c> prints the new token once; <c>users list</c>;
/// <c>users revoke ID</c>. The changes are events like any other, made by the operator at the console.
/// </summary>
[Description("Add, list or revoke users", Name = "users")]
public sealed class UsersCommand : JasperFxAsyncCommand<UsersInput>
{
    public UsersCommand()
    {
        Usage("Add a user and print their token once").Arguments(x => x.Action).ValidFlags(x => x.NameFlag!, x => x.RoleFlag!, x => x.OrgFlag!, x => x.PasswordStdinFlag);
        Usage("List users, or revoke one").Arguments(x => x.Action, x => x.Id);
    }

    public override async Task<bool> Execute(UsersInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        using var operatorActor = CurrentActor.Use(CommandRuntime.Operator);
        await using var session = store.LightweightSession();
        // Wolverine does not run here: what a change tells the other modules is stored with it, and the service sends it (ContributorNews).
        var clock = host.Services.GetRequiredService<TimeProvider>();
        switch (input.Action.ToLowerInvariant())
        {
            case "add":
                return await AddAsync(session, clock, input);
            case "list":
                return await ListAsync(session);
            case "revoke":
                return await RevokeAsync(session, clock, input.Id);
            default:
                await Console.Error.WriteLineAsync($"Unknown action '{input.Action}': use users add, users list or users revoke ID.");
                return false;
        }
    }

    private static async Task<bool> AddAsync(IDocumentSession session, TimeProvider clock, UsersInput input)
    {
        var password = input.PasswordStdinFlag ? await Console.In.ReadLineAsync() : null;
        if (input.PasswordStdinFlag && string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("--password-stdin read no password: give it as one line on standard input.");
            return false;
        }

        var command = new CreateUser(input.NameFlag, input.RoleFlag, input.OrgFlag, password);
        var problem = CreateUserEndpoint.Validate(command, await CreateUserEndpoint.LoadAsync(command, session, CancellationToken.None));
        if (problem != WolverineContinue.NoProblems)
        {
            await Console.Error.WriteLineAsync(problem.Detail);
            return false;
        }

        var (answer, stream, credential, told) = CreateUserEndpoint.Post(command);
        stream.Execute(session);
        credential.Execute(session);
        Tell(session, clock, told);
        await session.SaveChangesAsync();
        var created = answer.Value!;
        Console.WriteLine($"Created {created.Role} {created.Name} ({created.Id}){(password is null ? "" : ", who can sign in to the console")}. Their token, shown this once:");
        Console.WriteLine(created.Token);
        return true;
    }

    private static async Task<bool> ListAsync(IDocumentSession session)
    {
        foreach (var user in await ListUsersEndpoint.ListAsync(session, CancellationToken.None))
        {
            var status = user.IsActive ? "active" : $"revoked {user.RevokedAt:yyyy-MM-dd HH:mm}";
            Console.WriteLine($"{user.Id}  {user.Role,-12}  {user.OrgId ?? "-",-16}  {status,-24}  {user.Name}");
        }

        return true;
    }

    private static void Tell(IDocumentSession session, TimeProvider clock, IEnumerable<object> messages)
    {
        foreach (var message in messages)
        {
            session.Store(ContributorNews.Of(message, clock.GetUtcNow().UtcTicks));
        }
    }

    private static async Task<bool> RevokeAsync(IDocumentSession session, TimeProvider clock, string id)
    {
        if (!Guid.TryParse(id, out var userId))
        {
            await Console.Error.WriteLineAsync("users revoke needs the id of a user (see users list).");
            return false;
        }

        var told = new List<object>();
        var problem = await RevokeUserEndpoint.RevokeAsync(session, told, userId, "revoked from the command line", CancellationToken.None);
        if (problem != WolverineContinue.NoProblems)
        {
            await Console.Error.WriteLineAsync(problem.Detail);
            return false;
        }

        Tell(session, clock, told);
        await session.SaveChangesAsync();
        Console.WriteLine($"Revoked {userId}: their token no longer works.");
        return true;
    }
}
