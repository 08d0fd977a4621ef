using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Acornima;
using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Runtime.Interop;
using JsEngine = Jint.Engine;
using Jint.Runtime;

namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>
/// Runs expressions in Jint with no CLR access and the limits of <see cref="ExpressionOptions"/>. A fresh
/// engine per evaluation keeps runs apart; the parsed script is cached per expression text. Jint's memory
/// limit is measured between statements, so the built-ins that make a long string in one call (repeat,
/// padStart/padEnd, concat, replace/replaceAll) are checked against <see cref="ExpressionOptions.MaxStringLength"/>
/// before they allocate, and so is the result.
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
            GuardStringBuilders(engine);
            foreach (var (name, value) in variables)
                engine.SetValue(name, JsValueConverter.ToJs(engine, value));
            var result = engine.Evaluate(script);
            if (result is JsString { Length: var length } && length > options.MaxStringLength) throw new StringTooLongException();
            return JsValueConverter.ToPlain(result);
        }
        catch (Exception ex) when (ex is JavaScriptException or JintException or InvalidOperationException or OutOfMemoryException
                                       or RegexMatchTimeoutException or StringTooLongException)
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
        jint.Constraints.RegexTimeout = options.RegexTimeout < options.Timeout ? options.RegexTimeout : options.Timeout;
        jint.Strict();
    }

    /// <summary>
    /// Replaces the string built-ins whose result can be far longer than their inputs with versions that
    /// work out the result's length first. Each converts its receiver and arguments once and hands the
    /// converted values on, so a script's own toString or valueOf runs exactly as often as before.
    /// </summary>
    private void GuardStringBuilders(JsEngine engine)
    {
        var prototype = engine.GetValue("String").AsObject().Get("prototype").AsObject();
        Guard(engine, prototype, "repeat", (text, args) =>
        {
            var count = TypeConverter.ToIntegerOrInfinity(args.At(0));
            Check((double)text.Length * count);
            return [count];
        });
        foreach (var pad in new[] { "padStart", "padEnd" })
            Guard(engine, prototype, pad, (_, args) =>
            {
                var target = TypeConverter.ToIntegerOrInfinity(args.At(0));
                Check(target);
                return [target, .. args.Skip(1)];
            });
        Guard(engine, prototype, "concat", (text, args) =>
        {
            var parts = args.Select(a => (JsValue)JsString.Create(TypeConverter.ToString(a))).ToArray();
            Check(text.Length + parts.Sum(p => (double)((JsString)p).Length));
            return parts;
        });
        foreach (var replace in new[] { "replace", "replaceAll" })
            Guard(engine, prototype, replace, (text, args) => [args.At(0), Replacement(engine, text, args.At(1))]);
        GuardJoin(engine);
    }

    /// <summary>
    /// Array.prototype.join on a real array: the separators and the strings and numbers it holds are counted
    /// before joining (read without running getters or toString, so the script sees no difference).
    /// </summary>
    private void GuardJoin(JsEngine engine)
    {
        var prototype = engine.GetValue("Array").AsObject().Get("prototype").AsObject();
        var original = prototype.Get("join");
        prototype.Set("join", new ClrFunction(engine, "join", (self, args) =>
        {
            if (self is JsArray array)
            {
                var separator = args.At(0).IsUndefined() ? 1 : TypeConverter.ToString(args.At(0)).Length;
                var length = array.Length;
                var known = Math.Max(0, length - 1.0) * separator;
                for (uint i = 0; i < length && known <= options.MaxStringLength; i++)
                    known += array.GetOwnProperty(i) is { Value: JsString text } ? text.Length : 0;
                Check(known);
                args = args.Length == 0 ? args : [JsString.Create(args.At(0).IsUndefined() ? "," : TypeConverter.ToString(args.At(0)))];
            }
            return engine.Call(original, self, args);
        }, 1));
    }

    private void Guard(JsEngine engine, Jint.Native.Object.ObjectInstance prototype, string name, Func<string, JsValue[], JsValue[]> check)
    {
        var original = prototype.Get(name);
        prototype.Set(name, new ClrFunction(engine, name, (self, args) =>
        {
            if (self.IsNull() || self.IsUndefined()) return engine.Call(original, self, args); // the built-in's own TypeError
            var text = TypeConverter.ToString(self);
            return engine.Call(original, JsString.Create(text), check(text, args));
        }, 1));
    }

    /// <summary>A replacement string bounds the result by (matches + 1) × its length; a replacement function is held to the total it returns.</summary>
    private JsValue Replacement(JsEngine engine, string text, JsValue replacement)
    {
        if (replacement is Jint.Native.Function.Function)
        {
            var total = (double)text.Length;
            return new ClrFunction(engine, "replacer", (self, args) =>
            {
                var piece = TypeConverter.ToString(engine.Call(replacement, self, args));
                Check(total += piece.Length);
                return JsString.Create(piece);
            });
        }
        var fixedText = TypeConverter.ToString(replacement);
        // "$&", "$`" and "$'" each stand for up to the whole text.
        var perMatch = fixedText.Contains('$') ? fixedText.Length * Math.Max(1.0, text.Length) : fixedText.Length;
        Check(text.Length + (text.Length + 1.0) * perMatch);
        return JsString.Create(fixedText);
    }

    private void Check(double length)
    {
        if (length > options.MaxStringLength) throw new StringTooLongException();
    }

    private static string StoppedReason(Exception ex) => ex switch
    {
        RegexMatchTimeoutException => "a regular expression ran longer than its time limit",
        TimeoutException => "it ran longer than the time limit",
        StatementsCountOverflowException => "it ran more statements than the limit",
        MemoryLimitExceededException or OutOfMemoryException => "it used more memory than the limit",
        StringTooLongException => "it built a string longer than the limit",
        RecursionDepthOverflowException => "it recursed deeper than the limit",
        JavaScriptException js => js.Error.ToString(),
        _ => ex.Message,
    };

    /// <summary>Thrown from a guarded built-in; not a JavaScript error, so no script can catch it and carry on.</summary>
    private sealed class StringTooLongException : Exception;
}
