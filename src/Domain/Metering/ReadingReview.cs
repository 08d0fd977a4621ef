namespace Orchestrator.Domain.Metering;

/// <summary>Where a reading stands with the business office's review list.</summary>
public enum ReadingReview
{
    /// <summary>Nothing unusual: billed in the next run.</summary>
    None,

    /// <summary>On the review list: not billed until the business office accepts it.</summary>
    Pending,

    /// <summary>Looked at and accepted as read: billed.</summary>
    Accepted,

    /// <summary>Looked at and refused (misread, wrong meter): never billed; a corrected reading may take its place.</summary>
    Rejected,
}
