using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using OpenCommissioning.Grants;
using OpenCommissioning.Ocds.Validation;
using static OpenCommissioning.Tests.Grants.GrantFiles;

namespace OpenCommissioning.Tests.Grants;

public class GrantFileSizeTests
{
    [Fact]
    public async Task Read_AThousandGrants_GivesOneValidReleasePerGrantInOrder()
    {
        var grants = Enumerable.Range(1, 1000).Select(n => (JsonNode)Grant($"360G-examplefund-{n:D5}", n * 10m)).ToArray();

        var results = await ReadAsync(File(grants));

        Assert.Equal(1000, results.Count);
        Assert.All(results, r => Assert.Empty(r.Problems));
        Assert.Equal(Enumerable.Range(1, 1000).Select(n => $"360G-examplefund-{n:D5}"), results.Select(r => r.GrantId));
        Assert.Equal(1000, results.Select(r => (string?)r.Release!["ocid"]).Distinct().Count());
        var validator = new OcdsValidator();
        Assert.All(results.Take(50), r => Assert.DoesNotContain(validator.ValidateRelease(r.Release!), f => f.Severity == Severity.Error));
    }

    [Fact]
    public async Task Read_AGrantLargerThanTheReadBuffer_IsReadWhole()
    {
        var grant = Grant();
        grant["description"] = new string('x', 300_000);

        var result = await ReadOneAsync(grant);

        Assert.Equal(300_000, ((string?)result.Release!["awards"]![0]!["description"])!.Length);
    }

    [Fact]
    public async Task Read_WhatComesAfterTheGrantsAndBeforeThem_IsReadPast()
    {
        var json = $$"""{"title":"x","extensions":[],"meta":{"a":[1,{"grants":[]}]},"grants":[{{Grant().ToJsonString()}}],"issued":"2024-01-01"}""";

        var results = await ReadAsync(File(json));

        Assert.NotNull(Assert.Single(results).Release);
    }

    [Fact]
    public void Read_FromAStreamGivingFewBytesAtATime_GivesTheSameGrants()
    {
        Gen.Int[1, 97].Sample(chunk =>
        {
            var bytes = Encoding.UTF8.GetBytes(new JsonObject { ["grants"] = new JsonArray(Grant("a"), Grant("b"), Grant("c")) }.ToJsonString());
            var results = ReadAsync(new TrickleStream(bytes, chunk)).GetAwaiter().GetResult();
            return results.Select(r => r.GrantId).SequenceEqual(["a", "b", "c"]) && results.All(r => r.Release is not null);
        }, iter: 40);
    }

    /// <summary>A stream that gives at most a few bytes per read, as a slow network does.</summary>
    private sealed class TrickleStream(byte[] bytes, int chunk) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(chunk, buffer.Length)], cancellationToken);
    }
}
