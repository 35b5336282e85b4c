using System.Net;
using System.Net.Http.Headers;
using Briefing.Host.Tests.Probes;
using Briefing.Host.Tests.Probes.Sender;
using Briefing.Testing;
using Serilog.Events;

namespace Briefing.Host.Tests.Errors;

[Collection(ProbeFixture.Collection)]
public sealed class CancelledRequestTests(ProbeFixture app) : AppTest<ProbeFixture>(app)
{
    [Fact]
    public async Task a_client_that_goes_away_while_the_endpoint_works_is_one_information_line_and_no_error()
    {
        ProbeEndpoints.EndlessEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await CancelAsync(new HttpRequestMessage(HttpMethod.Get, "/api/probes/endless"), ProbeEndpoints.EndlessEntered.Task);

        AssertLoggedAsCancelled("GET", "/api/probes/endless");
    }

    [Fact]
    public async Task a_client_that_goes_away_while_sending_the_body_is_one_information_line_and_no_error()
    {
        var body = new HalfSentBody("{\"seriesId\": \"jiaoyu-qiangshi\", \"body\": \"綦江区", "application/json");
        await CancelAsync(new HttpRequestMessage(HttpMethod.Post, "/api/submissions") { Content = body }, body.Sent);

        AssertLoggedAsCancelled("POST", "/api/submissions");
    }

    /// <summary>Sends the request, gives up on it once it is under way, and waits until the host logged how it ended.</summary>
    private async Task CancelAsync(HttpRequestMessage request, Task underWay)
    {
        using var client = App.Host.Server.CreateClient();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", App.AdminToken);
        using var giveUp = new CancellationTokenSource();
        var sending = client.SendAsync(request, giveUp.Token);
        await underWay.WaitAsync(TimeSpan.FromSeconds(10));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        // The request's line is the last it logs: the request log is the outermost middleware.
        await App.Log.WaitForAsync(e => e.Properties.ContainsKey("RequestPath"));
    }

    private void AssertLoggedAsCancelled(string method, string path)
    {
        var lines = string.Join("\n", App.Log.Lines());
        Assert.DoesNotContain(App.Log.Events, e => e.Level >= LogEventLevel.Warning);
        Assert.DoesNotContain(App.Log.Events, e => e.Exception is not null);
        Assert.DoesNotContain(" at ", lines, StringComparison.Ordinal);
        var request = Assert.Single(App.Log.Events, e => e.Properties.ContainsKey("RequestPath"));
        Assert.Equal(LogEventLevel.Information, request.Level);
        Assert.StartsWith($"HTTP \"{method}\" \"{path}\" cancelled by the client after ", request.RenderMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.True(request.Properties.ContainsKey("Elapsed"), lines);
    }

    /// <summary>A body whose first part goes out and whose rest never comes: the client stalls mid-upload.</summary>
    private sealed class HalfSentBody(string firstPart) : HttpContent
    {
        private readonly TaskCompletionSource _sent = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HalfSentBody(string firstPart, string contentType)
            : this(firstPart) => Headers.ContentType = new MediaTypeHeaderValue(contentType);

        public Task Sent => _sent.Task;

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(firstPart), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            _sent.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
