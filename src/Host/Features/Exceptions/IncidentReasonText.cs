using Microsoft.Extensions.Localization;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Exceptions;

/// <summary>
/// Why a step stopped, in the reader's language, from the engine's incident kind ("ActivityFailed",
/// "NoMatchingFlow", …): "系统步骤执行失败，业务数据未通过检查". The engine's own message (English, technical) stays
/// available as the detail for the duty manager, without the engine's "Activity 'x' at 'y' failed:" wrapping.
/// </summary>
public static class IncidentReasonText
{
    public static string Of(string kind, IStringLocalizer<SharedResource> l) =>
        l[$"IncidentKind_{kind}"] is { ResourceNotFound: false } known ? known.Value : l["IncidentKind_Other"].Value;

    public static string Detail(string message)
    {
        const string marker = "' failed: ";
        var at = message.StartsWith("Activity '", StringComparison.Ordinal) ? message.IndexOf(marker, StringComparison.Ordinal) : -1;
        return at < 0 ? message : message[(at + marker.Length)..];
    }
}
