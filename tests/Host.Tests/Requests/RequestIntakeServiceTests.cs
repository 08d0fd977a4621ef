using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Infrastructure;

namespace Orchestrator.Host.Tests.Requests;

/// <summary>Payments and messages find a flow by request number, so numbers must never repeat, even at the same moment.</summary>
public abstract class RequestIntakeServiceTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    [Fact]
    public async Task Simultaneous_intakes_in_two_companies_get_distinct_numbers()
    {
        var city = await CustomerOfAsync("city");
        var dz = await CustomerOfAsync("dz");

        var submitted = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => SubmitAsync(i % 2 == 0 ? city : dz))));

        Assert.Equal(12, submitted.Select(s => s.Number).Distinct().Count());
        Assert.Equal(12, await host.WithDbAsync(db => db.ServiceRequests.IgnoreQueryFilters().CountAsync(r => submitted.Select(s => s.Id).Contains(r.Id))));
    }

    private async Task<SubmittedRequest> SubmitAsync((Guid CompanyId, Guid CustomerId) applicant)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RequestIntakeService>().SubmitAsync(
            new SubmitRequest(ServiceRequestType.Complaint, ApplicantKind.Individual, RequestChannel.Hotline, "城东区人民路1号", "水压低", applicant.CustomerId),
            applicant.CompanyId, "测试受理员");
    }

    private Task<(Guid CompanyId, Guid CustomerId)> CustomerOfAsync(string companyCode) => host.WithDbAsync(async db =>
    {
        var company = await db.Companies.SingleAsync(c => c.Code == companyCode);
        var customer = await db.Customers.IgnoreQueryFilters().Where(c => c.CompanyId == company.Id).OrderBy(c => c.Id).FirstAsync();
        return (company.Id, customer.Id);
    });
}

public sealed class SqliteRequestIntakeServiceTests(SqliteHostFixture host)
    : RequestIntakeServiceTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresRequestIntakeServiceTests(PostgresHostFixture host)
    : RequestIntakeServiceTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
