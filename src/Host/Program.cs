using Orchestrator.Host;
using Orchestrator.Host.Api;
using Orchestrator.Host.Cli;
using Orchestrator.Host.Components;
using Orchestrator.Host.Demo;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.Accounts;
using Orchestrator.Host.Features.Keys;
using Orchestrator.Host.Features.Payments;
using Orchestrator.Host.Features.Security;
using Orchestrator.Host.Features.Setup;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Ledger;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Notifications;
using Orchestrator.Host.Observability;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Scheduling;
using Orchestrator.Host.Scheduling.Recurring;
using Orchestrator.Host.Workflows;

if (CliCommands.Matches(args)) return await CliCommands.RunAsync(args, Console.Out);

var builder = WebApplication.CreateBuilder(args);
builder.AddLoggingAndTelemetry();
builder.AddPersistence();
builder.AddSharedKeyRing();
builder.AddIdentityAndAuth();
builder.AddWebSecurity();
builder.AddAccounts();
builder.AddUiLocalization();
builder.AddLedger();
builder.AddPayments();
builder.AddBilling();
builder.AddDemoData();
builder.AddWorkflows();
builder.AddScheduling();
builder.AddRecurringJobs();
builder.AddNotifications();
builder.AddApi();
builder.AddRequests();
builder.AddWorkplace();
builder.AddDesigner<OrchestratorDbContext>();

var app = builder.Build();
if (SetupCommand.Matches(args))
    return await SetupCommand.RunAsync(app.Services, args, Console.In, Console.Out, interactive: !Console.IsInputRedirected);
await app.PrepareAsync();

app.UseWebSecurity();
app.UseWorkplacePipeline();
app.MapHealth();
app.MapAuthEndpoints();
app.MapAccounts();
app.MapApi();
app.MapDesigner();
app.MapJobDashboard();
app.MapWorkplace();

await app.RunAsync();
return 0;

public partial class Program;
