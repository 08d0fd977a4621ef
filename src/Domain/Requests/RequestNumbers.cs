using System.Globalization;

namespace Orchestrator.Domain.Requests;

/// <summary>
/// Request numbers such as XZ2026112300001: a two-letter pinyin prefix per type, the China date
/// (yyyyMMdd) and a 5-digit daily sequence the caller allocates.
/// </summary>
public static class RequestNumbers
{
    public const int MaxSequence = 99_999;

    public static string PrefixOf(ServiceRequestType type) => type switch
    {
        ServiceRequestType.NewConnection => "XZ",
        ServiceRequestType.HouseholdMeterRetrofit => "HB",
        ServiceRequestType.OwnershipTransfer => "GH",
        ServiceRequestType.Suspension => "BT",
        ServiceRequestType.Restoration => "HF",
        ServiceRequestType.Complaint => "TS",
        ServiceRequestType.Repair => "BX",
        ServiceRequestType.LowIncomeRelief => "DB",
        ServiceRequestType.Inquiry => "ZX",
        _ => throw new InvalidValueException("request type", $"'{type}' is not a known request type."),
    };

    public static string Compose(ServiceRequestType type, DateOnly date, int sequence)
    {
        if (sequence is < 1 or > MaxSequence)
            throw new InvalidValueException(
                "request sequence", $"A request sequence must be between 1 and {MaxSequence} for the day; got {sequence}.");
        return PrefixOf(type) + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("D5", CultureInfo.InvariantCulture);
    }
}
