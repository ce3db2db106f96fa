using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Cli;

/// <summary>
/// The items of every file named on the command line, or of standard input when none is (or for "-"). A file that
/// cannot be opened or whose JSON breaks is reported and the next file is read.
/// </summary>
internal static class InputFiles
{
    public const int Unreadable = 2;

    public static IEnumerable<OcdsItem> Read(IReadOnlyList<string>? paths, CommandConsole console, Action? onUnreadable = null)
    {
        var names = paths is { Count: > 0 } ? paths : ["-"];
        foreach (var name in names)
        {
            var reader = Open(name, console);
            if (reader is null) { onUnreadable?.Invoke(); continue; }
            using (reader)
            {
                using var items = reader.ReadItems().GetEnumerator();
                while (true)
                {
                    try
                    {
                        if (!items.MoveNext()) break;
                    }
                    catch (OcdsReadException e)
                    {
                        console.Report(e.Message);
                        onUnreadable?.Invoke();
                        break;
                    }
                    yield return items.Current;
                }
            }
        }
    }

    private static OcdsReader? Open(string name, CommandConsole console)
    {
        if (name == "-") return new OcdsReader(console.Input, OcdsReader.StandardInputName, leaveOpen: true);
        try
        {
            return new OcdsReader(new FileStream(name, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Report(e is FileNotFoundException or DirectoryNotFoundException
                ? $"{name}: there is no such file."
                : $"{name}: the file cannot be read: {e.Message}");
            return null;
        }
    }
}
