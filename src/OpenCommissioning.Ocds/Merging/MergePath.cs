using System.Text;

namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// The path being merged, kept as a stack of names and positions so that the text is only built when a warning
/// or an error needs it.
/// </summary>
internal sealed class MergePath
{
    private string?[] names = new string?[16];
    private int[] positions = new int[16];
    private int depth;

    public void Push(string name) => Push(name, -1);

    public void Push(int position) => Push(null, position);

    public void Pop() => depth--;

    public void Clear() => depth = 0;

    /// <summary>The path as "tender/items/0", with <paramref name="leaf"/> added when given.</summary>
    public string Describe(string? leaf = null)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            if (text.Length > 0)
            {
                text.Append('/');
            }

            if (names[i] is { } name)
            {
                text.Append(name);
            }
            else
            {
                text.Append(positions[i]);
            }
        }

        if (leaf is not null)
        {
            text.Append(text.Length > 0 ? "/" : "").Append(leaf);
        }

        return text.ToString();
    }

    private void Push(string? name, int position)
    {
        if (depth == names.Length)
        {
            Array.Resize(ref names, depth * 2);
            Array.Resize(ref positions, depth * 2);
        }

        names[depth] = name;
        positions[depth] = position;
        depth++;
    }
}
