using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Engine.Activities;

namespace Orchestrator.Workflows.Activities.Common;

/// <summary>Typed reads of an activity's inputs and headers, and the step's database and clock.</summary>
public static class ActivityContextExtensions
{
    public static DbContext Db(this ActivityContext context) => context.Services.GetRequiredService<DbContext>();

    public static DateTimeOffset Now(this ActivityContext context) =>
        (context.Services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();

    public static DateOnly Today(this ActivityContext context) => ChinaTime.DateOf(context.Now());

    /// <summary>The mapped input, or else the process variable of that name: a mapping only overrides.</summary>
    public static object? Value(this ActivityContext context, string name) =>
        context.Inputs.TryGetValue(name, out var value) ? value : context.Variables.GetValueOrDefault(name);

    public static string? Text(this ActivityContext context, string name) =>
        context.Value(name) is { } value && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } text ? text.Trim() : null;

    public static string RequiredText(this ActivityContext context, string name) =>
        context.Text(name) ?? throw new InvalidOperationException($"Input '{name}' of {context.ElementId} is missing.");

    public static decimal? Decimal(this ActivityContext context, string name) => context.Value(name) switch
    {
        null => null,
        string s when s.Trim().Length == 0 => null,
        string s => decimal.Parse(s, CultureInfo.InvariantCulture),
        var v => Convert.ToDecimal(v, CultureInfo.InvariantCulture),
    };

    public static bool Flag(this ActivityContext context, string name) => context.Value(name) switch
    {
        bool b => b,
        string s => bool.TryParse(s, out var b) && b,
        _ => false,
    };

    public static Guid RequestId(this ActivityContext context) =>
        Guid.TryParse(context.Text("requestId"), out var id)
            ? id
            : throw new InvalidOperationException($"{context.ElementId} needs the variable 'requestId' of the service request.");

    /// <summary>The company of the request (start variable 'companyId'), which scopes account lookups.</summary>
    public static Guid? CompanyId(this ActivityContext context) =>
        Guid.TryParse(context.Text("companyId"), out var id) ? id : null;

    public static string Header(this ActivityContext context, string key, string fallback) =>
        context.Headers.TryGetValue(key, out var value) && value.Trim().Length > 0 ? value.Trim() : fallback;

    public static decimal HeaderDecimal(this ActivityContext context, string key, decimal fallback) =>
        context.Headers.TryGetValue(key, out var value) && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            ? number
            : fallback;

    /// <summary>Money as the process sees it: a plain number rounded to fen.</summary>
    public static double Yuan(decimal amount) => (double)decimal.Round(amount, 2);
}
