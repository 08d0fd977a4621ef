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
        await AssertTodaysComplaintNumbersAreGapFreeAsync();
    }

    [Fact]
    public async Task A_refused_intake_gives_its_number_back()
    {
        var city = await CustomerOfAsync("city");
        var before = await SubmitAsync(city);
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // Refused after its number was taken: a document that is not on the complaint's checklist.
            var refused = new SubmitRequest(ServiceRequestType.Complaint, ApplicantKind.Individual, RequestChannel.Counter, "城东区人民路1号", "水压低",
                city.CustomerId, DocumentsProvided: ["no-such-document"]);
            await Assert.ThrowsAsync<Orchestrator.Domain.InvalidValueException>(() => scope.ServiceProvider.GetRequiredService<RequestIntakeService>().SubmitAsync(refused, city.CompanyId, "测试受理员"));
        }
        var after = await SubmitAsync(city);
        Assert.Equal(Sequence(before.Number) + 1, Sequence(after.Number));
        await AssertTodaysComplaintNumbersAreGapFreeAsync();
    }

    private async Task AssertTodaysComplaintNumbersAreGapFreeAsync()
    {
        var prefix = RequestNumbers.Compose(ServiceRequestType.Complaint, Orchestrator.Domain.Calendar.ChinaTime.DateOf(DateTimeOffset.UtcNow), 1)[..^5];
        var numbers = await host.WithDbAsync(db => db.ServiceRequests.IgnoreQueryFilters().Where(r => r.Number.StartsWith(prefix)).Select(r => r.Number).ToListAsync());
        var sequences = numbers.Select(Sequence).Order().ToList();
        Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
    }

    private static int Sequence(string number) => int.Parse(number[^5..], System.Globalization.CultureInfo.InvariantCulture);

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
