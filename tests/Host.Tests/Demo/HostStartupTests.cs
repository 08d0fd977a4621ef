using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Demo;

/// <summary>The Host starts on an empty database, migrates it, seeds demo data and answers /health.</summary>
public abstract class HostStartupTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task Health_is_anonymous_and_reports_the_database()
    {
        var response = await host.Factory.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Demo_data_has_two_companies_their_units_customers_and_arrears()
    {
        var companies = await host.WithDbAsync(db => db.Companies.Select(c => c.Code).ToListAsync());
        var customers = await host.WithDbAsync(db => db.Customers.CountAsync());
        var unpaidOverdue = await host.WithDbAsync(db => db.Bills.CountAsync(b => b.Amount > b.AmountPaid));
        var holidayYears = await host.WithDbAsync(db => db.HolidayTables.Select(t => t.Year).ToListAsync());

        Assert.Equal(["city", "dz"], companies.Order());
        Assert.True(customers >= 20, $"expected the configured demo customers, got {customers}");
        Assert.True(unpaidOverdue > 0, "some demo accounts must be in arrears");
        Assert.Equal([2025, 2026], holidayYears.Order());
    }

    [Fact]
    public async Task Every_role_has_a_demo_user_who_can_sign_in()
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var role in RoleCatalog.All.Where(r => r.Code != Roles.Customer))
        {
            var members = await users.GetUsersInRoleAsync(role.Code);
            Assert.True(members.Count > 0, $"no demo user has the role {role.Code}");
            var client = await host.ClientForAsync(members[0].UserName!);
            Assert.NotNull(client.DefaultRequestHeaders.Authorization);
        }
    }
}

public sealed class SqliteHostStartupTests(SqliteHostFixture host)
    : HostStartupTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresHostStartupTests(PostgresHostFixture host)
    : HostStartupTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
