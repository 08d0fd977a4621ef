using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Tariffs;

namespace Orchestrator.Domain.Tests;

internal static class TestData
{
    public static readonly Guid Company = Guid.Parse("6f1c0000-0000-0000-0000-000000000001");

    public static Account Account(bool collective = false, long serial = 12345) =>
        Domain.Customers.Account.Open(
            Company, Guid.NewGuid(), AccountNumber.FromSerial(serial), "济宁市任城区建设路 1 号",
            WaterNature.Residential, new DateOnly(2025, 3, 1), isCollective: collective);

    public static DateOnly Day(string iso) => DateOnly.Parse(iso);

    public static DateTimeOffset China(string local) => DateTimeOffset.Parse(local + "+08:00");
}
