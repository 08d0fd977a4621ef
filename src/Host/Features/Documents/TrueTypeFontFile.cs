using System.Buffers.Binary;

namespace Orchestrator.Host.Features.Documents;

/// <summary>
/// Reads a TrueType font file for PDFsharp, which embeds single .ttf fonts only: from a collection (.ttc, as
/// Debian ships WenQuanYi Micro Hei) the first face is copied out as a font of its own, tables unchanged.
/// CFF outlines (OpenType "OTTO", e.g. Noto CJK) are refused: PDFsharp cannot embed them.
/// </summary>
public static class TrueTypeFontFile
{
    public static byte[] FirstFace(byte[] file)
    {
        var tag = Tag(file, 0);
        if (tag != "ttcf") return IsTrueType(file, 0) ? file : throw new InvalidDataException(Refusal(tag));
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        if (!IsTrueType(file, face)) throw new InvalidDataException(Refusal(Tag(file, face)));

        var tables = BinaryPrimitives.ReadUInt16BigEndian(file.AsSpan(face + 4));
        var directory = 12 + 16 * tables;
        var records = Enumerable.Range(0, tables).Select(i => face + 12 + 16 * i).Select(at => (
            Record: at,
            Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 8)),
            Length: (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at + 12)))).ToList();
        var font = new byte[directory + records.Sum(r => Padded(r.Length))];
        file.AsSpan(face, directory).CopyTo(font);
        var next = directory;
        for (var i = 0; i < records.Count; i++)
        {
            var (_, offset, length) = records[i];
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(12 + 16 * i + 8), (uint)next);
            file.AsSpan(offset, length).CopyTo(font.AsSpan(next));
            next += Padded(length);
        }
        return font;
    }

    /// <summary>Why the file cannot be embedded, or null when it (or a collection's first face) has TrueType outlines.</summary>
    public static string? Problem(byte[] file)
    {
        if (file.Length < 16) return "it is not a font file";
        var tag = Tag(file, 0);
        if (tag != "ttcf") return IsTrueType(file, 0) ? null : Refusal(tag);
        var face = (int)BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(12));
        return IsTrueType(file, face) ? null : $"its first face: {(face + 4 <= file.Length ? Refusal(Tag(file, face)) : "it is not a font file")}";
    }

    private static bool IsTrueType(byte[] file, int at) =>
        at + 4 <= file.Length && (Tag(file, at) == "true" || BinaryPrimitives.ReadUInt32BigEndian(file.AsSpan(at)) == 0x00010000);

    private static string Tag(byte[] file, int at) => System.Text.Encoding.ASCII.GetString(file, at, 4);

    private static string Refusal(string tag) => tag == "OTTO"
        ? "it has CFF outlines (OpenType/CFF, like Noto CJK), which PDFsharp cannot embed"
        : "it is not a TrueType font";

    private static int Padded(int length) => (length + 3) & ~3;
}
