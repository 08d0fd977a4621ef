using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Designer.Access;
using Orchestrator.Designer.Api;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Flows;
using Orchestrator.Designer.Live;
using Orchestrator.Designer.Persistence;
using Orchestrator.Designer.Templates;

// In the hosting namespace, as ASP.NET Core's own Add*/Map* extensions are, so the Host's Program.cs needs no using.
namespace Microsoft.Extensions.Hosting;

public static class DesignerExtensions
{
    public const long MaximumFlowSize = 2 * 1024 * 1024;

    /// <summary>The process designer on the Host's scoped <typeparamref name="TContext"/> (its model must call ApplyDesignerModel()).</summary>
    public static IHostApplicationBuilder AddDesigner<TContext>(this IHostApplicationBuilder builder) where TContext : DbContext
    {
        var services = builder.Services;
        services.AddScoped(sp => new DesignerDatabase(sp.GetRequiredService<TContext>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<ElementTemplateCatalog>();
        services.AddScoped<FlowCatalog>();
        services.AddScoped<DraftValidation>();
        services.AddScoped<DraftLifecycle>();
        services.AddScoped<DraftReview>();
        services.AddScoped<FlowLoad>();
        services.AddScoped<IFlowVariantResolver, FlowVariantResolver>();
        DesignerPolicies.Configure(services.AddAuthorizationBuilder());
        // A flow's XML comes back from the browser over the Blazor circuit; the request flows are 20–50 KB,
        // over SignalR's 32 KB default, which would drop the circuit on save.
        services.Configure<HubOptions>(hub => hub.MaximumReceiveMessageSize = MaximumFlowSize);
        return builder;
    }

    /// <summary>The designer's JSON API under /api/designer (its pages are routed through the Host's router).</summary>
    public static WebApplication MapDesigner(this WebApplication app)
    {
        app.MapDesignerApi();
        return app;
    }
}
