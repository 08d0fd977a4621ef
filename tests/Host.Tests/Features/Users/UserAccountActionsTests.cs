using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Orchestrator.Host.Demo;
using Orchestrator.Host.Features.Users;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Admin;

namespace Orchestrator.Host.Tests.Features.Users;

/// <summary>The users page's row actions, rendered against the real Host's services and database.</summary>
public abstract class UserAccountActionsTests<TDatabase>(HostFixture<TDatabase> host) : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private readonly BunitContext bunit = new();

    public Task InitializeAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        bunit.Services.AddMudServices();
        bunit.Services.AddLocalization();
        bunit.Services.AddSingleton(new WorkplaceOperations(host.Factory.Services.GetRequiredService<IServiceScopeFactory>()));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await bunit.DisposeAsync();

    [Fact]
    public async Task An_administrator_disables_enables_and_resets_a_user_from_the_users_page()
    {
        var owner = await UserAsync("owner");
        AdminResult? reported = null;
        var actions = await RenderAsync("admin", owner, result => reported = result);

        await actions.Find("[data-testid=disable-user]").ClickAsync(new());
        Assert.True(reported is { Succeeded: true });
        Assert.True((await UserAsync("owner")).IsDisabled);

        actions = await RenderAsync("admin", await UserAsync("owner"), result => reported = result);
        await actions.Find("[data-testid=enable-user]").ClickAsync(new());
        Assert.False((await UserAsync("owner")).IsDisabled);

        await actions.Find("[data-testid=reset-password]").ClickAsync(new());
        actions.Find("input[type=password]").Change("Temp@Page2026");
        await actions.Find("[data-testid=confirm-reset]").ClickAsync(new());
        Assert.True(reported is { Succeeded: true });
        Assert.True((await UserAsync("owner")).MustChangePassword);
    }

    [Fact]
    public async Task A_clerk_cannot_disable_anyone_through_the_component()
    {
        AdminResult? reported = null;
        var actions = await RenderAsync("clerk", await UserAsync("duty"), result => reported = result);

        await actions.Find("[data-testid=disable-user]").ClickAsync(new());

        Assert.True(reported is { Succeeded: false });
        Assert.False((await UserAsync("duty")).IsDisabled);
    }

    private async Task<IRenderedComponent<UserAccountActions>> RenderAsync(string caller, StaffAccount target, Action<AdminResult> changed)
    {
        var principal = await PrincipalAsync(caller);
        return bunit.Render<UserAccountActions>(p => p
            .Add(c => c.User, target)
            .Add(c => c.OnChanged, changed)
            .AddCascadingValue(Task.FromResult(new AuthenticationState(principal))));
    }

    private async Task<ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>();
        return await factory.CreateAsync((await users.FindByNameAsync(userName))!);
    }

    private async Task<StaffAccount> UserAsync(string userName)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName))!;
        return new StaffAccount(user.Id, user.UserName!, user.DisplayName, user.UnitId, null, [], user.IsDisabled, user.MustChangePassword);
    }
}

public sealed class SqliteUserAccountActionsTests(SqliteHostFixture host)
    : UserAccountActionsTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresUserAccountActionsTests(PostgresHostFixture host)
    : UserAccountActionsTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
