using System.Text.Json;
using Hangfire;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Notifications;

/// <summary>Turns a committed mail request into a Hangfire job, which retries until the server takes it.</summary>
public sealed class MailOutboxHandler(IBackgroundJobClient jobs) : IOutboxHandler
{
    public const string OutboxKind = "mail";

    public string Kind => OutboxKind;

    public Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<MailRequest>(item.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox row {item.Id} holds no mail request.");
        MailTemplates.Get(request.Template);
        jobs.Enqueue<SendMailJob>(job => job.RunAsync($"outbox:{item.Id}", request, null, CancellationToken.None));
        return Task.CompletedTask;
    }
}
