namespace Orchestrator.Designer.Flows;

/// <summary>
/// A water company's variant of a group flow is deployed under <c>&lt;baseKey&gt;--&lt;companyCode&gt;</c>,
/// e.g. <c>new-connection--dz</c>: the process id of the copy, so both live side by side in the engine.
/// </summary>
public static class FlowVariantKey
{
    public const string Separator = "--";

    public static string For(string baseKey, string companyCode) => $"{baseKey}{Separator}{companyCode}";

    public static string BaseOf(string key) => key.IndexOf(Separator, StringComparison.Ordinal) is var i and > 0 ? key[..i] : key;

    public static string? CompanyOf(string key) => key.IndexOf(Separator, StringComparison.Ordinal) is var i and > 0 ? key[(i + Separator.Length)..] : null;
}
