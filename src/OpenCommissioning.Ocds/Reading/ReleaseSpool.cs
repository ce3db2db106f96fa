using Microsoft.Win32.SafeHandles;

namespace OpenCommissioning.Ocds.Reading;

/// <summary>
/// Keeps items' JSON in a temporary file, not in memory, so that a command can read its input once and come back
/// to any item later. The file is deleted when the spool is disposed.
/// </summary>
public sealed class ReleaseSpool : IDisposable
{
    private readonly FileStream file;
    private readonly SafeFileHandle handle;
    private long length;
    private bool dirty;

    public ReleaseSpool(string? folder = null)
    {
        var path = Path.Combine(folder ?? Path.GetTempPath(), $"ocds-spool-{Guid.NewGuid():N}.tmp");
        file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20, FileOptions.DeleteOnClose);
        handle = file.SafeFileHandle;
    }

    /// <summary>Adds a copy of the bytes and gives back where they were put.</summary>
    public long Append(ReadOnlySpan<byte> utf8Json)
    {
        var offset = length;
        file.Write(utf8Json);
        length += utf8Json.Length;
        dirty = true;
        return offset;
    }

    public byte[] Read(long offset, int count)
    {
        if (dirty) { file.Flush(); dirty = false; }
        var bytes = new byte[count];
        var done = 0;
        while (done < count) done += RandomAccess.Read(handle, bytes.AsSpan(done), offset + done);
        return bytes;
    }

    public void Dispose() => file.Dispose();
}
