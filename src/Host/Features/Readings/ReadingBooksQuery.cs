using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Readings;

public sealed record ReadingBookRow(Guid Id, string Code, string Name, string Area, string MeterRole, int CycleMonths, string FirstPeriod, string? Reader, int Meters);

/// <summary>The company's reading books, by code, a page at a time, with how many meters each holds.</summary>
public sealed class ReadingBooksQuery(OrchestratorDbContext db)
{
    public Task<List<ReadingBookRow>> ListAsync(int skip = 0, int take = 50, CancellationToken ct = default) =>
        db.ReadingBooks.OrderBy(b => b.Code).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .Select(b => new ReadingBookRow(b.Id, b.Code, b.Name, b.Area, b.MeterRole.ToString(), b.CycleMonths, b.FirstPeriod, b.Reader,
                db.ReadingBookMeters.Count(p => p.BookId == b.Id)))
            .ToListAsync(ct);
}
