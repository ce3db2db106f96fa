using System.Text.Json.Nodes;

namespace OpenCommissioning.Grants;

/// <summary>
/// One grant of a 360Giving file as an OCDS award release. When the grant cannot be shown faithfully, Release is
/// null and Problems says why in plain words; GrantId is the grant's own identifier, empty when it has none.
/// </summary>
public sealed record GrantRelease(JsonObject? Release, string GrantId, IReadOnlyList<string> Problems);
