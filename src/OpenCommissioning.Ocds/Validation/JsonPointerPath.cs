using System.Text;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>
/// The path of the value being checked, kept as a stack so that a string is built only when something is found
/// — most values produce no finding, and building paths for them would dominate the cost of validation.
/// </summary>
internal sealed class JsonPointerPath
{
    private string?[] names = new string?[32];
    private int[] indexes = new int[32];
    private int depth;

    public JsonPointerPath(string? prefix = null)
    {
        if (!string.IsNullOrEmpty(prefix)) Push(prefix);
    }

    public void Push(string name)
    {
        Grow();
        names[depth] = name;
        depth++;
    }

    public void Push(int index)
    {
        Grow();
        names[depth] = null;
        indexes[depth] = index;
        depth++;
    }

    public void Pop() => depth--;

    /// <summary>The path with array positions, such as <c>releases/0/tender/status</c>.</summary>
    public override string ToString() => Build(withIndexes: true, extra: null);

    public string With(string child) => Build(withIndexes: true, extra: child);

    /// <summary>The path without array positions, such as <c>releases/tender/status</c>, to group a field's uses.</summary>
    public string Field() => Build(withIndexes: false, extra: null);

    private string Build(bool withIndexes, string? extra)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            if (names[i] is null && !withIndexes) continue;
            if (builder.Length > 0) builder.Append('/');
            if (names[i] is { } name) builder.Append(name);
            else builder.Append(indexes[i]);
        }
        if (extra is not null) builder.Append(builder.Length > 0 ? "/" : "").Append(extra);
        return builder.ToString();
    }

    private void Grow()
    {
        if (depth < names.Length) return;
        Array.Resize(ref names, names.Length * 2);
        Array.Resize(ref indexes, indexes.Length * 2);
    }
}
