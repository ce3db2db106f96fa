using System.Text.Json.Nodes;

namespace OpenCommissioning.Ocds.Validation;

/// <summary>JSON Merge Patch (RFC 7386), the way OCDS extensions change the release schema.</summary>
public static class JsonMergePatch
{
    /// <summary>Returns the patched document; neither argument is changed.</summary>
    public static JsonNode? Apply(JsonNode? target, JsonNode? patch)
    {
        if (patch is not JsonObject patchObject) return patch?.DeepClone();
        var result = target is JsonObject targetObject ? (JsonObject)targetObject.DeepClone() : new JsonObject();
        foreach (var (name, value) in patchObject)
        {
            if (value is null) result.Remove(name);
            else result[name] = Apply(result[name], value);
        }
        return result;
    }
}
