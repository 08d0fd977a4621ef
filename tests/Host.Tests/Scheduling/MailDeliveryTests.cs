using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling.Recurring;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Workflows;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>Mail goes through MailKit to a real SMTP server on loopback; content is read back from what it received.</summary>
public sealed class MailDeliveryTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        var (smtpHost, smtpPort) = TestSmtpServer.Endpoint;
        host = new HostFactory(database, demoCustomers: 5, configure: web =>
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
    public async Task The_design_office_digest_lists_its_open_task_and_is_sent_once_a_day()
    {
        var number = await OpenDesignTaskAsync();

        var first = await RunAsync<UnitDigestSender, int>(s => s.SendAsync());
        var second = await RunAsync<UnitDigestSender, int>(s => s.SendAsync());

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var received = await TestSmtpServer.ReceivedForAsync("design@city.demo.water", m => (m.TextBody ?? "").Contains(number));
        var digest = Assert.Single(received);
        Assert.Contains("设计室 今日待办：1 项", digest.Subject);
        Assert.Contains("现场勘查", digest.TextBody);
    }

    [Fact]
    public async Task An_outbox_mail_request_is_rendered_in_english_and_delivered()
    {
        var number = $"XZ{Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999)}";
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var handler = scope.ServiceProvider.GetServices<Orchestrator.Workflows.Engine.Outbox.IOutboxHandler>().Single(h => h.Kind == "mail");
            var payload = System.Text.Json.JsonSerializer.Serialize(new MailRequest(MailTemplates.FeeDue, ["customer@example.test"], "en",
                new Dictionary<string, string> { ["customerName"] = "Li Lei", ["requestNumber"] = number, ["amount"] = "1,250.00" }),
                System.Text.Json.JsonSerializerOptions.Web);
            await handler.HandleAsync(new Orchestrator.Workflows.Engine.Persistence.Records.OutboxRecord
                { Id = Guid.NewGuid(), Kind = "mail", PayloadJson = payload }, CancellationToken.None);
        }

        var mail = Assert.Single(await TestSmtpServer.ReceivedForAsync("customer@example.test", m => (m.Subject ?? "").Contains(number)));
        Assert.Equal($"Fee due for {number}", mail.Subject);
        Assert.Contains("Dear Li Lei", mail.TextBody);
        Assert.Contains("1,250.00 yuan", mail.TextBody);
    }

    private async Task<string> OpenDesignTaskAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var company = await db.Companies.SingleAsync(c => c.Code == "city");
        var request = ServiceRequest.Submit(new RequestIntake(company.Id, ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "digest test"), Random.Shared.Next(10_000, 99_999), DateTimeOffset.UtcNow);
        db.ServiceRequests.Add(request);
        await db.SaveChangesAsync();
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        Assert.True((await runtime.DeployAsync(TestFlows.Review("digest_survey", "现场勘查", "design-office"))).Deployed);
        await runtime.StartAsync("digest_survey", request.Number);
        return request.Number;
    }

    private async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
