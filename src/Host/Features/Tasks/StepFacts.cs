using System.Globalization;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Features.Customers;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// Turns a request, its customer and the flow's variables into the facts a person reads before deciding:
/// the account and its meters' last readings, arrears, the amounts at stake (budget, deposit, final accounts, fee still due) and the
/// documents still missing — never the flow's raw variables (<c>requestType=NewConnection</c>).
/// </summary>
public static class StepFacts
{
    /// <summary>Amounts the flows carry, in the order a reader expects them: the budget before what is still due.</summary>
    private static readonly string[] Amounts = ["amount", "depositAmount", "finalAmount", "feeDue", "arrears", "vpThreshold"];

    public static IReadOnlyList<StepFact> Of(
        RequestFacts request, CustomerSummary? customer, IReadOnlyDictionary<string, object?> variables, CultureInfo culture)
    {
        var zh = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var facts = new List<StepFact> { new("Fact_ReceivedAt", ChinaTime.ToLocal(request.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)) };
        if (customer?.Accounts.FirstOrDefault(a => a.Id == request.AccountId) is { } account)
        {
            facts.Add(new("Fact_Account", $"{account.Number} · {account.Address}"));
            // A reading step checks against the meter's last reading: the person sees it before going out.
            foreach (var meter in account.Meters.Where(m => m.LastReadingM3 is not null))
                facts.Add(new("Fact_LastReading", $"{meter.MeterNumber}：{meter.LastReadingM3!.Value.ToString("0.##", CultureInfo.InvariantCulture)} m³"
                    + (meter.LastReadOn is { } on ? $"（{on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}）" : "")));
        }
        if (customer is not null)
            facts.Add(new("Fact_CustomerArrears", Yuan(customer.Arrears, zh), Warning: customer.Arrears > 0));
        foreach (var name in Amounts)
            if (Number(variables.GetValueOrDefault(name)) is { } value && (name != "arrears" || customer is null))
                facts.Add(new($"Fact_{name}", Yuan(value, zh), Warning: name is "feeDue" or "arrears" && value > 0));
        if (variables.GetValueOrDefault("missingDocuments") is IEnumerable<object?> missing && missing.Any())
            facts.Add(new("Fact_missingDocuments", string.Join(zh ? "、" : ", ", missing), Warning: true));
        return facts;
    }

    public static string Yuan(decimal amount, bool zh) =>
        zh ? $"{amount.ToString("N2", CultureInfo.InvariantCulture)} 元" : $"{amount.ToString("N2", CultureInfo.InvariantCulture)} yuan";

    private static decimal? Number(object? value) => value switch
    {
        decimal m => m,
        double d when double.IsFinite(d) => (decimal)d,
        long or int => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
