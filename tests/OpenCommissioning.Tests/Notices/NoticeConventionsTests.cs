using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenCommissioning.Notices;
using OpenCommissioning.Organisations.Members;
using OpenCommissioning.Tests.Harness;

namespace OpenCommissioning.Tests.Notices;

/// <summary>The folder's lock, read from the endpoints the service really maps: every page locked but the one public page.</summary>
public sealed class NoticeConventionsTests(ServiceFactory service) : IClassFixture<ServiceFactory>
{
    [Fact]
    public void EveryNoticesPage_ButTheNamedPublicOnes_NeedsMembershipAndThePublisherPolicy()
    {
        var pages = NoticesPages();

        // Opening another page to everyone must be a deliberate change to this list, and to this test.
        Assert.Equal([CpvSuggestModel.PagePath, PublicDocumentModel.PagePath], Conventions.PublicPages.Order(StringComparer.Ordinal));
        var locked = pages.Where(p => !Conventions.PublicPages.Contains(p.Key)).ToList();
        Assert.Contains(locked, p => p.Key == "/Notices/Publish"); // the endpoints were found at all
        Assert.True(locked.Count >= 9, $"only {locked.Count} pages found");
        Assert.All(locked, page =>
        {
            var policies = page.Value.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            Assert.Contains(OrganisationPolicies.Member, policies);
            Assert.Contains(PublisherPolicy.Name, policies);
            Assert.Null(page.Value.GetMetadata<IAllowAnonymous>());
        });
    }

    [Theory]
    [InlineData(PublicDocumentModel.PagePath)]
    [InlineData(CpvSuggestModel.PagePath)]
    public void PublicPage_IsOpenToAnyoneForReadingOnly(string path)
    {
        var page = NoticesPages()[path];

        Assert.NotNull(page.GetMetadata<IAllowAnonymous>());
        Assert.DoesNotContain(page.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy is not null);
        Assert.Equal([HttpMethods.Get, HttpMethods.Head], page.GetMetadata<IHttpMethodMetadata>()!.HttpMethods);
    }

    private Dictionary<string, EndpointMetadataCollection> NoticesPages() =>
        service.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Page: e.Metadata.GetMetadata<PageActionDescriptor>(), e.Metadata))
            .Where(e => e.Page?.ViewEnginePath.StartsWith("/Notices/", StringComparison.Ordinal) == true)
            .ToDictionary(e => e.Page!.ViewEnginePath, e => e.Metadata);
}
