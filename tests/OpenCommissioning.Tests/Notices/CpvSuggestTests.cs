using System.Net;
using System.Text.Json;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;
using OpenCommissioning.Tests.Organisations;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The CPV codes suggested as a buyer types, and the form that asks for them.</summary>
public sealed class CpvSuggestTests(SqliteServiceFactory service) : IClassFixture<SqliteServiceFactory>
{
    private async Task<(HttpResponseMessage Response, string Body, JsonElement[] Found)> SuggestAsync(string query)
    {
        var response = await service.CreateBrowser().GetAsync("/cpv/suggest?q=" + Uri.EscapeDataString(query));
        var body = await response.Content.ReadAsStringAsync();
        return (response, body, response.IsSuccessStatusCode ? JsonSerializer.Deserialize<JsonElement[]>(body)! : []);
    }

    [Fact]
    public async Task Suggest_WhenWordsMatch_ReturnsTheirCodesToAnyone()
    {
        var (response, _, found) = await SuggestAsync("social work");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(found, s => s.GetProperty("code").GetString() == "85310000" && s.GetProperty("label").GetString() == "Social work services");
        // Labels that hold the words as typed come before codes that mention them apart (building works for
        // social services), whatever their codes.
        var together = found.Select(s => s.GetProperty("label").GetString()!.Contains("social work", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(together.OrderByDescending(t => t), together);
        Assert.True(together[0]);
        Assert.Contains(false, together);
        // Every word typed is in each label, though not always side by side.
        Assert.All(found, s => Assert.All(new[] { "social", "work" }, w => Assert.Contains(w, s.GetProperty("label").GetString(), StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Suggest_WhenManyMatch_ReturnsTenAtMost()
    {
        var (_, _, found) = await SuggestAsync("services");

        Assert.Equal(CpvSuggestModel.Limit, found.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Suggest_WhenNothingUsefulIsAsked_ReturnsAnEmptyList(string query)
    {
        var (response, body, _) = await SuggestAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", body);
    }

    [Fact]
    public async Task Suggest_WhenALabelHoldsAnApostrophe_EscapesItInTheJson()
    {
        var (_, body, found) = await SuggestAsync("sheep milk");

        Assert.Contains(found, s => s.GetProperty("label").GetString() == "Sheep's milk");
        Assert.DoesNotContain("'", body);
        Assert.DoesNotContain("<", body);
    }

    [Fact]
    public async Task TenderForm_AsksForSuggestionsOnlyThroughItsNoncedScript()
    {
        var buyer = await service.BuyerAsync();

        var response = await buyer.Browser.GetAsync(NoticeLinks.NewTender(buyer.Organisation.Id));
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(CpvSuggestModel.Address, page.Document.GetElementById("Input_CpvCodes")!.GetAttribute("data-cpv-suggest"));
        var script = Assert.Single(page.Document.Scripts, s => s.Text.Contains("data-cpv-suggest"));
        var nonce = script.GetAttribute("nonce");
        Assert.False(string.IsNullOrEmpty(nonce));
        Assert.Contains($"'nonce-{nonce}'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
