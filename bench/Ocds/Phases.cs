using System.Text.Json;
using OpenCommissioning.Ocds.Cli;
using OpenCommissioning.Ocds.Validation;

namespace OpenCommissioning.Ocds.Bench;

/// <summary>The work each child process times: the floor, compile and validate, over the same file.</summary>
internal static class Phases
{
    public static void Run(string phase, string path)
    {
        switch (phase)
        {
            case "floor": Floor(path); break;
            case "compile": Compile(path); break;
            case "validate": Validate(path); break;
            default: throw new ArgumentException($"There is no phase called '{phase}'.");
        }
    }

    /// <summary>Parses every package with System.Text.Json and writes it out again: the least any JSON-to-JSON tool does.</summary>
    private static void Floor(string path)
    {
        using var writer = new Utf8JsonWriter(Stream.Null);
        foreach (var line in Lines(path))
        {
            using var document = JsonDocument.Parse(line);
            document.WriteTo(writer);
            writer.Flush();
            writer.Reset();
        }
    }

    /// <summary>The whole <c>ocds compile</c> command, in this process, reading the file and writing to nowhere.</summary>
    private static void Compile(string path)
    {
        var exitCode = OcdsCommand.Run(["compile", path], new CommandConsole(Stream.Null, Stream.Null, TextWriter.Null));
        if (exitCode != 0) throw new InvalidOperationException($"ocds compile exited with {exitCode}.");
    }

    /// <summary>Validates each package (one per line) as <c>ocds validate</c> would validate it as a file.</summary>
    private static void Validate(string path)
    {
        var validator = new OcdsValidator();
        foreach (var line in Lines(path))
        {
            using var stream = new MemoryStream(line, writable: false);
            validator.Validate(stream, "package.json");
        }
    }

    /// <summary>Each line's bytes, split without decoding, so that the floor pays nothing a JSON tool need not.</summary>
    private static IEnumerable<byte[]> Lines(string path)
    {
        using var file = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            var count = file.Read(buffer, filled, buffer.Length - filled);
            filled += count;
            var start = 0;
            int newline;
            while ((newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
            {
                if (newline > 0) yield return buffer.AsSpan(start, newline).ToArray();
                start += newline + 1;
            }
            buffer.AsSpan(start, filled - start).CopyTo(buffer);
            filled -= start;
            if (count == 0)
            {
                if (filled > 0) yield return buffer.AsSpan(0, filled).ToArray();
                yield break;
            }
        }
    }
}
