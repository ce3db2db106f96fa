namespace OpenCommissioning.Ocds.Reading;

/// <summary>The input cannot be read as JSON from this point on; says where and what is wrong.</summary>
public sealed class OcdsReadException : Exception
{
    public OcdsReadException(string source, long line, string path, string problem, Exception? inner = null)
        : base(Describe(source, line, path, problem), inner)
    {
        Source = source;
        Line = line;
        Path = path;
        Problem = problem;
    }

    public new string Source { get; }

    public long Line { get; }

    /// <summary>The JSON path of the item being read when the problem was found; empty at the top level.</summary>
    public string Path { get; }

    public string Problem { get; }

    private static string Describe(string source, long line, string path, string problem) =>
        path.Length == 0 ? $"{source}, line {line}: {problem}" : $"{source}, line {line} ({path}): {problem}";
}
