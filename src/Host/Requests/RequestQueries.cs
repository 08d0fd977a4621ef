using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Host.Requests;

/// <summary>Reads one request with its open steps (and their due dates), fees, deposits and timeline.</summary>
public sealed class RequestQueries(OrchestratorDbContext db, IWorkflowRuntime runtime, Features.Exceptions.OpenIncidentsQuery incidents,
    Features.Waiting.WaitingForCustomerQuery waiting,
    Workflows.HolidayCalendarCache calendars)
{
    public async Task<RequestDetails> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var request = await db.ServiceRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new DomainException("request.not-found", $"There is no request {id} in your company.");
        var account = request.AccountId is { } accountId
            ? await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken)
            : null;
        var fees = account is null ? [] : await db.Bills.AsNoTracking()
            .Where(b => b.AccountId == account.Id && b.Period == request.Number).ToListAsync(cancellationToken);
        var since = ChinaTime.DateOf(request.CreatedAt);
        var deposits = account is null ? [] : await db.Deposits.AsNoTracking()
            .Where(d => d.AccountId == account.Id && d.HeldOn >= since).ToListAsync(cancellationToken);
        var timeline = await db.RequestTimeline.AsNoTracking().Where(e => e.RequestId == request.Id).ToListAsync(cancellationToken);
        var (steps, active) = await OpenStepsAsync(request, cancellationToken);
        var names = RequiredDocuments.For(request.Type, request.ApplicantKind).ToDictionary(d => d.Code);
        var failed = await incidents.OfRequestAsync(request.Number, cancellationToken);
        var status = failed.Count > 0 && request.IsOpen ? IncidentStatus : request.Status.ToString();

        return new RequestDetails(
            request.Id, request.Number, request.Type.ToString(), status, request.ApplicantKind.ToString(),
            request.Channel.ToString(), request.Address, request.Details, request.CustomerId, account?.Number.Value,
            request.CreatedAt, request.ClosedAt, request.ProcessInstanceId, active,
            [.. request.Documents.Select(d => new RequestDocument(d.Code, names.GetValueOrDefault(d.Code)?.NameZh ?? d.Code, names.GetValueOrDefault(d.Code)?.NameEn ?? d.Code, d.Provided))],
            steps,
            [.. fees.Select(Fee)],
            [.. deposits.Select(d => new RequestDeposit(d.Id, d.Kind.ToString(), d.Amount, d.Status.ToString(), d.HeldOn, d.RefundDueOn))],
            [.. timeline.OrderBy(e => e.At).Select(e => new RequestEvent(e.At, e.Actor, e.Text))],
            failed,
            [.. (await waiting.OfRequestsAsync([request.Number], cancellationToken))[request.Number]]);
    }

    /// <summary>The status a request reads while a step of its flow has failed and waits for a person (异常).</summary>
    public const string IncidentStatus = "Incident";

    private async Task<(IReadOnlyList<RequestStep>, IReadOnlyList<string>)> OpenStepsAsync(ServiceRequest request, CancellationToken cancellationToken)
    {
        if (request.ProcessInstanceId is not { } instanceId) return ([], []);
        var tasks = await runtime.QueryTasksAsync(new UserTaskQuery(InstanceId: instanceId), cancellationToken);
        var instance = await runtime.GetInstanceAsync(instanceId, cancellationToken);
        var steps = tasks.OrderBy(t => t.CreatedAt)
            .Select(t => new RequestStep(t.Id, t.ElementId, t.Name, t.CandidateGroupList(), t.Assignee, t.CreatedAt, t.DueAt, t.FormKey,
                t.DueAt is { } due && calendars.Calendar.IsProvisional(Domain.Calendar.ChinaTime.DateOf(t.CreatedAt), Domain.Calendar.ChinaTime.DateOf(due))))
            .ToList();
        return (steps, instance?.ActiveElementIds ?? []);
    }

    private static RequestFee Fee(Bill b) => new(b.Id, b.Amount, b.AmountPaid, b.Outstanding, b.Status.ToString(), b.IssuedOn);
}
