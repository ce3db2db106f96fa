using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenCommissioning.Notices;

/// <summary>
/// Refuses, with 400 and words, a form posting more answers than the server reads (1,024 by default). Without it the
/// anti-forgery check meets the unreadable form first and the buyer gets a server error. No real form comes close:
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
            context.Result = new ContentResult { StatusCode = StatusCodes.Status400BadRequest, ContentType = "text/plain; charset=utf-8", Content = Message };
        }
    }
}
