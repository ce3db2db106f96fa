namespace OpenCommissioning.Ocds.Validation;

/// <summary>How much a finding matters: errors make data invalid, warnings and notes do not.</summary>
public enum Severity { Error, Warning, Note }

/// <summary>What the top of a document turned out to be.</summary>
public enum DocumentKind { Unknown, ReleasePackage, RecordPackage, Release }

/// <summary>
/// One thing the validator found. <paramref name="Code"/> is stable (for example <c>schema.required</c> or
/// <c>ocds.duplicate-release-id</c>) so that tools can count and filter; <paramref name="Path"/> is a JSON path
/// such as <c>releases/0/tender/status</c> (empty for the top of the document).
/// </summary>
public sealed record Finding(string Code, Severity Severity, string Path, string? Value, string Message);

/// <summary>
/// <paramref name="ExtensionsFolder"/> holds extensions laid out like the embedded ones
/// (<c>&lt;repository name&gt;/release-schema.json</c> and <c>codelists/</c>); it is searched before the embedded copies.
/// <paramref name="MaxFindingsPerCode"/> keeps reports on very large files readable; counts stay exact.
/// </summary>
public sealed record ValidatorOptions(string? ExtensionsFolder = null, int MaxFindingsPerCode = 1000);
