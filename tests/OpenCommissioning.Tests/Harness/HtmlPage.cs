using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OpenCommissioning.Tests.Harness;

/// <summary>A page fetched over HTTP and parsed, with its forms ready to fill in and post as a browser would.</summary>
public sealed class HtmlPage(HttpResponseMessage response, IDocument document)
{
    public HttpResponseMessage Response { get; } = response;
    public IDocument Document { get; } = document;
    public HttpStatusCode Status => Response.StatusCode;
    public string? Location => Response.Headers.Location?.OriginalString;

    public string Title => Document.Title ?? "";
    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";
    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The messages in the GOV.UK error summary.</summary>
    public IReadOnlyList<string> ErrorSummary =>
        Document.QuerySelectorAll(".govuk-error-summary__list a, .govuk-error-summary__list li").Select(e => e.TextContent.Trim()).Distinct().ToList();

    /// <summary>The error message shown beside a field (without the visually hidden "Error:").</summary>
    public string? FieldError(string fieldId) =>
        Document.GetElementById(fieldId + "-error")?.TextContent.Replace("Error:", "").Trim();

    public string? Value(string fieldId) => (Document.GetElementById(fieldId) as IHtmlInputElement)?.Value
        ?? Document.GetElementById(fieldId)?.TextContent;

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url) => await ParseAsync(await client.GetAsync(url));

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "https://localhost/"));
        return new HtmlPage(response, document);
    }

    /// <summary>
    /// Fills in the page's form (the one holding a submit button, or the one matching the selector) and posts it
    /// with every field it already holds, its anti-forgery token included.
    /// </summary>
    /// <param name="action">Where to post instead of the form's own action: a secondary button's formaction.</param>
    public async Task<HtmlPage> SubmitAsync(HttpClient client, IDictionary<string, string> values, string formSelector = "main form",
        string? action = null)
    {
        var form = Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {Title}.");
        var fields = FormFields(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }
        action ??= string.IsNullOrEmpty(form.GetAttribute("action")) ? Response.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        return await ParseAsync(await client.PostAsync(action, new FormUrlEncodedContent(fields)));
    }

    private static List<KeyValuePair<string, string>> FormFields(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked) fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is not ("submit" or "button") && !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }
        return fields;
    }
}
