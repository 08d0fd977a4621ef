using System.Security.Claims;
using Orchestrator.Domain;
using Orchestrator.Domain.Metering;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Readings;

public static class ReadingEndpoints
{
    public sealed record PlaceMeterRequest(string MeterNumber, int? Sequence);

    public sealed record EnterReadingsRequest(string Period, IReadOnlyList<ReadingRow> Rows);

    public sealed record ReviewDecision(string? Reason, decimal? ValueM3 = null);

    public static RouteGroupBuilder MapReadingEndpoints(this RouteGroupBuilder api)
    {
        var books = api.MapGroup("/reading-books").WithTags("Reading books");
        books.MapGet("/", (ReadingBooksQuery query, int? skip, int? take, CancellationToken ct) => query.ListAsync(skip ?? 0, take ?? 50, ct))
            .WithSummary("The company's reading books (抄表册) with their meter counts.");
        books.MapPost("/", async (OpenReadingBookInput input, ClaimsPrincipal user, OpenReadingBook command, CancellationToken ct) =>
            {
                var book = await command.ExecuteAsync(BillingStaff.From(user), input, ct);
                return Results.Created($"/api/reading-books/{book.Id}", new { book.Id, book.Code, book.CycleMonths });
            })
            .WithSummary("Opens a reading book for an area on the company's cycle for its meter role.");
        books.MapPost("/{bookId:guid}/meters", async (Guid bookId, PlaceMeterRequest request, ClaimsPrincipal user, PlaceMeterOnBook command, CancellationToken ct) =>
            {
                var place = await command.ExecuteAsync(BillingStaff.From(user), bookId, request.MeterNumber, request.Sequence, ct);
                return new { place.BookId, place.Sequence };
            })
            .WithSummary("Puts a meter on the book's route (at the end when no position is given).");
        books.MapGet("/{bookId:guid}/readings", (Guid bookId, string period, int? skip, int? take, ReadingListQuery query, CancellationToken ct) =>
                query.ForAsync(bookId, period, skip ?? 0, take ?? 100, ct))
            .WithSummary("The book's reading list for a period, in route order.");
        books.MapPost("/{bookId:guid}/readings", async (Guid bookId, EnterReadingsRequest request, ClaimsPrincipal user, EnterReadings command,
                IStringLocalizer<SharedResource> l, CancellationToken ct) =>
                (await command.ExecuteAsync(BillingStaff.From(user), bookId, request.Period, request.Rows, ct: ct)).SaidIn(l, byLine: false))
            .WithSummary("Enters readings; each row is taken or refused with its reason.");
        books.MapPost("/{bookId:guid}/imports", ImportAsync).DisableAntiforgery()
            .WithSummary("Imports a CSV or Excel (.xlsx) reading file; each line is taken or refused with its reason.");

        var review = api.MapGroup("/readings").WithTags("Reading books");
        review.MapGet("/review", (ReviewListQuery query, int? skip, int? take, bool? rejected, CancellationToken ct) =>
                query.ListAsync(rejected == true ? ReadingReview.Rejected : ReadingReview.Pending, skip ?? 0, take ?? 50, ct))
            .WithSummary("The review list: readings far above the usual, or nothing used by an occupied account; ?rejected=true lists the refused ones with why.");
        review.MapPost("/{readingId:guid}/accept", async (Guid readingId, ClaimsPrincipal user, AcceptReading command, CancellationToken ct) =>
            {
                await command.ExecuteAsync(BillingStaff.From(user), readingId, ct);
                return Results.NoContent();
            })
            .WithSummary("Accepts a reading on the review list as read.");
        review.MapPost("/{readingId:guid}/reject", async (Guid readingId, ReviewDecision request, ClaimsPrincipal user, RejectReading command, CancellationToken ct) =>
            {
                await command.ExecuteAsync(BillingStaff.From(user), readingId, request.Reason ?? "", ct);
                return Results.NoContent();
            })
            .WithSummary("Rejects a reading on the review list with a reason: never billed, the meter goes back to its reading before.");
        review.MapPost("/{readingId:guid}/correct", async (Guid readingId, ReviewDecision request, ClaimsPrincipal user, CorrectReading command, CancellationToken ct) =>
            {
                var corrected = await command.ExecuteAsync(BillingStaff.From(user), readingId,
                    request.ValueM3 ?? throw new InvalidValueException("valueM3", "Give the corrected reading."), request.Reason ?? "", ct);
                return new { corrected.Id, corrected.ValueM3, corrected.VolumeM3, Review = corrected.Review.ToString(), corrected.ReviewReason };
            })
            .WithSummary("Corrects a reading on the review list: the wrong one is rejected, the corrected value is checked like a new reading.");
        return api;
    }

    private static async Task<ReadingEntryReport> ImportAsync(
        Guid bookId, string period, IFormFile file, ClaimsPrincipal user, ImportReadings command, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (file.Length > ImportReadings.MaxFileBytes)
            throw new InvalidValueException("file", $"A reading file may be at most {ImportReadings.MaxFileBytes / 1024 / 1024} MB.")
            {
                TextKey = "reading-file.size", Arguments = [ImportReadings.MaxFileBytes / 1024 / 1024],
            };
        await using var content = new MemoryStream();
        await file.CopyToAsync(content, ct);
        content.Position = 0;
        return (await command.ExecuteAsync(BillingStaff.From(user), bookId, period, file.FileName, content, ct)).SaidIn(l, byLine: true);
    }
}
