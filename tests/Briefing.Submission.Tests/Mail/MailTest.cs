using Briefing.Identity.Contracts;
using Briefing.Submission.Intake;
using Briefing.Submission.Mailboxes;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;
using MimeKit;

namespace Briefing.Submission.Tests.Mail;

[CollectionDefinition(MailAppFixture.Collection)]
public sealed class MailAppDefinition : ICollectionFixture<MailAppFixture>;

/// <summary>A series with its mailbox on a Dovecot of the test's own, 綦江区 with its sender address and one liaison.</summary>
public abstract class MailTest(MailAppFixture app) : AppTest<MailAppFixture>(app)
{
    public const string SeriesId = Given.SeriesId;

    protected Dovecot Server { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Server = await Dovecot.StartAsync();
    }

    public override async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>The series, 綦江区 sending from <see cref="TestMail.QijiangAddress"/> with one liaison, and the mailbox (an hour between polls: tests poll when they mean to).</summary>
    protected async Task WithQijiangMailboxAsync(int pollSeconds = 3600)
    {
        await App.SeriesAsync();
        await App.OrganisationAsync("qijiang", "綦江区");
        await App.CreateUserAsync(Roles.Contributor, "qijiang", "綦江区联络员");
        await App.SendAndWaitAsync("PUT", "/api/orgs/qijiang/senders", App.AdminToken, 200, new { addresses = new[] { TestMail.QijiangAddress } });
        await ConfigureMailboxAsync(pollSeconds);
    }

    protected async Task<MailboxResponse> ConfigureMailboxAsync(int pollSeconds = 3600, string security = "none", string? password = null, string? takenFolder = null) =>
        await ReadAsync<MailboxResponse>(await App.SendAsync("PUT", $"/api/series/{SeriesId}/mailbox", App.AdminToken, 200, new
        {
            host = "127.0.0.1", port = Server.Port, security, user = Server.User, password = password ?? Server.Password, pollSeconds, takenFolder,
        }));

    protected void Deliver(MimeMessage message) => Server.Deliver(TestMail.Bytes(message));

    /// <summary>Polls the mailbox now; answers the mailbox with this poll's outcome.</summary>
    protected async Task<MailboxResponse> PollAsync() =>
        await ReadAsync<MailboxResponse>(await App.SendAsync("POST", $"/api/series/{SeriesId}/mailbox/poll", App.AdminToken, 200, new { }));

    protected async Task<IReadOnlyList<SubmissionResponse>> SubmissionsAsync() =>
        (await ReadAsync<SubmissionPage>(await App.SendAsync("GET", $"/api/submissions?seriesId={SeriesId}", App.AdminToken, 200))).Items;

    protected async Task<IReadOnlyList<IntakeEntry>> IntakeAsync() =>
        await ReadAsync<IReadOnlyList<IntakeEntry>>(await App.SendAsync("GET", $"/api/intake?seriesId={SeriesId}", App.AdminToken, 200));

    protected static async Task<T> ReadAsync<T>(Alba.IScenarioResult result) => (await result.ReadAsJsonAsync<T>())!;
}
