namespace OpenCommissioning.Notices;

/// <summary>
/// A request body that refuses to be read past its limit, with the 413 the server itself gives. Kestrel cuts off a
/// body sent without its length at <c>MaxRequestBodySize</c>, but not every host does (the test server does not), and
/// the form reader's own limit fails with an error that cannot be told apart from a form with too many answers.
/// </summary>
internal sealed class BoundedRequestBody(Stream inner, long limit) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Counted(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Counted(int bytes)
    {
        read += bytes;
        if (read > limit) throw new BadHttpRequestException($"The request body is longer than {limit:N0} bytes.", StatusCodes.Status413PayloadTooLarge);
        return bytes;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
