namespace OpenCommissioning.Ocds.Merging;

/// <summary>
/// How to merge an array of objects when a publisher's <c>id</c>s cannot be trusted, instead of the identifier
/// merge the schema implies.
/// </summary>
public enum ArrayMergeOverride
{
    /// <summary>Every object in every release is added to the end of the array; nothing is matched.</summary>
    Append,

    /// <summary>The object at position N of a release is merged into the object at position N of the output.</summary>
    ByPosition,
}
