using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// One radio or checkbox. <see cref="ConditionalHtml"/> is revealed when the item is chosen (conditional reveal);
/// an item with only a <see cref="Divider"/> is the "or" between choices.
/// </summary>
public sealed record ChoiceItem(string? Value, string? Text, IHtmlContent? Html = null)
{
    public string? Id { get; init; }

    /// <summary>Overrides whether the item is chosen; otherwise it follows the value (or the model's value).</summary>
    public bool? Checked { get; init; }

    public bool Disabled { get; init; }
    public string? HintText { get; init; }
    public IHtmlContent? HintHtml { get; init; }
    public IHtmlContent? ConditionalHtml { get; init; }
    public string? Divider { get; init; }
    public string? LabelClasses { get; init; }

    /// <summary>Checkboxes only: "exclusive" for a "none of these" choice that clears the others.</summary>
    public string? Behaviour { get; init; }

    /// <summary>Checkboxes only: a name of its own instead of the group's.</summary>
    public string? Name { get; init; }

    public static ChoiceItem Or(string divider = "or") => new(null, null) { Divider = divider };
}
