using System.Xml;
using System.Xml.Linq;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>
/// Reads BPMN 2.0 XML. Streams are decoded by <see cref="XmlReader"/> itself so the encoding declared in
/// the file (UTF-8, ISO-8859-1, ...) is honoured. DTDs are refused and nothing external is resolved.
/// </summary>
public sealed class BpmnParser
{
    public BpmnParseResult Parse(Stream xml)
    {
        using var reader = XmlReader.Create(xml, SafeSettings());
        return Parse(reader);
    }

    public BpmnParseResult Parse(string xml)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, SafeSettings());
        return Parse(reader);
    }

    private static BpmnParseResult Parse(XmlReader reader)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            return Failed(UnreadableFileMessage(ex));
        }

        var root = document.Root;
        if (root is null || root.Name != BpmnNamespaces.Model + "definitions")
            return Failed("The file is not BPMN 2.0: its root element must be bpmn:definitions.");

        var diagnostics = new List<BpmnDiagnostic>();
        var definitions = DefinitionsReader.Read(root);
        diagnostics.AddRange(ExecutionSupportInspector.Inspect(definitions));
        diagnostics.AddRange(ForeignExtensionInspector.Inspect(root));
        return new BpmnParseResult(definitions, diagnostics);
    }

    private static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        CloseInput = false,
    };

    private static string UnreadableFileMessage(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
            ? "The file declares a DTD (<!DOCTYPE ...>); DTDs are refused for security reasons. Remove it and upload again."
            : $"The file is not well-formed XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}";

    private static BpmnParseResult Failed(string message) =>
        new(null, [new BpmnDiagnostic(null, null, "definitions", message, DiagnosticSeverity.Error)]);
}
