using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenCommissioning.Notices;

/// <summary>What the 410 page for a withdrawn document says: which document, when it went and why.</summary>
public sealed record DocumentWithdrawnView(string Ocid, WithdrawnDocument Document);

/// <summary>
/// Answers 410 Gone with a GOV.UK page instead of the file. The download address is a minimal endpoint, not a
/// Razor page (every page in Notices is for the buyer's staff only), so it renders the view itself, in the layout.
/// </summary>
internal sealed class DocumentWithdrawnPage(DocumentWithdrawnView view) : IResult
{
    public const string ViewPath = "/Notices/DocumentWithdrawn.cshtml";

    public async Task ExecuteAsync(HttpContext context)
    {
        var metadata = context.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var result = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status410Gone,
            ViewData = new ViewDataDictionary<DocumentWithdrawnView>(metadata, new ModelStateDictionary()) { Model = view },
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
