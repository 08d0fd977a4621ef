using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Metering;

/// <summary>
/// The meters of one kind a company reads in one period: master meters (总表) monthly, household meters
/// (户表) every two months. One batch per company, period and role.
/// </summary>
public sealed class ReadingBatch
{
    private ReadingBatch()
    {
        Period = "";
    }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public string Period { get; private set; }
    public MeterRole Role { get; private set; }
    public int MeterCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static ReadingBatch Open(Guid companyId, DateOnly periodStart, MeterRole role, int meterCount, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = Require.Id(companyId, "company"),
        Period = $"{periodStart:yyyy-MM}",
        Role = Require.Defined(role, "meter role"),
        MeterCount = meterCount >= 0 ? meterCount : throw new InvalidValueException("meter count", $"The meter count cannot be negative; got {meterCount}.")
        {
            Arguments = [meterCount],
        },
        CreatedAt = createdAt,
    };
}
