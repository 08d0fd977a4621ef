using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.History;
using Orchestrator.Host.Features.Outbox;
using Orchestrator.Host.Features.Definitions;
using Orchestrator.Host.Features.Documents;
using Orchestrator.Host.Features.Instances;
using Orchestrator.Host.Features.Messages;
using Orchestrator.Host.Features.Signals;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Requests;
using Scalar.AspNetCore;
using Orchestrator.Host.Features.Waiting;

namespace Orchestrator.Host.Api;

public static class ApiExtensions
{
    /// <summary>JSON API: OpenAPI document, problem+json errors, one exception handler mapping domain errors to statuses.</summary>
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddScoped<DefinitionQueries>();
        builder.Services.AddScoped<RequestHistory>();
        builder.Services.AddExceptionsFeature();
        builder.Services.AddWaitingFeature();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<Orchestrator.Workflows.Engine.Facade.IWorkflowStepParticipant, RequestStepWriter>());
        builder.Services.AddSignals();
        builder.Services.AddScoped<Features.Messages.PublishMessageToInstance>();
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
        }
        var api = app.MapGroup("/api").RequireAuthorization(Identity.Policies.Staff);
        api.MapAccountEndpoints();
        api.MapPaymentEndpoints();
        api.MapDefinitionEndpoints();
        api.MapInstanceEndpoints();
        api.MapTaskEndpoints();
        api.MapMessageEndpoints();
        api.MapSignalEndpoints();
        api.MapOutboxEndpoints();
        api.MapRequests();
        api.MapDocumentEndpoints();
        Features.Billing.BillingExtensions.MapBillingEndpoints(api);
        api.MapRequestHistory();
        api.MapExceptions();
        api.MapWaiting();
        return app;
    }
}
