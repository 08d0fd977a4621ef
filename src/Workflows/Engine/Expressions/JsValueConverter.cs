using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;
using Jint.Native.Object;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>
/// Converts plain variable values to native JavaScript values and back. Objects are copied, never wrapped,
/// so a script cannot reach any .NET object through a variable.
/// </summary>
internal static class JsValueConverter
{
    public static JsValue ToJs(JsEngine engine, object? value) => PlainValue.Normalize(value) switch
    {
        null => JsValue.Null,
        string s => new JsString(s),
        bool b => b ? JsBoolean.True : JsBoolean.False,
        long l => new JsNumber(l),
        double d => new JsNumber(d),
        Dictionary<string, object?> map => ToJsObject(engine, map),
        List<object?> list => new JsArray(engine, list.Select(item => ToJs(engine, item)).ToArray()),
        var other => new JsString(other.ToString() ?? ""),
    };

    public static object? ToPlain(JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
            return null;
        if (value.IsBoolean())
            return value.AsBoolean();
        if (value.IsNumber())
            return PlainValue.Number(value.AsNumber());
        if (value.IsString())
            return value.AsString();
        if (value.IsDate())
            return value.AsDate().ToDateTime().ToString("O");
        if (value is JsArray array)
            return Enumerable.Range(0, (int)array.Length).Select(i => ToPlain(array.Get(i))).ToList();
        if (value is ObjectInstance obj && !value.IsRegExp())
            return ToPlainMap(obj);
        return value.ToString();
    }

    private static JsObject ToJsObject(JsEngine engine, Dictionary<string, object?> map)
    {
        var result = new JsObject(engine);
        foreach (var (key, item) in map)
            result.Set(key, ToJs(engine, item));
        return result;
    }

    private static Dictionary<string, object?> ToPlainMap(ObjectInstance obj)
    {
        var result = new Dictionary<string, object?>();
        foreach (var (key, descriptor) in obj.GetOwnProperties())
            if (descriptor.Enumerable && key.IsString())
                result[key.AsString()] = ToPlain(obj.Get(key));
        return result;
    }
}
