using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenCommissioning.Tests.Platform;

/// <summary>
/// A minimal SMTP server on loopback that accepts one message and keeps what it was sent, so the SMTP sender is
/// tested over a real socket with the real MailKit client.
/// </summary>
internal sealed class FakeSmtpServer : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;
    public List<string> Recipients { get; } = [];
    public string Data { get; private set; } = "";

    public FakeSmtpServer() => listener.Start();

    public async Task ServeOneAsync()
    {
        using var client = await listener.AcceptTcpClientAsync();
        using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost ready");
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ')[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO": await writer.WriteLineAsync("250 localhost"); break;
                case "RCPT": Recipients.Add(line[(line.IndexOf('<') + 1)..line.IndexOf('>')]); await writer.WriteLineAsync("250 OK"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 Go ahead");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") data.AppendLine(dataLine);
                    Data = data.ToString();
                    await writer.WriteLineAsync("250 Queued");
                    break;
                case "QUIT": await writer.WriteLineAsync("221 Bye"); return;
                default: await writer.WriteLineAsync("250 OK"); break;
            }
        }
    }

    public void Dispose() => listener.Stop();
}
