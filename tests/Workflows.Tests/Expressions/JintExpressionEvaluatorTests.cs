using System.Diagnostics;
using Orchestrator.Workflows.Engine.Expressions;

namespace Orchestrator.Workflows.Tests.Expressions;

public sealed class JintExpressionEvaluatorTests
{
    private readonly JintExpressionEvaluator _evaluator = new(new ExpressionOptions
    {
        Timeout = TimeSpan.FromMilliseconds(500),
        MaxStatements = 5_000,
        MemoryLimitBytes = 4 * 1024 * 1024,
        RecursionLimit = 32,
    });

    private static readonly Dictionary<string, object?> Variables = new()
    {
        ["amount"] = 120000L,
        ["customer"] = new Dictionary<string, object?> { ["type"] = "company", ["tags"] = new List<object?> { "vip" } },
        ["paid"] = false,
    };

    [Theory]
    [InlineData("=amount >= 100000", true)]
    [InlineData("=customer.type == 'individual'", false)]
    [InlineData("${customer.tags.includes('vip')}", true)]
    [InlineData("=!paid && amount > 0", true)]
    public void Conditions_see_variables_as_plain_javascript_values(string condition, bool expected) =>
        Assert.Equal(expected, _evaluator.EvaluateCondition(condition, Variables, "flow1"));

    [Fact]
    public void Results_come_back_as_plain_values()
    {
        var result = _evaluator.Evaluate("=({ total: amount / 2, list: [1, 'a', null] })", Variables, "task1");
        var map = Assert.IsType<Dictionary<string, object?>>(result);
        Assert.Equal(60000L, map["total"]);
        Assert.Equal(new List<object?> { 1L, "a", null }, map["list"]);
    }

    [Theory]
    [InlineData("=while(true){}")]
    [InlineData("=for(;;){ let x = 1; }")]
    [InlineData("=new Array(1e9).fill(1)")]
    [InlineData("=(() => { let s = 'x'; while(true) s = s + s; })()")]
    [InlineData("=(function f(n) { return f(n + 1); })(0)")]
    [InlineData("=System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("=importNamespace('System.IO')")]
    [InlineData("=this.constructor.constructor('return process')()")]
    public void Hostile_expressions_are_stopped_quickly_and_named(string expression)
    {
        var watch = Stopwatch.StartNew();
        var error = Assert.Throws<ExpressionException>(() => _evaluator.Evaluate(expression, Variables, "gw1"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        Assert.Equal("gw1", error.ElementId);
        Assert.Equal(expression, error.Expression);
        Assert.Contains("gw1", error.Message);
    }

    [Fact]
    public void Limits_say_which_limit_stopped_the_expression()
    {
        Assert.Contains("limit", Assert.Throws<ExpressionException>(() => _evaluator.Evaluate("=while(true){}", Variables, "g")).Reason);
        Assert.Contains("recursed", Assert.Throws<ExpressionException>(() => _evaluator.Evaluate("=(function f(){ return f(); })()", Variables, "g")).Reason);
    }

    [Fact]
    public void Syntax_errors_are_reported_without_running()
    {
        Assert.Null(ExpressionSyntax.Check("=a > 1"));
        Assert.NotNull(ExpressionSyntax.Check("=a >"));
        Assert.Contains("not valid JavaScript", Assert.Throws<ExpressionException>(() => _evaluator.Evaluate("=a >", Variables, "g")).Reason);
    }
}
