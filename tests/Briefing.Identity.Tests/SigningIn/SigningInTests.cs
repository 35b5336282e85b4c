using Alba;
using Briefing.Identity.Contracts;
using Briefing.Identity.SigningIn;
using Briefing.Testing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Briefing.Identity.Tests.SigningIn;

[Collection(SharedApp.Collection)]
public sealed class SigningInTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private const string Password = "correct horse 电池";

    [Fact]
    public async Task signing_in_sets_an_http_only_same_site_strict_cookie_that_authenticates_the_api()
    {
        var editor = await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);

        var answer = (await (await browser.SignInAsync("编辑甲", Password)).ReadAsJsonAsync<SessionAnswer>())!;

        Assert.Equal(new SessionUser(editor.Id, "编辑甲", Roles.Editor, null), answer.User);
        Assert.False(string.IsNullOrEmpty(answer.CsrfToken));
        Assert.True(ConsoleBrowser.HasAttribute(browser.SetCookieHeader!, "httponly"), browser.SetCookieHeader);
        Assert.True(ConsoleBrowser.HasAttribute(browser.SetCookieHeader!, "samesite=strict"), browser.SetCookieHeader);
        var session = (await (await browser.SendAsync("GET", "/api/session", 200)).ReadAsJsonAsync<SessionAnswer>())!;
        Assert.Equal(answer, session);
        await browser.SendAsync("GET", "/api/review/queue?seriesId=jiaoyu-qiangshi", 200);
    }

    [Fact]
    public async Task a_wrong_password_and_an_unknown_name_get_the_same_answer_and_both_are_recorded()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);

        var wrongPassword = (await (await browser.SignInAsync("编辑甲", "not the password", 401)).ReadAsJsonAsync<ProblemDetails>())!;
        var unknownName = (await (await browser.SignInAsync("无此人", Password, 401)).ReadAsJsonAsync<ProblemDetails>())!;

        Assert.Equal(SignInEndpoint.WrongNameOrPassword, wrongPassword.Detail);
        Assert.Equal(wrongPassword.Detail, unknownName.Detail);
        Assert.Null(browser.Cookie);
        var record = await SignInsAsync("?outcome=failed");
        Assert.Equal(2, record.Total);
        Assert.Equal([SignInFailures.UnknownName, SignInFailures.WrongPassword], record.Items.Select(entry => entry.Reason));
        Assert.All(record.Items, entry => Assert.False(string.IsNullOrEmpty(entry.Address)));
        Assert.Equal("编辑甲", record.Items[1].User?.Name);
    }

    [Fact]
    public async Task every_sign_in_and_sign_out_is_recorded_with_the_user_time_and_address()
    {
        var editor = await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        await browser.SignInAsync("编辑甲", Password);
        await browser.SendAsync("DELETE", "/api/session", 204);

        var record = await SignInsAsync("?name=编辑甲");
        Assert.Equal([SignInOutcomes.SignedOut, SignInOutcomes.SignedIn], record.Items.Select(entry => entry.Outcome));
        Assert.All(record.Items, entry =>
        {
            Assert.Equal(editor.Id.ToString(), entry.User?.Id);
            Assert.InRange(entry.At, before, DateTimeOffset.UtcNow.AddMinutes(1));
            Assert.False(string.IsNullOrEmpty(entry.Address));
        });
    }

    [Fact]
    public async Task a_change_made_with_the_session_cookie_but_without_its_csrf_token_is_refused_and_changes_nothing()
    {
        await App.CreateUserAsync(Roles.Admin, name: "管理员乙", password: Password);
        var browser = new ConsoleBrowser(App);
        await browser.SignInAsync("管理员乙", Password);
        var organisation = new { id = "qijiang", name = "綦江区", kind = "district" };

        var refused = (await (await browser.SendAsync("POST", "/api/orgs", 403, organisation, withCsrfToken: false)).ReadAsJsonAsync<ProblemDetails>())!;

        Assert.Contains("X-CSRF-Token", refused.Detail, StringComparison.Ordinal);
        Assert.Equal("[]", (await (await browser.SendAsync("GET", "/api/orgs", 200)).ReadAsTextAsync()).Trim());
        await browser.SendAsync("POST", "/api/orgs", 201, organisation);
    }

    [Fact]
    public async Task after_five_failures_a_name_is_refused_for_a_while_even_with_the_right_password()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SignInAsync("编辑甲", $"guess number {attempt}", 401);
        }

        var throttled = await browser.SignInAsync("编辑甲", Password, 429);

        Assert.Null(browser.Cookie);
        Assert.InRange(int.Parse(throttled.Context.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture), 800, 900);
        Assert.Contains("登录失败次数过多", (await throttled.ReadAsJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        Assert.Equal(SignInFailures.Throttled, (await SignInsAsync("?name=编辑甲")).Items[0].Reason);
        await App.CreateUserAsync(Roles.Editor, name: "编辑丙", password: Password);
        await browser.SignInAsync("编辑丙", Password);
    }

    [Fact]
    public async Task signing_out_ends_the_session_even_for_a_copy_of_its_cookie()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);
        await browser.SignInAsync("编辑甲", Password);
        var copy = new ConsoleBrowser(App);
        await copy.SignInAsync("编辑甲", Password);
        var stolen = copy.Cookie;

        await copy.SendAsync("DELETE", "/api/session", 204);
        Assert.Null(copy.Cookie);

        var replayed = await App.Host.Scenario(s =>
        {
            s.Get.Url("/api/session");
            s.WithRequestHeader("Cookie", stolen!);
            s.StatusCodeShouldBe(401);
        });
        Assert.Equal(401, replayed.Context.Response.StatusCode);
        await browser.SendAsync("GET", "/api/session", 200);
    }

    [Fact]
    public async Task changing_the_password_keeps_this_session_ends_the_others_and_retires_the_old_password()
    {
        await App.CreateUserAsync(Roles.Contributor, orgId: "qijiang", name: "联络员甲", password: Password);
        var here = new ConsoleBrowser(App);
        await here.SignInAsync("联络员甲", Password);
        var elsewhere = new ConsoleBrowser(App);
        await elsewhere.SignInAsync("联络员甲", Password);

        await here.SendAsync("PUT", "/api/session/password", 400, new ChangePassword("wrong current", "a new password 2026"));
        await here.SendAsync("PUT", "/api/session/password", 400, new ChangePassword(Password, "short"));
        await here.SendAsync("PUT", "/api/session/password", 204, new ChangePassword(Password, "a new password 2026"));

        await here.SendAsync("GET", "/api/session", 200);
        await elsewhere.SendAsync("GET", "/api/session", 401);
        await new ConsoleBrowser(App).SignInAsync("联络员甲", Password, 401);
        await new ConsoleBrowser(App).SignInAsync("联络员甲", "a new password 2026");
    }

    [Fact]
    public async Task revoking_a_user_ends_their_console_session()
    {
        var editor = await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);
        await browser.SignInAsync("编辑甲", Password);

        await App.SendAsync("DELETE", $"/api/admin/users/{editor.Id}", App.AdminToken, 204);

        await browser.SendAsync("GET", "/api/session", 401);
    }

    [Fact]
    public async Task an_admin_sets_a_password_for_a_user_created_without_one()
    {
        var auditor = await App.CreateUserAsync(Roles.Auditor, name: "审计员甲");
        await new ConsoleBrowser(App).SignInAsync("审计员甲", Password, 401);

        await App.SendAsync("PUT", $"/api/admin/users/{auditor.Id}/password", App.AdminToken, 400, new { password = "too short" });
        await App.SendAsync("PUT", $"/api/admin/users/{auditor.Id}/password", App.AdminToken, 204, new { password = Password });

        await new ConsoleBrowser(App).SignInAsync("审计员甲", Password);
    }

    [Fact]
    public async Task a_short_password_or_a_name_an_active_user_has_creates_nobody()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);

        var weak = await App.SendAsync("POST", "/api/admin/users", App.AdminToken, 400, new { name = "编辑乙", role = Roles.Editor, password = "123456789" });
        var taken = await App.SendAsync("POST", "/api/admin/users", App.AdminToken, 409, new { name = "编辑甲", role = Roles.Editor });

        Assert.Contains("password", (await weak.ReadAsJsonAsync<ValidationProblemDetails>())!.Errors.Keys);
        Assert.Contains("编辑甲", (await taken.ReadAsJsonAsync<ProblemDetails>())!.Detail, StringComparison.Ordinal);
        var users = await App.ReadAsync<List<UserNamed>>("/api/admin/users", App.AdminToken);
        Assert.Equal(["admin", "编辑甲"], users.Select(user => user.Name).Order());
    }

    [Fact]
    public async Task the_password_is_in_no_response_no_log_line_and_no_event()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        await new ConsoleBrowser(App).SignInAsync("编辑甲", Password);
        await new ConsoleBrowser(App).SignInAsync("编辑甲", Password + "x", 401);

        var users = await App.SendAsync("GET", "/api/admin/users", App.AdminToken, 200);
        var events = (string)(await Sql.ScalarAsync(App.ConnectionString, "select string_agg(data::text, ' ') from events.mt_events"))!;

        Assert.DoesNotContain("password", (await users.ReadAsTextAsync()).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.DoesNotContain(Password, events, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", events, StringComparison.Ordinal);
        Assert.DoesNotContain(App.Log.Lines(), line => line.Contains(Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task the_sign_in_record_exports_as_csv_with_a_byte_order_mark_the_same_filters_and_every_matching_row()
    {
        var editor = await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        var browser = new ConsoleBrowser(App);
        await browser.SignInAsync("编辑甲", Password);
        await browser.SendAsync("DELETE", "/api/session", 204);
        await new ConsoleBrowser(App).SignInAsync("编辑甲", "not the password", 401);
        await new ConsoleBrowser(App).SignInAsync("无此人", Password, 401);

        var response = await App.SendAsync("GET", "/api/audit/sign-ins?format=csv&name=编辑甲&pageSize=1", App.AdminToken, 200);

        var bytes = await BytesAsync(response);
        Assert.Equal(System.Text.Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("text/csv", response.Context.Response.ContentType, StringComparison.Ordinal);
        var disposition = ContentDispositionHeaderValue.Parse(response.Context.Response.Headers.ContentDisposition.ToString());
        Assert.Equal(("attachment", "sign-ins.csv", "登录记录.csv"), (disposition.DispositionType.ToString(), disposition.FileName.ToString().Trim('"'), disposition.FileNameStar.ToString()));
        var rows = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(row => row.Split(',')).ToList();
        var json = await SignInsAsync("?name=编辑甲");
        Assert.Equal(["at", "outcome", "name", "userId", "address", "userAgent", "reason"], rows[0]);
        Assert.Equal(3, rows.Count - 1); // every row, whatever the page size
        Assert.Equal([SignInOutcomes.Failed, SignInOutcomes.SignedOut, SignInOutcomes.SignedIn], rows.Skip(1).Select(row => row[1]));
        Assert.All(rows.Skip(1), row => Assert.Equal(("编辑甲", editor.Id.ToString()), (row[2], row[3])));
        Assert.Equal(json.Items.Select(entry => (entry.At, entry.Address, entry.Reason ?? "")),
            rows.Skip(1).Select(row => (DateTimeOffset.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture), row[4], row[6])));
        var failed = System.Text.Encoding.UTF8.GetString(await BytesAsync(await App.SendAsync("GET", "/api/audit/sign-ins?format=csv&outcome=failed", App.AdminToken, 200)));
        Assert.Equal(3, failed.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length); // the header and both failures
        await App.SendAsync("GET", "/api/audit/sign-ins?format=xml", App.AdminToken, 400);
    }

    [Fact]
    public async Task an_export_of_more_than_a_hundred_thousand_sign_ins_is_refused_asking_for_a_narrower_range()
    {
        await App.CreateUserAsync(Roles.Editor, name: "编辑甲", password: Password);
        await new ConsoleBrowser(App).SignInAsync("编辑甲", Password);
        // 100,000 copies of that one sign-in, beneath the API.
        await Sql.ExecuteAsync(App.ConnectionString,
            "insert into identity.mt_doc_signinrecord select (jsonb_populate_record(r, jsonb_build_object('id', gen_random_uuid()))).* " +
            "from identity.mt_doc_signinrecord r, generate_series(1, 100000)");

        var refused = await App.SendAsync("GET", "/api/audit/sign-ins?format=csv", App.AdminToken, 400);

        var problem = (await refused.ReadAsJsonAsync<ValidationProblemDetails>())!;
        Assert.NotEmpty(problem.Errors);
        Assert.Contains("Narrow the range", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(100_001, (await SignInsAsync("?pageSize=1")).Total);
    }

    private static async Task<byte[]> BytesAsync(IScenarioResult response)
    {
        using var copy = new MemoryStream();
        await response.Context.Response.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    private Task<SignInPage> SignInsAsync(string query) => App.ReadAsync<SignInPage>($"/api/audit/sign-ins{query}", App.AdminToken);

    private sealed record UserNamed(string Name);
}
