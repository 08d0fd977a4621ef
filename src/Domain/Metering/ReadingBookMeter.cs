using Orchestrator.Domain.Customers;

namespace Orchestrator.Domain.Metering;

/// <summary>One meter's place on a reading book's route. A meter is on one book at a time.</summary>
public sealed class ReadingBookMeter
{
    private ReadingBookMeter() { }

    public Guid Id { get; private set; }
    public Guid CompanyId { get; private set; }
    public Guid BookId { get; private set; }
    public Guid MeteringPointId { get; private set; }
    public Guid AccountId { get; private set; }

    /// <summary>Position on the route, 1 for the first meter the reader comes to.</summary>
    public int Sequence { get; private set; }

    internal static ReadingBookMeter Create(ReadingBook book, MeteringPoint meter, int sequence) => new()
    {
        Id = Guid.NewGuid(),
        CompanyId = book.CompanyId,
        BookId = book.Id,
        MeteringPointId = meter.Id,
        AccountId = meter.AccountId,
        Sequence = CheckedSequence(sequence),
    };

    public void MoveTo(int sequence) => Sequence = CheckedSequence(sequence);

    private static int CheckedSequence(int sequence) =>
        sequence >= 1 ? sequence : throw new InvalidValueException("route position", $"A route position starts at 1; got {sequence}.")
        {
            Arguments = [sequence],
        };
}
