namespace OpenCommissioning.Platform.Components;

/// <summary>
/// One field of a date input. For the standard day, month and year fields only what differs need be given (a
/// label in Welsh, an error on this field alone); <see cref="Error"/> marks the field that is wrong, or, set to
/// false, keeps a field unmarked when the whole date has an error message.
/// </summary>
public sealed record DateInputItem(string? Name = null)
{
    public string? Id { get; init; }
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? Classes { get; init; }
    public bool? Error { get; init; }
    public string? Autocomplete { get; init; }
    public string? Pattern { get; init; }
    public string? Inputmode { get; init; }
    public IReadOnlyDictionary<string, object?>? Attributes { get; init; }

    internal bool HasError => Error == true || (Classes?.Contains("govuk-input--error", StringComparison.Ordinal) ?? false);
}
