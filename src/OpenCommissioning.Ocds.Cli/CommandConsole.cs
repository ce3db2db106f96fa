namespace OpenCommissioning.Ocds.Cli;

/// <summary>
/// Where a command reads and writes: the process's own standard streams, or captured ones in tests. Output is a
/// byte stream because commands write UTF-8 JSON, which would be slowed by a detour through characters.
/// </summary>
public sealed class CommandConsole(Stream input, Stream output, TextWriter error, TimeProvider? time = null)
{
    public Stream Input { get; } = input;

    public Stream Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TimeProvider Time { get; } = time ?? TimeProvider.System;

    /// <summary>Set when anything was reported, so that the command ends with a non-zero exit code.</summary>
    public int ProblemCount { get; private set; }

    public static CommandConsole System() =>
        new(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);

    public void Report(string message)
    {
        ProblemCount++;
        Error.WriteLine(message);
    }

    /// <summary>Tells the person something worth knowing that is not wrong with the input.</summary>
    public void Note(string message) => Error.WriteLine(message);

    public void WriteLine(ReadOnlySpan<byte> utf8Json)
    {
        Output.Write(utf8Json);
        Output.WriteByte((byte)'\n');
    }
}
