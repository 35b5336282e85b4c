using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Briefing.Host.Tests.Startup;
using Briefing.Testing;

namespace Briefing.Host.Tests.Commands;

/// <summary>The users commands as an operator types them, against the embedded database.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private string DataDir => _directory.Path;

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task users_add_prints_a_token_once_that_the_running_service_accepts_and_users_revoke_ends_it()
    {
        await using var service = HostProcess.Start(DataDir);
        Assert.True(await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), service.Output);

        await using var add = await HostProcess.RunCommandAsync(DataDir, "users", "add", "--name", "綦江区联络员", "--role", "contributor", "--org", "qijiang");
        Assert.Equal(0, add.ExitCode);
        var token = Assert.Single(add.StandardOutput, line => line.StartsWith("brf_", StringComparison.Ordinal));
        var id = add.StandardOutput.Single(line => line.StartsWith("Created", StringComparison.Ordinal)).Split('(', ')')[1];

        await using var list = await HostProcess.RunCommandAsync(DataDir, "users", "list");
        Assert.Contains(list.StandardOutput, line => line.Contains(id, StringComparison.Ordinal) && line.Contains("contributor", StringComparison.Ordinal)
            && line.Contains("qijiang", StringComparison.Ordinal) && line.Contains("綦江区联络员", StringComparison.Ordinal));
        Assert.DoesNotContain(token, list.Output, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, await GetUsersAsync(service, token)); // known, but a contributor

        await using var revoke = await HostProcess.RunCommandAsync(DataDir, "users", "revoke", id);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await GetUsersAsync(service, token));
    }

    [Fact]
    public async Task users_add_with_password_stdin_lets_the_person_sign_in_and_never_echoes_the_password()
    {
        const string password = "typed into stdin 2026";
        await using var service = HostProcess.Start(DataDir);
        Assert.True(await service.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), service.Output);

        await using var add = await HostProcess.RunCommandWithInputAsync(DataDir, password + "\n", "users", "add", "--name", "编辑甲", "--role", "editor", "--password-stdin");
        await using var weak = await HostProcess.RunCommandWithInputAsync(DataDir, "short\n", "users", "add", "--name", "编辑乙", "--role", "editor", "--password-stdin");

        Assert.True(add.ExitCode == 0, add.Output);
        Assert.DoesNotContain(password, add.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, weak.ExitCode);
        Assert.Contains("at least 10 characters", weak.StandardError, StringComparison.Ordinal);
        using var http = new HttpClient();
        using var signIn = await http.PostAsJsonAsync(new Uri(service.Url, "/api/session"), new { name = "编辑甲", password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task users_add_with_an_invalid_role_fails_and_says_why()
    {
        await using var add = await HostProcess.RunCommandAsync(DataDir, "users", "add", "--name", "x", "--role", "owner");

        Assert.NotEqual(0, add.ExitCode);
        Assert.Contains("role must be one of", add.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task the_first_start_writes_an_admin_token_readable_only_by_the_service_account_and_logs_where_not_what()
    {
        var tokenFile = Path.Combine(DataDir, "admin.token");
        string token;
        await using (var first = HostProcess.Start(DataDir))
        {
            Assert.True(await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), first.Output);
            token = (await File.ReadAllTextAsync(tokenFile)).Trim();
            Assert.StartsWith("brf_", token, StringComparison.Ordinal);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(tokenFile));
            Assert.Contains(tokenFile, first.Output, StringComparison.Ordinal);
            Assert.DoesNotContain(token, first.Output, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, await GetUsersAsync(first, token));
        }

        var written = File.GetLastWriteTimeUtc(tokenFile);
        await using var second = HostProcess.Start(DataDir);
        Assert.True(await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(60)), second.Output);
        Assert.Equal(written, File.GetLastWriteTimeUtc(tokenFile));
        Assert.Equal(HttpStatusCode.OK, await GetUsersAsync(second, token));
    }

    private static async Task<HttpStatusCode> GetUsersAsync(HostProcess service, string token)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(service.Url, "/api/admin/users"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
