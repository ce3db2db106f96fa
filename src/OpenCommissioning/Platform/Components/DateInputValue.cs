using System.Globalization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// What a date input posts: day, month and year as typed, kept as text so that a date the user got wrong
/// ("31", "Feb", "24") is shown back to them as they typed it. Bind a page's property of this type with
/// <c>&lt;govuk-date-input asp-for="Input.Deadline" /&gt;</c>.
/// </summary>
public sealed class DateInputValue
{
    public string? Day { get; set; }
    public string? Month { get; set; }
    public string? Year { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month)
        && string.IsNullOrWhiteSpace(Year);

    public static DateInputValue From(DateOnly date) => new()
    {
        Day = date.Day.ToString(CultureInfo.InvariantCulture),
        Month = date.Month.ToString(CultureInfo.InvariantCulture),
        Year = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The date, when the three parts make a real one with a four-digit year.</summary>
    public bool TryGetDate(out DateOnly date)
    {
        date = default;
        if (!int.TryParse(Day?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(Month?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || Year?.Trim() is not { Length: 4 } yearText
            || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>
    /// Where the error summary should link for a ModelState key: an error on the whole date goes to its day field,
    /// an error on one part to that part. Null when the key is not a date input's.
    /// </summary>
    internal static string? FieldId(ModelExplorer? page, string key, Func<string, string> sanitize)
    {
        if (Find(page, key)?.ModelType == typeof(DateInputValue))
        {
            return sanitize(key) + "-day";
        }
        var dot = key.LastIndexOf('.');
        if (dot < 0 || Find(page, key[..dot])?.ModelType != typeof(DateInputValue))
        {
            return null;
        }
        var part = key[(dot + 1)..].ToLowerInvariant();
        return part is "day" or "month" or "year" ? $"{sanitize(key[..dot])}-{part}" : null;
    }

    private static ModelExplorer? Find(ModelExplorer? page, string key)
    {
        var explorer = page;
        foreach (var name in key.Split('.'))
        {
            // Indexed keys ("Items[0].Date") would need the collection's element; those fall back to the plain link.
            if (explorer is null || name.Contains('['))
            {
                return null;
            }
            explorer = explorer.GetExplorerForProperty(name);
        }
        return explorer;
    }
}
