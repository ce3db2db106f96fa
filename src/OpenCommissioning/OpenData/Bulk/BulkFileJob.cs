using System.Text.Json;
using OpenCommissioning.Platform.Jobs;

namespace OpenCommissioning.OpenData.Bulk;

public sealed record BulkMonth(string Month);

/// <summary>
/// Rewrites one month's bulk file after releases of that month were added. Running it twice is harmless: a file
/// that already holds the month's newest release is left alone, so a burst of additions costs one rewrite.
/// </summary>
public sealed class BulkFileJob(BulkFiles files) : IJobHandler
{
    public const string JobKind = "opendata.bulk-file";

    public string Kind => JobKind;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var month = JsonSerializer.Deserialize<BulkMonth>(payload)?.Month
            ?? throw new InvalidOperationException("The bulk file job has no month.");
        await files.RefreshAsync(month, cancellationToken);
    }
}
