using System.Runtime.CompilerServices;

namespace OpenCommissioning.Grants;

/// <summary>
/// Reads a 360Giving JSON data file (<c>{"grants": [...]}</c>) as a stream and turns each grant into an OCDS award
/// release (docs/decisions/0004-grants-as-ocds.md). A file that is not 360Giving JSON at all throws an
/// <see cref="InvalidDataException"/> with a plain message; a grant that cannot be mapped comes back with its problems.
/// </summary>
public static class GrantReleases
{
    /// <summary>
    /// The ocid prefix of grants read from 360Giving files. The ocid is this prefix and the grant's own identifier,
    /// which 360Giving makes globally unique, so the same grant read again from any file has the same ocid.
    /// </summary>
    public const string DefaultOcidPrefix = "ocds-360giv";

    public static IAsyncEnumerable<GrantRelease> ReadAsync(Stream file, CancellationToken cancellationToken = default) =>
        ReadAsync(file, DefaultOcidPrefix, cancellationToken);

    public static async IAsyncEnumerable<GrantRelease> ReadAsync(Stream file, string ocidPrefix,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentException.ThrowIfNullOrWhiteSpace(ocidPrefix);
        var position = 0;
        await foreach (var grant in new GrantFileReader(file).ReadAsync(cancellationToken))
        {
            position++;
            yield return grant is null
                ? new GrantRelease(null, "", [$"Grant {position} in the file is not a JSON object."])
                : GrantMapping.ToRelease(grant, ocidPrefix, position);
        }
    }
}
