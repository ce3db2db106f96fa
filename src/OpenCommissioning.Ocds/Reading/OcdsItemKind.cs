namespace OpenCommissioning.Ocds.Reading;

/// <summary>What one item read from an OCDS input is.</summary>
public enum OcdsItemKind
{
    /// <summary>A release: a bare one, one from a package's <c>releases</c>, or any value that is not a package.</summary>
    Release,

    /// <summary>A record from a record package's <c>records</c>.</summary>
    Record,

    /// <summary>
    /// The metadata of a release package (every field but <c>releases</c>), given after the package's releases
    /// because a publisher may put fields such as <c>links</c> after the array.
    /// </summary>
    ReleasePackage,

    /// <summary>The metadata of a record package (every field but <c>records</c>), given after its records.</summary>
    RecordPackage,
}
