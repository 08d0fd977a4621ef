using MudBlazor.Services;
using Orchestrator.Host.Features;
using Orchestrator.Host.Features.Dashboard;
using Orchestrator.Host.Features.Security;
using Serilog;

namespace Orchestrator.Host.Components;

public static class WorkplaceExtensions
{
    /// <summary>The Blazor Server workplace with MudBlazor.</summary>
    public static IHostApplicationBuilder AddWorkplace(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddWorkplaceQueries();
        return builder;
    }

    public static WebApplication UseWorkplacePipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }
        app.UseSerilogRequestLogging();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAccountChecks();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapWorkplace(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapDashboardExport();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode()
            .AddAdditionalAssemblies(typeof(Orchestrator.Designer.Components.DesignerPage).Assembly);
        return app;
    }
}
