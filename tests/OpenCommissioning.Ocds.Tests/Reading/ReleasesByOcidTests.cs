using System.Text;
using OpenCommissioning.Ocds.Reading;

namespace OpenCommissioning.Ocds.Tests.Reading;

public class ReleasesByOcidTests
{
    [Fact]
    public void Groups_GivesEachOcidsReleasesInInputOrderWithTheirPlaces()
    {
        using var groups = new ReleasesByOcid();
        groups.Add("b", "{\"n\":1}"u8, "f, line 1");
        groups.Add("a", "{\"n\":2}"u8, "f, line 2");
        groups.Add("b", "{\"n\":3}"u8, "f, line 3");

        var read = groups.Groups().ToList();

        Assert.Equal(["b", "a"], read.Select(g => g.Ocid));
        Assert.Equal(["{\"n\":1}", "{\"n\":3}"], read[0].Releases.Select(r => Encoding.UTF8.GetString(r.Utf8Json.Span)));
        Assert.Equal("f, line 3", read[0].Releases[1].Location);
        Assert.Equal(3, groups.ReleaseCount);
        Assert.Equal(2, groups.OcidCount);
    }
}
