using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Service;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Notifications;

/// <summary>
/// A notice to a request's customer: mailed when the customer gave an e-mail address, otherwise logged as not
/// sent (no SMS gateway is configured), so the outbox does not retry it forever.
/// </summary>
public sealed class CustomerNoticeOutboxHandler(OrchestratorDbContext db, IBackgroundJobClient jobs, ILogger<CustomerNoticeOutboxHandler> logger)
    : IOutboxHandler
{
    public string Kind => CustomerNotice.OutboxKind;

    public async Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<CustomerNotice>(item.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox row {item.Id} holds no customer notice.");
        MailTemplates.Get(notice.Template);
        var email = notice.CustomerId is { } id
            ? await db.Customers.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Email).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (email is null)
        {
            logger.LogInformation("Notice {Template} for {Request} not mailed: the customer has no e-mail address", notice.Template, notice.RequestNumber);
            return;
        }
        var request = new MailRequest(notice.Template, [email], notice.Culture, notice.Data);
        jobs.Enqueue<SendMailJob>(job => job.RunAsync($"outbox:{item.Id}", request, CancellationToken.None));
    }
}
