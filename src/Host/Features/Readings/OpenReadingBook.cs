using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

public sealed record OpenReadingBookInput(string Code, string Name, string Area, MeterRole MeterRole, string FirstPeriod, string? Reader);

/// <summary>新建抄表册: the business office opens a book for an area, on the company's cycle for its meter role.</summary>
public sealed class OpenReadingBook(OrchestratorDbContext db)
{
    public async Task<ReadingBook> ExecuteAsync(BillingStaff staff, OpenReadingBookInput input, CancellationToken ct = default)
    {
        staff.Require("open a reading book", BillingRoles.Office);
        var settings = await BillingSettingsStore.ForAsync(db, staff.CompanyId, ct);
        var book = ReadingBook.Open(staff.CompanyId, input.Code, input.Name, input.Area, input.MeterRole, settings.Reading,
            ReadingPeriod.Parse(input.FirstPeriod), input.Reader);
        if (await db.ReadingBooks.AnyAsync(b => b.CompanyId == staff.CompanyId && b.Code == book.Code, ct))
            throw new InvalidValueException("book code", $"There is already a reading book {book.Code}; choose another code.")
            {
                TextKey = "reading-book.code-taken", Arguments = [book.Code],
            };
        db.ReadingBooks.Add(book);
        await db.SaveChangesAsync(ct);
        return book;
    }
}
