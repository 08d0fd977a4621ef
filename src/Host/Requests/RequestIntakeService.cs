using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Intake;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Requests;

/// <summary>
/// Takes a request in: registers a new applicant, numbers the request, ticks the documents brought and
/// starts its flow with the request number as business key. Request, customer and the flow's first steps
/// commit together (the flow's first step attaches the process to the request).
/// </summary>
public sealed class RequestIntakeService(OrchestratorDbContext db, IWorkflowRuntime runtime, TimeProvider clock, IntakeRules rules)
{
    /// <summary>
    /// Request numbers are unique across the group, because payments and messages find their flow by number.
    /// The number is taken from the day's counter row in the intake's own transaction (see
    /// <see cref="RequestNumberCounter"/>): the request, its number, the customer and the flow's first steps
    /// commit together or not at all.
    /// </summary>
    public async Task<SubmittedRequest> SubmitAsync(SubmitRequest command, Guid companyId, string actor, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
            return await SubmitOnceAsync(command, companyId, actor, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var submitted = await SubmitOnceAsync(command, companyId, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return submitted;
    }

    private async Task<SubmittedRequest> SubmitOnceAsync(SubmitRequest command, Guid companyId, string actor, CancellationToken cancellationToken)
    {
        // The wizard's rules, all at once: every field to correct is named before anything is written.
        var problems = new Dictionary<string, string>(rules.Applicant(command.NewApplicant));
        var check = await rules.RequestAsync(command.Type, command.AccountNumber, command.Address, cancellationToken);
        foreach (var (field, problem) in check.Problems) problems.TryAdd(field, problem);
        if (problems.Count > 0) throw new InvalidFieldsException(problems);
        var type = command.Type!.Value;
        var processKey = RequestProcesses.KeyOf(type);
        var account = check.Account;
        var customer = await ApplicantAsync(command, companyId, cancellationToken);
        var customerId = customer?.Id ?? account?.CustomerId;
        var now = clock.GetUtcNow();
        var intake = new RequestIntake(companyId, type, command.ApplicantKind, command.Channel,
            command.Address is { Length: > 0 } address ? address : account?.Address ?? "", command.Details ?? "", customerId, account?.Id);
        var request = ServiceRequest.Submit(intake, await NextSequenceAsync(type, now, cancellationToken), now);
        foreach (var code in command.DocumentsProvided ?? []) request.MarkDocumentProvided(code);
        db.ServiceRequests.Add(request);
        db.RequestTimeline.Add(RequestTimelineEntry.Record(request, now, actor, $"{ChannelNames.Of(command.Channel)}提交申请"));

        var instanceId = await runtime.StartAsync(
            processKey, request.Number, StartVariables(request, account, customer), request.CompanyId, cancellationToken);
        return new SubmittedRequest(request.Id, request.Number, instanceId);
    }

    private async Task<Customer?> ApplicantAsync(SubmitRequest command, Guid companyId, CancellationToken cancellationToken)
    {
        if (command.CustomerId is { } id)
            return await db.Customers.FindAsync([id], cancellationToken) is { } found && found.CompanyId == companyId
                ? found
                : throw new DomainException("customer.not-found", rules.CustomerNotFound);
        if (command.NewApplicant is not { } applicant) return null;
        var idNumber = applicant.IdNumber.Trim().ToUpperInvariant();
        var known = await db.Customers.FirstOrDefaultAsync(c => c.CompanyId == companyId && c.IdNumber == idNumber, cancellationToken);
        if (known is not null) return known;
        var customer = Customer.Register(companyId, applicant.Kind, applicant.Name, applicant.IdNumber, applicant.Phones ?? []);
        db.Customers.Add(customer);
        return customer;
    }

    private Task<int> NextSequenceAsync(ServiceRequestType type, DateTimeOffset now, CancellationToken cancellationToken) =>
        RequestNumberCounter.TakeNextAsync(db, type, now, cancellationToken);

    private static Dictionary<string, object?> StartVariables(ServiceRequest request, Account? account, Customer? customer) => new()
    {
        ["requestId"] = request.Id.ToString(),
        ["companyId"] = request.CompanyId.ToString(),
        ["requestNumber"] = request.Number,
        ["requestType"] = request.Type.ToString(),
        ["applicantKind"] = request.ApplicantKind.ToString(),
        ["channel"] = request.Channel.ToString(),
        ["customerId"] = request.CustomerId?.ToString(),
        ["customerName"] = customer?.Name,
        ["accountNumber"] = account?.Number.Value,
        ["address"] = request.Address,
        ["details"] = request.Details,
    };
}
