using System.Text.Json;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Features.Notifications;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Service;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Notifications;

/// <summary>
/// A notice to a request's customer: mailed when the customer gave an e-mail address; otherwise (no SMS
/// gateway is configured) the timeline says 通知失败 and the customer is put on the service center's call list.
/// </summary>
public sealed class CustomerNoticeOutboxHandler(
    OrchestratorDbContext db, IBackgroundJobClient jobs, NoticeTimeline timeline, TimeProvider clock, ILogger<CustomerNoticeOutboxHandler> logger)
    : IOutboxHandler
{
    private const string NoEmail = "客户未留电子邮箱。";

    public string Kind => CustomerNotice.OutboxKind;

    public async Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken)
    {
        var notice = JsonSerializer.Deserialize<CustomerNotice>(item.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox row {item.Id} holds no customer notice.");
        MailTemplates.Get(notice.Template);
        var customer = notice.CustomerId is { } id
            ? await db.Customers.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => new { c.Id, c.CompanyId, c.Email }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (customer?.Email is not { } email)
        {
            logger.LogInformation("Notice {Template} for {Request} not mailed: the customer has no e-mail address", notice.Template, notice.RequestNumber);
            if (customer is not null && !await db.Set<CustomerCall>().IgnoreQueryFilters().AnyAsync(c => c.CustomerId == customer.Id
                    && c.RequestNumber == notice.RequestNumber && c.Template == notice.Template && c.CalledAt == null, cancellationToken))
                db.Add(new CustomerCall
                {
                    Id = Guid.NewGuid(), CompanyId = customer.CompanyId, CustomerId = customer.Id, RequestNumber = notice.RequestNumber,
                    Template = notice.Template, Reason = NoEmail, CreatedAt = clock.GetUtcNow(),
                });
            await db.SaveChangesAsync(cancellationToken);
            await timeline.FailedAsync(notice.RequestNumber, notice.Template, NoEmail + "已列入电话通知名单。", cancellationToken);
            return;
        }
        var request = new MailRequest(notice.Template, [email], notice.Culture, notice.Data, notice.RequestNumber);
        jobs.Enqueue<SendMailJob>(job => job.RunAsync($"outbox:{item.Id}", request, null, CancellationToken.None));
    }
}
