using System.Xml.Linq;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>The XML namespaces the parser understands; every other namespace is ignored.</summary>
public static class BpmnNamespaces
{
    public static readonly XNamespace Model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";

    /// <summary>Our own extensions (prefix <c>orc</c>) for what Zeebe lacks, such as working-day timers.</summary>
    public static readonly XNamespace Orchestrator = "http://orchestrator.local/schema/bpmn";
}
