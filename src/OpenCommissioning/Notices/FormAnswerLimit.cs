using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using OpenCommissioning.Platform.Pages;

namespace OpenCommissioning.Notices;

/// <summary>
/// Refuses, with a GOV.UK error page, a form the server cannot read: 400 in words when it posts more answers than
/// the server reads (1,024 by default), 413 when a body sent without its length runs past the upload limit. Without it
/// the anti-forgery check meets the unreadable form first and the buyer gets a server error. No real form comes close:
/// the lists on it are capped far lower (<see cref="ListLimits"/>), so only a forged or broken post is refused here.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class FormAnswerLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    public const string Message = "The form sent more answers than this service can read, so nothing was saved. Go back to the form and try again.";

    /// <summary>After <see cref="DocumentUploadLimitAttribute"/> (800), which sets how the form is read, and before the anti-forgery filter (1000).</summary>
    public int Order => 900;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType) return;
        try
        {
            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (InvalidDataException)
        {
            ErrorModel.Explain(context.HttpContext, Message);
            Refuse(context, StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException tooLong) when (tooLong.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Refuse(context, tooLong.StatusCode); // a body sent without its length ran past the limit (DocumentUploadLimitAttribute)
        }
    }

    private static void Refuse(AuthorizationFilterContext context, int status)
    {
        // The error page is re-executed for this same POST; an empty form spares it the unreadable one.
        context.HttpContext.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Result = new StatusCodeResult(status);
    }
}
