using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace OpenCommissioning.Platform.Components;

/// <summary>
/// A small element builder for component markup. Every text and attribute value is HTML-encoded when written;
/// only <see cref="IHtmlContent"/> children are written as they are, so a string can never smuggle markup in.
/// </summary>
public sealed class HtmlElement(string tagName) : IHtmlContent
{
    private static readonly HashSet<string> VoidElements = ["input", "img", "br", "hr", "meta", "link"];
    private readonly List<KeyValuePair<string, object?>> attributes = [];
    private readonly List<string> classes = [];
    private readonly List<object> children = [];

    public string TagName { get; } = tagName;

    public HtmlElement Class(string? names)
    {
        if (!string.IsNullOrWhiteSpace(names))
        {
            classes.Add(names.Trim());
        }
        return this;
    }

    public HtmlElement ClassIf(bool condition, string names) => condition ? Class(names) : this;

    /// <summary>Adds an attribute; a null value leaves it out, as govuk-frontend's optional attributes do.</summary>
    public HtmlElement Attr(string name, string? value)
    {
        if (value is not null)
        {
            Set(name, value);
        }
        return this;
    }

    /// <summary>Adds a boolean attribute written by name alone (such as <c>disabled</c>) when the flag is set.</summary>
    public HtmlElement Flag(string name, bool on)
    {
        if (on)
        {
            Set(name, true);
        }
        return this;
    }

    /// <summary>Adds attributes the page passed through (the macros' <c>attributes</c> parameter).</summary>
    public HtmlElement Attrs(IEnumerable<KeyValuePair<string, object?>>? extra)
    {
        foreach (var (name, value) in extra ?? [])
        {
            Set(name, value);
        }
        return this;
    }

    public HtmlElement Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            children.Add(text);
        }
        return this;
    }

    public HtmlElement Append(IHtmlContent? content)
    {
        if (content is not null)
        {
            children.Add(content);
        }
        return this;
    }

    /// <summary>Adds trusted markup if given, otherwise the encoded text: the macros' html-over-text rule.</summary>
    public HtmlElement Content(string? text, IHtmlContent? html) => html is not null ? Append(html) : Text(text);

    public HtmlElement AppendRange(IEnumerable<IHtmlContent> contents)
    {
        foreach (var content in contents)
        {
            Append(content);
        }
        return this;
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        writer.Write('<');
        writer.Write(TagName);
        if (classes.Count > 0)
        {
            WriteAttribute(writer, encoder, "class", string.Join(' ', classes));
        }
        foreach (var (name, value) in attributes)
        {
            WriteAttribute(writer, encoder, name, value);
        }
        writer.Write('>');
        if (VoidElements.Contains(TagName))
        {
            return;
        }
        foreach (var child in children)
        {
            if (child is IHtmlContent html)
            {
                html.WriteTo(writer, encoder);
            }
            else
            {
                encoder.Encode(writer, (string)child);
            }
        }
        writer.Write("</");
        writer.Write(TagName);
        writer.Write('>');
    }

    public override string ToString()
    {
        using var writer = new StringWriter();
        WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private void Set(string name, object? value)
    {
        if (name == "class")
        {
            Class(value?.ToString());
            return;
        }
        attributes.RemoveAll(a => a.Key == name);
        attributes.Add(new(name, value));
    }

    private static void WriteAttribute(TextWriter writer, HtmlEncoder encoder, string name, object? value)
    {
        writer.Write(' ');
        writer.Write(name);
        if (value is true)
        {
            return;
        }
        writer.Write("=\"");
        switch (value)
        {
            case IHtmlContent html:
                html.WriteTo(writer, encoder);
                break;
            case not null:
                encoder.Encode(writer, value.ToString()!);
                break;
        }
        writer.Write('"');
    }
}
