using OpenCommissioning.Opportunities;

namespace OpenCommissioning.Tests.Opportunities;

public class NoticeMatchingRuleTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Opportunity Notice(string source, string? buyerId = "GB-LAE-LDS", string buyerName = "Leeds City Council",
        DateTimeOffset? closing = null, decimal? value = null, int publishedDaysLater = 0) => new()
    {
        Ocid = Guid.NewGuid().ToString(), Source = source, BuyerId = buyerId, MatchBuyer = NoticeMatching.NormaliseBuyer(buyerName),
        MatchTitle = NoticeMatching.Normalise("Supported living"), ClosingAt = closing, ValueAmount = value,
        PublishedAt = Published.AddDays(publishedDaysLater),
    };

    [Theory]
    [InlineData("Supported Living – Lot 1 (Leeds)", "supported living lot 1 leeds")]
    [InlineData("  Café & bar  services ", "cafe and bar services")]
    [InlineData("", "")]
    public void Normalise_DropsCaseAccentsAndPunctuation(string title, string expected) =>
        Assert.Equal(expected, NoticeMatching.Normalise(title));

    [Fact]
    public void NormaliseBuyer_DropsTheAndLegalEndings() =>
        Assert.Equal(NoticeMatching.NormaliseBuyer("The Leeds Trust Limited"), NoticeMatching.NormaliseBuyer("LEEDS TRUST LTD"));

    [Fact]
    public void Rule_SameValuePublishedWithinTheWindow_Matches()
    {
        var reason = NoticeMatching.RuleReason(Notice("Find a Tender", value: 50000m, publishedDaysLater: 14), Notice("Contracts Finder", value: 50000m));

        Assert.Equal("Same buyer identifier, title and value, published within 14 days of each other.", reason);
    }

    [Fact]
    public void Rule_SameValuePublishedOutsideTheWindow_DoesNotMatch() =>
        Assert.Null(NoticeMatching.RuleReason(Notice("Find a Tender", value: 50000m, publishedDaysLater: 15), Notice("Contracts Finder", value: 50000m)));

    [Fact]
    public void Rule_NoIdentifiers_FallsBackToTheBuyersNormalisedName()
    {
        var reason = NoticeMatching.RuleReason(Notice("Find a Tender", null, "LEEDS CITY COUNCIL", value: 1m), Notice("Contracts Finder", null, value: 1m));

        Assert.Equal("Same buyer name, title and value, published within 14 days of each other.", reason);
    }

    [Fact]
    public void Rule_DeadlinesGivenButDifferent_DoesNotMatchEvenWithTheSameValue()
    {
        var closing = Published.AddDays(30);

        Assert.Null(NoticeMatching.RuleReason(Notice("Find a Tender", closing: closing, value: 5m), Notice("Contracts Finder", closing: closing.AddDays(1), value: 5m)));
    }
}
