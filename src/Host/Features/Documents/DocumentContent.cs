using System.Security.Cryptography;
using System.Text;

namespace Orchestrator.Host.Features.Documents;

/// <summary>What one printed document says, before it is laid out: its facts line by line, its clauses and who signs.</summary>
public sealed record DocumentContent(
    DocumentKind Kind,
    string Title,
    string CompanyName,
    string Hotline,
    string RequestNumber,
    IReadOnlyList<DocumentLine> Lines,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Signatories)
{
    /// <summary>
    /// SHA-256 of the text: equal for an unchanged document, whatever day it is printed, so a reprint can hand
    /// out the archived PDF (whose bytes carry a creation time and differ at every rendering).
    /// </summary>
    public string Fingerprint()
    {
        var text = new StringBuilder().AppendLine(Kind.Slug()).AppendLine(Title).AppendLine(CompanyName).AppendLine(Hotline).AppendLine(RequestNumber);
        foreach (var line in Lines) text.Append(line.Label).Append('\u001f').AppendLine(line.Value);
        foreach (var clause in Clauses) text.AppendLine(clause);
        foreach (var party in Signatories) text.AppendLine(party);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

public sealed record DocumentLine(string Label, string Value);
