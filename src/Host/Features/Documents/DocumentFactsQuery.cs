using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// Reads a request's facts through the company-filtered DbContext: another company's request is not found.
/// The fee bill is the one numbered by the request; deposits are the account's held since the request came in.
/// </summary>
public sealed class DocumentFactsQuery(OrchestratorDbContext db, IWorkflowRuntime runtime, IOptions<DocumentsOptions> options)
{
    public async Task<DocumentFacts?> LoadAsync(Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null) return null;
        var company = await db.Companies.AsNoTracking().SingleAsync(c => c.Id == request.CompanyId, cancellationToken);
        var customer = request.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken)
            : null;
        var account = request.AccountId is { } accountId
            ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            : null;
        var feeBill = account is null ? null : await db.Bills.AsNoTracking()
            .SingleOrDefaultAsync(b => b.AccountId == account.Id && b.Period == request.Number, cancellationToken);
        var since = ChinaTime.DateOf(request.CreatedAt);
        var deposits = account is null ? [] : await db.Deposits.AsNoTracking()
            .Where(d => d.AccountId == account.Id && d.HeldOn >= since).OrderBy(d => d.HeldOn).ToListAsync(cancellationToken);
        var tariff = account is null ? null : await db.Tariffs.AsNoTracking()
            .Where(t => t.WaterNature == account.WaterNature).OrderBy(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        // The clerk is whoever recorded the intake line; the flow's own first lines are written by "系统" at the same instant.
        var intakeLine = $"{ChannelNames.Of(request.Channel)}提交申请";
        var clerk = await db.RequestTimeline.AsNoTracking().Where(e => e.RequestId == request.Id && e.Text == intakeLine)
            .Select(e => e.Actor).FirstOrDefaultAsync(cancellationToken) ?? "";
        var variables = request.ProcessInstanceId is { } instanceId
            ? (await runtime.GetInstanceAsync(instanceId, cancellationToken))?.Variables
            : null;
        return new DocumentFacts(request, company, options.Value.HotlineOf(company.Code), customer, account, feeBill, deposits,
            tariff, clerk, variables ?? new Dictionary<string, object?>());
    }
}
