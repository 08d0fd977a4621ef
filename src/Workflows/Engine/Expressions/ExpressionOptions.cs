namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>Hard limits on one expression evaluation; an expression that exceeds one is stopped.</summary>
public sealed class ExpressionOptions
{
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxStatements { get; set; } = 10_000;

    public long MemoryLimitBytes { get; set; } = 8 * 1024 * 1024;

    public int RecursionLimit { get; set; } = 64;

    /// <summary>Largest array an expression may create; stops <c>new Array(1e9)</c> before it allocates.</summary>
    public uint MaxArraySize { get; set; } = 100_000;

    /// <summary>
    /// Longest string (UTF-16 code units) an expression may build or return; stops <c>'x'.repeat(2**28)</c>
    /// before it allocates. The default, a million characters, is 2 MB.
    /// </summary>
    public int MaxStringLength { get; set; } = 1_000_000;

    /// <summary>How long one regular-expression match may run (catastrophic backtracking); never longer than <see cref="Timeout"/>.</summary>
    public TimeSpan RegexTimeout { get; set; } = TimeSpan.FromMilliseconds(250);
}
