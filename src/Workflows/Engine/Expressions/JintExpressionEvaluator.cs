using System.Collections.Concurrent;
using Acornima;
using Acornima.Ast;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Runtime;

namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>
/// Runs expressions in Jint with no CLR access and the limits of <see cref="ExpressionOptions"/>. A fresh
/// engine per evaluation keeps runs apart; the parsed script is cached per expression text.
/// </summary>
public sealed class JintExpressionEvaluator(ExpressionOptions options) : IExpressionEvaluator
{
    private readonly ConcurrentDictionary<string, Prepared<Script>> _scripts = new();

    public object? Evaluate(string expression, IReadOnlyDictionary<string, object?> variables, string elementId)
    {
        var script = Prepare(expression, elementId);
        var engine = new JsEngine(Configure);
        try
        {
            foreach (var (name, value) in variables)
                engine.SetValue(name, JsValueConverter.ToJs(engine, value));
            return JsValueConverter.ToPlain(engine.Evaluate(script));
        }
        catch (Exception ex) when (ex is JavaScriptException or JintException or InvalidOperationException or OutOfMemoryException)
        {
            throw new ExpressionException(elementId, expression, StoppedReason(ex), ex);
        }
    }

    public bool EvaluateCondition(string expression, IReadOnlyDictionary<string, object?> variables, string elementId) =>
        Evaluate(expression, variables, elementId) switch
        {
            null => false,
            bool b => b,
            long l => l != 0,
            double d => d != 0 && !double.IsNaN(d),
            string s => s.Length > 0,
            _ => true,
        };

    private Prepared<Script> Prepare(string expression, string elementId)
    {
        try
        {
            return _scripts.GetOrAdd(expression, text => JsEngine.PrepareScript(ExpressionText.ToScript(text)));
        }
        catch (Exception ex) when (ex is ParseErrorException or ScriptPreparationException)
        {
            var description = (ex as ParseErrorException ?? ex.InnerException as ParseErrorException)?.Error.Description ?? ex.Message;
            throw new ExpressionException(elementId, expression, $"it is not valid JavaScript ({description})", ex);
        }
    }

    private void Configure(Options jint)
    {
        jint.TimeoutInterval(options.Timeout);
        jint.MaxStatements(options.MaxStatements);
        jint.LimitMemory(options.MemoryLimitBytes);
        jint.LimitRecursion(options.RecursionLimit);
        jint.Constraints.MaxArraySize = options.MaxArraySize;
        jint.Strict();
    }

    private static string StoppedReason(Exception ex) => ex switch
    {
        TimeoutException => "it ran longer than the time limit",
        StatementsCountOverflowException => "it ran more statements than the limit",
        MemoryLimitExceededException or OutOfMemoryException => "it used more memory than the limit",
        RecursionDepthOverflowException => "it recursed deeper than the limit",
        JavaScriptException js => js.Error.ToString(),
        _ => ex.Message,
    };
}
