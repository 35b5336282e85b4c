using System.Net.Sockets;
using Briefing.Host.Outages;
using Marten.Exceptions;
using Npgsql;

namespace Briefing.Host.Tests.Faults;

/// <summary>Which failures count as "the database is unavailable" (a 503 to retry) and which are bugs or the request's fault.</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public void a_refused_connection_wrapped_by_marten_is_an_outage()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        Assert.True(DatabaseOutage.IsCause(new MartenCommandException(null!, refused)));
        Assert.True(DatabaseOutage.IsCause(new InvalidOperationException("outer", new AggregateException(refused))));
    }

    [Theory]
    [InlineData("57P01")] // admin_shutdown
    [InlineData("57P02")] // crash_shutdown
    [InlineData("57P03")] // cannot_connect_now
    [InlineData("08006")] // connection_failure
    [InlineData("53300")] // too_many_connections
    public void a_server_that_is_going_down_starting_or_full_is_an_outage(string sqlState) =>
        Assert.True(DatabaseOutage.IsCause(new PostgresException("down", "FATAL", "FATAL", sqlState)));

    [Theory]
    [InlineData("23505")] // unique_violation
    [InlineData("40001")] // serialization_failure
    [InlineData("42P01")] // undefined_table
    [InlineData("28P01")] // invalid_password
    public void an_error_the_server_answered_with_is_no_outage(string sqlState) =>
        Assert.False(DatabaseOutage.IsCause(new MartenCommandException(null!, new PostgresException("no", "ERROR", "ERROR", sqlState))));

    [Fact]
    public void a_bug_is_no_outage()
    {
        Assert.False(DatabaseOutage.IsCause(new InvalidOperationException("bug")));
        Assert.False(DatabaseOutage.IsCause(new TimeoutException("a timeout of our own")));
    }

    [Fact]
    public void the_log_reason_names_the_cause_in_one_line_without_a_stack_trace()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        var reason = DatabaseUnavailable.Reason(new MartenCommandException(null!, refused));
        Assert.StartsWith("Failed to connect to 127.0.0.1:5432: ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void connections_give_up_within_a_second_unless_the_connection_string_says_otherwise()
    {
        Assert.Equal(1, new NpgsqlConnectionStringBuilder(FailFastConnections.Apply("Host=db;Username=u;Password=p;Database=briefing")).Timeout);
        Assert.Equal("Host=db;Username=u;Password=p;Timeout=7", FailFastConnections.Apply("Host=db;Username=u;Password=p;Timeout=7"));
        Assert.Equal("p", new NpgsqlConnectionStringBuilder(FailFastConnections.Apply("Host=db;Username=u;Password=p")).Password);
    }

    [Fact]
    public void waits_grow_and_stop_growing()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), WaitForTheDatabase.PauseAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(1), WaitForTheDatabase.PauseAfter(3));
        Assert.Equal(WaitForTheDatabase.LongestPause, WaitForTheDatabase.PauseAfter(400));
        Assert.Equal(TimeSpan.FromSeconds(1), EmbeddedPostgresSupervisor.WaitAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(8), EmbeddedPostgresSupervisor.WaitAfter(4));
        Assert.Equal(EmbeddedPostgresSupervisor.LongestWait, EmbeddedPostgresSupervisor.WaitAfter(1000));
    }

    [Fact]
    public void a_read_is_retried_at_once_after_a_quick_failure_but_not_after_a_timeout()
    {
        Assert.True(QuickReadRetry.IsQuickTransientFailure(new NpgsqlException("Exception while reading from stream", new EndOfStreamException())));
        Assert.False(QuickReadRetry.IsQuickTransientFailure(new NpgsqlException("The operation has timed out", new TimeoutException())));
        Assert.False(QuickReadRetry.IsQuickTransientFailure(new PostgresException("no", "ERROR", "ERROR", "23505")));
    }
}
