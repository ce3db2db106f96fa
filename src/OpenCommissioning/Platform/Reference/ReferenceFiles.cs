using System.Reflection;
using System.Text;

namespace OpenCommissioning.Platform.Reference;

/// <summary>Reads the embedded reference CSV files (see README.md in this folder).</summary>
internal static class ReferenceFiles
{
    public static IEnumerable<string[]> ReadCsv(string fileName)
    {
        var assembly = typeof(ReferenceFiles).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Reference." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return SplitLine(line);
    }

    /// <summary>Splits one line of minimally quoted CSV: commas inside quotes stay, doubled quotes become one.</summary>
    internal static string[] SplitLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
