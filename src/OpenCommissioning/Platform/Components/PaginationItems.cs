using System.Globalization;
using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>One page number in pagination, or an ellipsis standing for the pages left out.</summary>
public sealed record PaginationItem(string? Number, string? Href)
{
    public bool Current { get; init; }
    public bool Ellipsis { get; init; }
    public string? VisuallyHiddenText { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }

    public static PaginationItem Gap() => new(null, null) { Ellipsis = true };

    /// <summary>
    /// The numbers the Design System recommends: the first and last pages, the current one and its neighbours,
    /// and an ellipsis wherever pages are left out.
    /// </summary>
    public static IReadOnlyList<PaginationItem> Numbered(int current, int pageCount, Func<int, string> href)
    {
        var shown = new[] { 1, current - 1, current, current + 1, pageCount }
            .Where(page => page >= 1 && page <= pageCount).Distinct().Order().ToList();
        var items = new List<PaginationItem>();
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0 && shown[i] - shown[i - 1] > 1)
            {
                items.Add(Gap());
            }
            var page = shown[i];
            items.Add(new(page.ToString(CultureInfo.InvariantCulture), href(page)) { Current = page == current });
        }
        return items;
    }
}

/// <summary>The previous or next link; <see cref="LabelText"/> names the page it leads to (block style only).</summary>
public sealed record PaginationLink(string? Href, string? Text = null, IHtmlContent? Html = null)
{
    public string? LabelText { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }
}
