using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Features.Setup;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Features.Setup;

/// <summary>`setup` run as the built Host on an empty database, the way the README's Production recipe runs it.</summary>
public abstract class SetupCommandTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private const string Password = "Fresh@Start2026";
    private readonly TDatabase database = new();
    private readonly string emptyFlows = Directory.CreateTempSubdirectory("orchestrator-noflows-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(emptyFlows, recursive: true);
    }

    [Fact]
    public async Task Setup_on_an_empty_database_creates_group_company_units_and_an_administrator_who_signs_in()
    {
        var outcome = await SetupAsync(Password);

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        await using var host = new HostFactory(database, configure: web => web.UseSetting("Demo:Seed", "false"));
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        Assert.Equal(["华东水务集团"], await db.Groups.Select(g => g.Name).ToListAsync());
        var company = await db.Companies.SingleAsync();
        Assert.Equal("滨江自来水公司", company.Name);
        Assert.Equal(StandardUnits.All.Select(u => u.Code).Order(), (await db.Units.Where(u => u.CompanyId == company.Id).Select(u => u.Code).ToListAsync()).Order());
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("root");
        Assert.NotNull(admin);
        Assert.Equal(company.Id, admin.CompanyId);
        Assert.Equal("admin", (await db.Units.SingleAsync(u => u.Id == admin.UnitId)).Code);

        var token = await host.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = "root", password = Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task Setup_refuses_once_an_administrator_exists_and_changes_nothing()
    {
        Assert.Equal(0, (await SetupAsync(Password)).ExitCode);

        var again = await SetupAsync(Password, admin: "intruder", group: "别的集团");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("An administrator already exists", again.Output);
        Assert.Equal(1, await CountAsync(db => db.Groups.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Users.CountAsync(u => u.UserName == "intruder")));
    }

    [Fact]
    public async Task A_password_the_rules_refuse_leaves_the_database_empty()
    {
        var outcome = await SetupAsync("short");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("Passwords must be at least 8 characters", outcome.Output);
        Assert.Equal(0, await CountAsync(db => db.Groups.CountAsync()));
        Assert.Equal(0, await CountAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Without_the_names_it_prints_how_to_call_it()
    {
        var outcome = await HostCommand.RunAsync(["setup", "--group", "华东水务集团"], Settings(), Password);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("usage: setup --group NAME --company NAME --admin USERNAME", outcome.Output);
    }

    private Task<HostCommand.Outcome> SetupAsync(string password, string admin = "root", string group = "华东水务集团") =>
        HostCommand.RunAsync(["setup", "--group", group, "--company", "滨江自来水公司", "--admin", admin], Settings(), password);

    private Dictionary<string, string> Settings() => new()
    {
        ["Database:Provider"] = database.Options.Provider.ToString(),
        ["Database:ConnectionString"] = database.Options.ConnectionString,
        ["Workflows:Folder"] = emptyFlows,
        ["Serilog:MinimumLevel:Default"] = "Warning",
    };

    private async Task<int> CountAsync(Func<OrchestratorDbContext, Task<int>> count)
    {
        var services = new ServiceCollection().AddLogging()
            .AddSingleton(Microsoft.Extensions.Options.Options.Create(database.Options))
            .AddSingleton<ICompanyScope>(new FixedCompanyScope(null));
        services.AddOrchestratorDbContext();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
    }
}

public sealed class SqliteSetupCommandTests : SetupCommandTests<SqliteTestDatabase>;

public sealed class PostgresSetupCommandTests : SetupCommandTests<PostgresTestDatabase>;
