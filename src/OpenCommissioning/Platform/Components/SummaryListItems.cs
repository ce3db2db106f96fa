using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>One row of a summary list: a key, its value and the actions that change it.</summary>
public sealed record SummaryListRow(string? KeyText, string? ValueText)
{
    public IHtmlContent? KeyHtml { get; init; }
    public string? KeyClasses { get; init; }
    public IHtmlContent? ValueHtml { get; init; }
    public string? ValueClasses { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyList<SummaryListAction> Actions { get; init; } = [];
    public string? ActionsClasses { get; init; }
}

/// <summary>
/// A link such as "Change": <see cref="VisuallyHiddenText"/> says what it changes to screen reader users, since
/// several "Change" links on one page would otherwise sound alike.
/// </summary>
public sealed record SummaryListAction(string? Href, string? Text, IHtmlContent? Html = null)
{
    public string? VisuallyHiddenText { get; init; }
    public string? Classes { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
}
