using System.Text;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>Reads the <c>Code</c> column of an OCDS codelist CSV (RFC 4180: quoted fields may hold commas and lines).</summary>
internal static class CodelistReader
{
    public static HashSet<string> ReadCodes(string csv)
    {
        var rows = Parse(csv).ToList();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (rows.Count == 0) return codes;
        var column = rows[0].FindIndex(h => h.Trim() == "Code");
        if (column < 0) throw new InvalidDataException("This codelist has no 'Code' column.");
        foreach (var row in rows.Skip(1))
            if (column < row.Count && row[column].Length > 0) codes.Add(row[column]);
        return codes;
    }

    private static IEnumerable<List<string>> Parse(string csv)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                if (row.Any(f => f.Length > 0)) yield return row;
                row = [];
            }
            else if (c != '\uFEFF') field.Append(c);
        }
        row.Add(field.ToString());
        if (row.Any(f => f.Length > 0)) yield return row;
    }
}
