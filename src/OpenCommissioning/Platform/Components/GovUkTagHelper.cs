using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// Base for our GOV.UK component tag helpers: the element's body becomes the component's <c>html</c>, any attribute
/// the tag helper does not bind is passed to the component's main element (the macros' <c>attributes</c>), and the
/// tag itself is replaced by the component's markup.
/// </summary>
public abstract class GovUkTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = await output.GetChildContentAsync();
        var attributes = output.Attributes.Select(ToPair).ToList();
        var markup = Render(body.IsEmptyOrWhiteSpace ? null : body, attributes);
        output.TagName = null;
        output.Attributes.Clear();
        if (markup is null)
        {
            output.SuppressOutput();
            return;
        }
        output.Content.SetHtmlContent(markup);
    }

    /// <summary>Builds the markup, or returns null when the component has nothing to show.</summary>
    protected abstract IHtmlContent? Render(IHtmlContent? body, IReadOnlyList<KeyValuePair<string, object?>> attributes);

    private static KeyValuePair<string, object?> ToPair(TagHelperAttribute attribute) =>
        new(attribute.Name, attribute.ValueStyle == HtmlAttributeValueStyle.Minimized ? true : attribute.Value);
}
