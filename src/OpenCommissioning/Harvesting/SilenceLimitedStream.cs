namespace OpenCommissioning.Harvesting;

/// <summary>
/// A response body that gives up when the portal falls silent: the request's timeout starts again at each read, so
/// a body that stops arriving (headers sent, the rest never) ends the attempt, while a large file that keeps coming
/// (a 360Giving file of many megabytes) is read however long it takes.
/// </summary>
internal sealed class SilenceLimitedStream(Stream body, CancellationTokenSource timeout, TimeSpan silence, CancellationToken token) : Stream
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        timeout.CancelAfter(silence);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, cancellationToken);
        return await body.ReadAsync(buffer, linked.Token);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override async ValueTask DisposeAsync()
    {
        await body.DisposeAsync();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) body.Dispose();
        base.Dispose(disposing);
    }
}
