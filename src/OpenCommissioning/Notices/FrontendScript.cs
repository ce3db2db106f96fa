using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Notices;

/// <summary>
/// A script of ours from <c>Frontend/</c>, embedded in the assembly (see Frontend.targets). Pages write it inline
/// under the CSP nonce, so it needs no static file of its own and no change to the policy.
/// </summary>
public static class FrontendScript
{
    private static readonly Lazy<IHtmlContent> CpvSuggestText = new(() => Read("cpv-suggest.js"));

    /// <summary>The CPV field's autocomplete (<c>Frontend/cpv-suggest.js</c>).</summary>
    public static IHtmlContent CpvSuggest => CpvSuggestText.Value;

    private static IHtmlContent Read(string fileName)
    {
        using var stream = typeof(FrontendScript).Assembly.GetManifestResourceStream("OpenCommissioning.Frontend." + fileName)
            ?? throw new InvalidOperationException($"The script {fileName} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        // Our own file, not user input: "</script" inside it would end the element early, so refuse it outright.
        var text = reader.ReadToEnd();
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase)) throw new InvalidOperationException($"{fileName} cannot be written inline.");
        return new HtmlString(text);
    }
}
