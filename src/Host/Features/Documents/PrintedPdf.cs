namespace Orchestrator.Host.Features.Documents;

/// <summary>A printed document as handed out: its bytes, a file name, its archived version and whether it was a reprint.</summary>
public sealed record PrintedPdf(byte[] Bytes, string FileName, int Version, bool FromArchive);
