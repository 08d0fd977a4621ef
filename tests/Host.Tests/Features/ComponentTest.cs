using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Orchestrator.Host.Tests.Features;

/// <summary>
/// A bunit context with MudBlazor, the Host's zh-CN resources and loose JS interop (MudBlazor calls into JS).
/// Disposed asynchronously: MudBlazor's services only implement IAsyncDisposable.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    private readonly BunitContext bunit = new();

    protected ComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        bunit.Services.AddMudServices();
        bunit.Services.AddLocalization();
    }

    /// <summary>Services the rendered components resolve; a test adds the real Host's where a component needs them.</summary>
    protected IServiceCollection Services => bunit.Services;

    /// <summary>Signs a test user in for components that read the cascading authentication state.</summary>
    protected BunitAuthorizationContext Authorize() => bunit.AddAuthorization();

    protected IRenderedComponent<T> Render<T>(Action<ComponentParameterCollectionBuilder<T>> parameters) where T : IComponent =>
        bunit.Render(parameters);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bunit.DisposeAsync();
}
