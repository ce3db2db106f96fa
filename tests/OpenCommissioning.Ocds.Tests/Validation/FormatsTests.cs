using OpenCommissioning.Ocds.Validation.Schema;

namespace OpenCommissioning.Ocds.Tests.Validation;

public class FormatsTests
{
    [Theory]
    [InlineData("2025-01-31T09:00:00Z", true)]
    [InlineData("2025-01-31T09:00:00.123Z", true)]
    [InlineData("2025-04-17T00:00:00+01:00", true)]
    [InlineData("2024-02-29T00:00:00Z", true)]
    [InlineData("2025-02-29T00:00:00Z", false)]
    [InlineData("2025-01-31T09:00:00", false)]
    [InlineData("2025-01-31", false)]
    [InlineData("2025-13-01T00:00:00Z", false)]
    [InlineData("2025-01-31T24:00:00Z", false)]
    [InlineData("2025-01-31T09:00:00+1:00", false)]
    [InlineData("31/01/2025 09:00:00Z", false)]
    public void IsDateTime_FollowsRfc3339(string text, bool expected)
    {
        Assert.Equal(expected, Formats.IsDateTime(text));
    }

    [Theory]
    [InlineData("https://example.com/notice", true)]
    [InlineData("urn:uuid:2a1e3359-87a0-4fdd-ac61-20d5e6520a13", true)]
    [InlineData("example.com/notice", false)]
    [InlineData("not a web address", false)]
    public void IsValid_ForUri_NeedsAnAbsoluteUri(string text, bool expected)
    {
        Assert.Equal(expected, Formats.IsValid(StringFormat.Uri, text));
    }
}
