using System.Text.Json;
using OpenCommissioning.OpenData;

namespace OpenCommissioning.Tests.OpenData;

public class ReleaseAddedPayloadTests
{
    [Fact]
    public void Processes_OfAJobQueuedBeforePagesWereAnnouncedTogether_IsItsOneOcid()
    {
        var added = JsonSerializer.Deserialize<ReleaseAdded>("""{"Ocid":"ocds-b5fd17-1"}""")!;

        Assert.Equal(["ocds-b5fd17-1"], added.Processes());
    }

    [Fact]
    public void Processes_OfAPage_AreItsOcidsOnceEachInOrder()
    {
        var payload = JsonSerializer.Serialize(new ReleaseAdded(Ocids: ["ocds-b5fd17-2", "ocds-b5fd17-1", "ocds-b5fd17-2"]));

        var added = JsonSerializer.Deserialize<ReleaseAdded>(payload)!;

        Assert.Equal(["ocds-b5fd17-2", "ocds-b5fd17-1"], added.Processes());
    }
}
