using System.Diagnostics;
using Orchestrator.Workflows.Engine.Expressions;

namespace Orchestrator.Workflows.Tests.Expressions;

/// <summary>
/// Hostile expressions that build huge strings or arrays in one call, or backtrack for ever, stop within the
/// configured limits, before they allocate, and leave nothing behind; ordinary string work is unchanged.
/// </summary>
public sealed class ExpressionLimitsTests
{
    private static readonly ExpressionOptions Limits = new()
    {
        Timeout = TimeSpan.FromSeconds(1),
        MemoryLimitBytes = 8 * 1024 * 1024,
        MaxStringLength = 100_000,
        RegexTimeout = TimeSpan.FromMilliseconds(200),
    };

    private readonly JintExpressionEvaluator evaluator = new(Limits);

    [Theory]
    [InlineData("='x'.repeat(2**28)")]
    [InlineData("='x'.repeat(2**28).length")]
    [InlineData("=String.prototype.repeat.call({ toString() { return 'xy'; } }, 2**27)")]
    [InlineData("='x'.padStart(2**28)")]
    [InlineData("='x'.padEnd(2**28, 'ab')")]
    [InlineData("='x'.repeat(50000).concat('y'.repeat(50000), 'z'.repeat(50000))")]
    [InlineData("='x'.repeat(10000).replaceAll('x', 'y'.repeat(10000)).length")]
    [InlineData("='x'.repeat(10000).replace(/x/g, 'y'.repeat(10000)).length")]
    [InlineData("='x'.repeat(10000).replace(/x/g, () => 'y'.repeat(10000)).length")]
    [InlineData("='x'.repeat(1000).replace(/x/g, \"$`$`$`\").length")]
    [InlineData("=(() => { let s = 'x'.repeat(60000); return s + s; })()")]
    [InlineData("=Array(100000).join('x'.repeat(1000)).length")]
    [InlineData("=JSON.stringify(Array(90000).fill('x'.repeat(5000))).length")]
    public void A_string_beyond_the_limit_stops_before_it_is_allocated(string expression)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ExpressionException>(() => evaluator.Evaluate(expression, new Dictionary<string, object?>(), "gw"));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 4 * Limits.MemoryLimitBytes, $"{expression} allocated {allocated / 1_000_000} MB");
        Assert.Matches("limit", error.Reason);
    }

    [Theory]
    [InlineData("=new Array(1e9).fill(1)")]
    [InlineData("=Array.from({ length: 1e9 }, (_, i) => i).length")]
    [InlineData("=[...Array(1e7).keys()].length")]
    [InlineData("=Array(200000).fill(0).length")]
    public void An_array_beyond_the_limit_stops_before_it_is_allocated(string expression)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.Throws<ExpressionException>(() => evaluator.Evaluate(expression, new Dictionary<string, object?>(), "gw"));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4 * Limits.MemoryLimitBytes);
    }

    [Theory]
    [InlineData("=/(a+)+$/.test('a'.repeat(32) + 'b')")]
    [InlineData("=/^(\\w+\\s?)*$/.test('an ordinary sentence that ends badly!'.repeat(3))")]
    [InlineData("='a'.repeat(40).replace(/(a|aa)+c/, 'x')")]
    public void A_catastrophic_regular_expression_stops_at_its_time_limit(string expression)
    {
        var watch = Stopwatch.StartNew();

        var error = Assert.Throws<ExpressionException>(() => evaluator.Evaluate(expression, new Dictionary<string, object?>(), "gw"));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.Contains("regular expression", error.Reason);
    }

    [Fact]
    public void Four_hostile_expressions_at_once_leave_no_memory_held()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        Parallel.For(0, 4, _ => Assert.Throws<ExpressionException>(() =>
            evaluator.Evaluate("='x'.repeat(2**28)", new Dictionary<string, object?>(), "gw")));

        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.True(after - before < 64 * 1024 * 1024, $"{(after - before) / 1_000_000} MB still held");
    }

    [Theory]
    [InlineData("='ab'.repeat(3)", "ababab")]
    [InlineData("='7'.padStart(3, '0')", "007")]
    [InlineData("='2026-12-21'.replace(/(\\d+)-(\\d+)-(\\d+)/, '$3/$2/$1')", "21/12/2026")]
    [InlineData("='a-b-c'.replaceAll('-', () => '+')", "a+b+c")]
    [InlineData("='a'.concat(1, true, null)", "a1truenull")]
    [InlineData("=String.prototype.repeat.call(12, 2)", "1212")]
    [InlineData("=[1, 'b', null, undefined, [2, 3]].join('-')", "1-b---2,3")]
    [InlineData("=String([1, [2, 3]])", "1,2,3")]
    [InlineData("=['a', 'b'].join()", "a,b")]
    public void Ordinary_string_work_is_unchanged(string expression, string expected) =>
        Assert.Equal(expected, evaluator.Evaluate(expression, new Dictionary<string, object?>(), "gw"));

    [Fact]
    public void Repeat_on_nothing_is_still_the_type_error_javascript_gives() =>
        Assert.Contains("TypeError", Assert.Throws<ExpressionException>(() =>
            evaluator.Evaluate("=String.prototype.repeat.call(undefined, 2)", new Dictionary<string, object?>(), "gw")).Reason);
}
