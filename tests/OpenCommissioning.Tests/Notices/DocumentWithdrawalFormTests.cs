using System.Net;
using OpenCommissioning.Notices;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The amendment form's choice of documents to withdraw: each wrong answer has its own message and drafts nothing.</summary>
public sealed class DocumentWithdrawalFormTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task AmendForm_OffersEachPublishedDocumentAsACheckbox()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification", "Pricing schedule");

        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));

        Assert.Equal(documents.Select(d => d.ToString()), form.OfferedForWithdrawal());
        var labels = form.Document.QuerySelectorAll("input[name=WithdrawDocuments] + label").Select(l => l.TextContent.Trim());
        Assert.Equal(["Specification", "Pricing schedule"], labels);
        Assert.NotNull(form.Document.QuerySelector("textarea[name=WithdrawalReason]"));
    }

    [Fact]
    public async Task AmendForm_OfANoticeWithoutDocuments_OffersNoWithdrawal()
    {
        var buyer = await service.BuyerAsync();
        var (id, _) = await buyer.PublishedWithDocumentsAsync();

        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));

        Assert.Empty(form.OfferedForWithdrawal());
        Assert.Null(form.Document.QuerySelector("textarea[name=WithdrawalReason]"));
    }

    [Theory]
    [InlineData(true, "", "WithdrawalReason", "Enter why the documents are withdrawn")]
    [InlineData(true, "   ", "WithdrawalReason", "Enter why the documents are withdrawn")]
    [InlineData(true, "501", "WithdrawalReason", "Reason for withdrawing must be 500 characters or fewer")]
    [InlineData(false, "Replaced", "WithdrawDocuments", "Select the documents to withdraw, or delete the reason")]
    public async Task Amend_WhenWithdrawalAnswerWrong_ShowsItsMessageAndDraftsNothing(bool tick, string reason, string field, string message)
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification");
        var typed = reason == "501" ? new string('x', 501) : reason;

        var result = await buyer.AmendWithdrawingAsync(id, tick ? documents : [], typed);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError(field));
        Assert.Contains(message, result.ErrorSummary);
        Assert.Equal(tick, ((AngleSharp.Html.Dom.IHtmlInputElement)result.Document.QuerySelector("input[name=WithdrawDocuments]")!).IsChecked);
        Assert.Equal(1, (await service.ProcurementNoticesAsync(id)));
        Assert.DoesNotContain(await service.WithdrawalsAsync(), w => w.DocumentId == documents[0]);
    }

    [Fact]
    public async Task Amend_WithAReasonOf500Characters_DraftsTheWithdrawal()
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification");

        var result = await buyer.AmendWithdrawingAsync(id, documents, new string('x', 500));

        Assert.NotNull(result.Location);
        var withdrawal = Assert.Single(await service.WithdrawalsAsync(), w => w.DocumentId == documents[0]);
        Assert.Equal(500, withdrawal.Reason.Length);
        Assert.Equal(Guid.Parse(result.Location!.Split('/').Last()), withdrawal.NoticeId);
    }

    [Theory]
    [InlineData("not-a-document-id")]
    [InlineData("3f1c2b9e-0000-4000-8000-000000000001")]
    public async Task Amend_WhenAPostedDocumentIsNotThisNoticesOwn_ShowsItsMessageAndDraftsNothing(string posted)
    {
        var buyer = await service.BuyerAsync();
        var (id, documents) = await buyer.PublishedWithDocumentsAsync("Specification");
        var form = await HtmlPage.GetAsync(buyer.Browser, NoticeLinks.Amend(buyer.Organisation.Id, id));
        var box = (AngleSharp.Html.Dom.IHtmlInputElement)form.Document.QuerySelector("input[name=WithdrawDocuments]")!;
        box.Value = posted;
        box.IsChecked = true;

        var result = await form.SubmitAsync(buyer.Browser, new Dictionary<string, string>
        {
            ["Rationale"] = "Specification replaced", ["WithdrawalReason"] = WithdrawalArrange.Reason,
        });

        Assert.Equal("Choose only documents listed for this notice", result.FieldError("WithdrawDocuments"));
        Assert.Equal(1, await service.ProcurementNoticesAsync(id));
        Assert.DoesNotContain(await service.WithdrawalsAsync(), w => w.DocumentId == documents[0]);
    }
}
