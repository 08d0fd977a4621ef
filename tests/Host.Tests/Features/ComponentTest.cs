using System.Globalization;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using Orchestrator.Host.Identity;

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
        // Forms keep their drafts across a language switch (FormDrafts over the tab's protected session storage).
        bunit.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        bunit.Services.AddScoped<Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage.ProtectedSessionStorage>();
        bunit.Services.AddScoped<Orchestrator.Host.Localization.FormDrafts>();
    }

    /// <summary>Services the rendered components resolve; a test adds the real Host's where a component needs them.</summary>
    protected IServiceCollection Services => bunit.Services;

    /// <summary>Signs a test user in for components that read the cascading authentication state.</summary>
    protected BunitAuthorizationContext Authorize() => bunit.AddAuthorization();

    protected IRenderedComponent<T> Render<T>(Action<ComponentParameterCollectionBuilder<T>> parameters) where T : IComponent =>
        bunit.Render(parameters);

    /// <summary>Renders a fragment (a page with the providers it needs around it) and returns the component <typeparamref name="T"/> in it.</summary>
    protected IRenderedComponent<T> Render<T>(RenderFragment fragment) where T : IComponent => bunit.Render<T>(fragment);

    /// <summary>
    /// Renders <typeparamref name="TPage"/> as the Host's demo user <paramref name="userName"/> sees it: their claims as the
    /// cascading authentication state, MudBlazor's popover provider beside the page.
    /// </summary>
    protected async Task<IRenderedComponent<TPage>> RenderAsAsync<TPage>(IServiceProvider hostServices, string userName) where TPage : IComponent
    {
        await using var scope = hostServices.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName)
            ?? throw new InvalidOperationException($"No demo user {userName}.");
        var user = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(account);
        RenderFragment fragment = b =>
        {
            b.OpenComponent<CascadingValue<Task<AuthenticationState>>>(0);
            b.AddAttribute(1, "Value", Task.FromResult(new AuthenticationState(user)));
            b.AddAttribute(2, "ChildContent", (RenderFragment)(c =>
            {
                c.OpenComponent<MudPopoverProvider>(0);
                c.CloseComponent();
                c.OpenComponent<TPage>(1);
                c.CloseComponent();
            }));
            b.CloseComponent();
        };
        return Render<TPage>(fragment);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await bunit.DisposeAsync();
}
