using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenCommissioning.Platform.Pages;

/// <summary>GOV.UK-style error pages, shown for error status codes and unhandled exceptions.</summary>
[IgnoreAntiforgeryToken(Order = 1001)] // re-executed for failed POSTs too; it shows text and changes nothing
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public IReadOnlyList<string> Paragraphs { get; private set; } = [];

    /// <summary>
    /// Sets what the error page re-executed for this request says instead of its general words: for a refusal whose
    /// reason is known where it happens, so the user reads it on a GOV.UK page rather than as bare text.
    /// </summary>
    public static void Explain(HttpContext context, string paragraph) => context.Items[ExplanationKey] = paragraph;

    private static readonly object ExplanationKey = new();

    public void OnGet(int code) => Describe(code);
    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Paragraphs) = code switch
        {
            400 => Text("Sorry, there is a problem with your request", "The page could not understand what was sent. If you submitted a form, go back, refresh the page and try again."),
            403 => Text("You do not have permission to see this page", "If you think you should have access, ask an administrator of your organisation."),
            404 => Text("Page not found", "If you typed the web address, check it is correct.", "If you pasted the web address, check you copied the entire address."),
            413 => Text("The file you sent is too big", "Go back and choose a smaller file."),
            429 => Text("Sorry, there have been too many attempts", "Wait a minute, then try again."),
            _ => Text("Sorry, there is a problem with the service", "Try again later. Anything you had saved has not been lost."),
        };
        if (HttpContext.Items[ExplanationKey] is string explanation) Paragraphs = [explanation];
        Response.StatusCode = code is >= 400 and < 600 ? code : 500;
    }

    private static (string, IReadOnlyList<string>) Text(string heading, params string[] paragraphs) => (heading, paragraphs);
}
