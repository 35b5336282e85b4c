using Briefing.Host.Tests.Probes.Sender;
using Marten;

namespace Briefing.Host.Tests.Probes.Receiver;

public sealed class ProbeReceipt
{
    public Guid Id { get; set; }
    public string Text { get; set; } = "";
}

public sealed record ProbeReceived(string Text);

public static class ProbeSentHandler
{
    public static ProbeAcknowledged Handle(ProbeSent message, IDocumentSession session)
    {
        session.Store(new ProbeReceipt { Id = message.Id, Text = message.Text });
        session.Events.Append(message.Id, new ProbeReceived(message.Text));
        return new ProbeAcknowledged(message.Id);
    }
}
