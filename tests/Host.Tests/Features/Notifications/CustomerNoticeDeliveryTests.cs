using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Notifications;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Activities.Service;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Features.Notifications;

/// <summary>
/// A notice to a request's customer through the Host's own Hangfire (its serializer and job storage) to the
/// real SMTP server: the timeline says 已通知 once the mail arrived, 通知失败 with the reason when it cannot.
/// </summary>
public abstract class CustomerNoticeDeliveryTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly TDatabase database = new();
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var (smtpHost, smtpPort) = TestSmtpServer.Endpoint;
        host = new HostFactory(database, demoCustomers: 2, configure: web =>
        {
            web.UseSetting("Mail:SmtpHost", smtpHost);
            web.UseSetting("Mail:SmtpPort", smtpPort.ToString());
        });
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public void The_mail_job_of_a_notice_to_one_address_round_trips_through_hangfires_storage()
    {
        var request = new MailRequest(MailTemplates.FeeDue, ["one@example.test"], "zh-CN", new() { ["amount"] = "12.50" }, "XZ0000000000001");
        var jobs = host.Services.GetRequiredService<IBackgroundJobClient>();
        var storage = host.Services.GetRequiredService<JobStorage>();

        var id = jobs.Schedule<SendMailJob>(job => job.RunAsync("roundtrip", request, null, CancellationToken.None), TimeSpan.FromDays(1));
        using var connection = storage.GetConnection();
        var stored = connection.GetJobData(id);
        var serialized = InvocationData.SerializeJob(Job.FromExpression<SendMailJob>(job => job.RunAsync("roundtrip", request, null, CancellationToken.None)));

        Assert.Null(stored.LoadException);
        var read = Assert.IsType<MailRequest>(stored.Job.Args[1]);
        Assert.Equal(["one@example.test"], read.To);
        Assert.Equal("XZ0000000000001", read.RequestNumber);
        Assert.Equal(["one@example.test"], Assert.IsType<MailRequest>(serialized.DeserializeJob().Args[1]).To);
        jobs.Delete(id);
    }

    [Fact]
    public async Task A_notice_to_a_customer_with_an_email_arrives_and_only_then_the_timeline_says_notified()
    {
        var address = $"notice-{Guid.NewGuid():N}@example.test";
        var number = await RequestForCustomerAsync(address);

        await DispatchNoticeAsync(number);

        var mail = Assert.Single(await TestSmtpServer.ReceivedForAsync(address, m => (m.Subject ?? "").Contains(number)));
        Assert.Contains(number, mail.Subject);
        var line = await TimelineLineAsync(number, "已通知用户");
        Assert.Contains(address, line);
        Assert.DoesNotContain(await TimelineAsync(number), t => t.StartsWith("通知失败"));
    }

    [Fact]
    public async Task A_customer_without_an_email_gets_a_failed_notice_on_the_timeline_naming_why()
    {
        var number = await RequestForCustomerAsync(null);

        await DispatchNoticeAsync(number);

        Assert.Contains("未留电子邮箱", await TimelineLineAsync(number, "通知失败"));
        Assert.DoesNotContain(await TimelineAsync(number), t => t.StartsWith("已通知"));
    }

    [Fact]
    public async Task A_customer_without_an_email_is_on_the_service_centers_call_list_until_a_clerk_records_the_call()
    {
        var number = await RequestForCustomerAsync(null);
        await DispatchNoticeAsync(number);
        await DispatchNoticeAsync(number); // an outbox row handled twice lists the customer once

        var call = Assert.Single(await CallsAsync("clerk"), c => c.RequestNumber == number);
        Assert.Equal("通知测试", call.CustomerName);
        Assert.Equal(["13900139000"], call.Phones);
        Assert.Contains(await CallsAsync("duty"), c => c.RequestNumber == number);
        Assert.DoesNotContain(await CallsAsync("dz-clerk"), c => c.RequestNumber == number);
        Assert.Empty(await CallsAsync("design"));

        Assert.Equal(CallRecorded.Forbidden, await RecordCallAsync("design", call.Id));
        Assert.Equal(CallRecorded.NotFound, await RecordCallAsync("dz-clerk", call.Id));
        Assert.Equal(CallRecorded.Recorded, await RecordCallAsync("clerk", call.Id));
        Assert.Equal(CallRecorded.NotFound, await RecordCallAsync("duty", call.Id));

        Assert.DoesNotContain(await CallsAsync("clerk"), c => c.RequestNumber == number);
        Assert.Contains("已电话通知用户", await TimelineLineAsync(number, "已电话通知"));
    }

    private async Task<IReadOnlyList<CallListItem>> CallsAsync(string userName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CallListQuery>().OpenAsync(await PrincipalAsync(scope, userName))).Items;
    }

    private async Task<CallRecorded> RecordCallAsync(string userName, Guid callId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RecordCustomerCalled>().ExecuteAsync(await PrincipalAsync(scope, userName), callId);
    }

    private static async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(AsyncServiceScope scope, string userName)
    {
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Orchestrator.Host.Identity.ApplicationUser>>();
        return await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.IUserClaimsPrincipalFactory<Orchestrator.Host.Identity.ApplicationUser>>()
            .CreateAsync((await users.FindByNameAsync(userName))!);
    }

    [Fact]
    public async Task A_send_that_fails_on_its_last_attempt_says_why_on_the_timeline_and_never_notified()
    {
        var number = await RequestForCustomerAsync("nobody@example.test");
        var closedPort = ClosedPort();
        await using var scope = host.Services.CreateAsyncScope();
        var mail = Options.Create(new MailOptions { SmtpHost = "127.0.0.1", SmtpPort = closedPort, From = "orchestrator@example.test" });
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var job = new SendMailJob(new MailSender(new SmtpMailTransport(mail), db, mail, TimeProvider.System),
            scope.ServiceProvider.GetRequiredService<NoticeTimeline>(), NullLogger<SendMailJob>.Instance);
        var request = new MailRequest(MailTemplates.FeeDue, ["nobody@example.test"], "zh-CN", new() { ["requestNumber"] = number }, number);

        await Assert.ThrowsAnyAsync<Exception>(() => job.DeliverAsync($"fail-{number}", request, lastAttempt: false, CancellationToken.None));
        Assert.Empty(await TimelineAsync(number));
        await job.DeliverAsync($"fail-{number}", request, lastAttempt: true, CancellationToken.None);

        var line = await TimelineLineAsync(number, "通知失败");
        Assert.Contains("nobody@example.test", line);
        Assert.DoesNotContain(await TimelineAsync(number), t => t.StartsWith("已通知"));
    }

    [Fact]
    public async Task A_malformed_address_fails_at_once_without_retrying()
    {
        var number = await RequestForCustomerAsync("nobody@example.test");
        await using var scope = host.Services.CreateAsyncScope();
        var request = new MailRequest(MailTemplates.FeeDue, ["not an address"], "zh-CN", new() { ["requestNumber"] = number }, number);

        await scope.ServiceProvider.GetRequiredService<SendMailJob>().DeliverAsync($"bad-{number}", request, lastAttempt: false, CancellationToken.None);

        Assert.Contains("not an address", await TimelineLineAsync(number, "通知失败"));
    }

    private async Task<string> RequestForCustomerAsync(string? email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var company = await db.Companies.SingleAsync(c => c.Code == "city");
        var customer = Customer.Register(company.Id, CustomerKind.Person, "通知测试", Scenarios.Support.TestAccounts.NextResidentId(), ["13900139000"]);
        customer.ChangeEmail(email);
        var request = ServiceRequest.Submit(new RequestIntake(company.Id, ServiceRequestType.Complaint, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "notice test", customer.Id), Random.Shared.Next(10_000, 99_999), DateTimeOffset.UtcNow);
        db.AddRange(customer, request);
        await db.SaveChangesAsync();
        return request.Number;
    }

    private async Task DispatchNoticeAsync(string number)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var customerId = await db.ServiceRequests.IgnoreQueryFilters().Where(r => r.Number == number).Select(r => r.CustomerId).SingleAsync();
        var notice = new CustomerNotice(MailTemplates.FeeDue, number, customerId, "zh-CN",
            new Dictionary<string, string> { ["requestNumber"] = number, ["customerName"] = "通知测试", ["amount"] = "88.00" });
        var handler = scope.ServiceProvider.GetServices<IOutboxHandler>().Single(h => h.Kind == CustomerNotice.OutboxKind);
        await handler.HandleAsync(new OutboxRecord { Id = Guid.NewGuid(), Kind = CustomerNotice.OutboxKind,
            PayloadJson = JsonSerializer.Serialize(notice, JsonSerializerOptions.Web) }, CancellationToken.None);
    }

    private async Task<List<string>> TimelineAsync(string number)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var id = await db.ServiceRequests.IgnoreQueryFilters().Where(r => r.Number == number).Select(r => r.Id).SingleAsync();
        return await db.RequestTimeline.IgnoreQueryFilters().Where(t => t.RequestId == id).Select(t => t.Text).ToListAsync();
    }

    /// <summary>The timeline line that starts with <paramref name="prefix"/>, waiting for the job that writes it.</summary>
    private async Task<string> TimelineLineAsync(string number, string prefix)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if ((await TimelineAsync(number)).FirstOrDefault(t => t.StartsWith(prefix)) is { } line) return line;
            if (DateTime.UtcNow > deadline) throw new Xunit.Sdk.XunitException($"No timeline line '{prefix}…' for {number}: {string.Join(" | ", await TimelineAsync(number))}");
            await Task.Delay(200);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class CustomerNoticeDeliverySqliteTests : CustomerNoticeDeliveryTests<SqliteTestDatabase>;

public sealed class CustomerNoticeDeliveryPostgresTests : CustomerNoticeDeliveryTests<PostgresTestDatabase>;
