using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>The fingerprint of a definition's XML: identical files deploy once.</summary>
public static class DefinitionContent
{
    public static string Hash(string xml) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
}
