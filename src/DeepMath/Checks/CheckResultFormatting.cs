using System.Net;

namespace DeepMath.Checks;

// How a CheckResult shows in a notebook: as its one-line verdict, not as a table of its properties.
//
// .NET Interactive's formatter (used by Polyglot Notebooks and by the kit's own worker and kernel) looks for an
// attribute *named* TypeFormatterSourceAttribute on a value's type and accepts any attribute of that name, with a
// FormatterSourceType and PreferredMimeTypes property, as a formatter source. Defining the attribute here keeps
// DeepMath free of a dependency on the deprecated Microsoft.DotNet.Interactive packages while every front end that
// uses that formatter still shows checks as one line.

/// <summary>Marks a type whose notebook display comes from <see cref="FormatterSourceType"/> (the .NET Interactive convention).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type whose <c>CreateTypeFormatters()</c> yields the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>The mime types a front end should prefer for the marked type.</summary>
    public string[]? PreferredMimeTypes { get; set; }
}

/// <summary>Yields the plain-text and HTML formatters of <see cref="CheckResult"/>.</summary>
internal sealed class CheckResultFormatterSource
{
    /// <summary>Called by the formatter through reflection.</summary>
    public IEnumerable<object> CreateTypeFormatters() =>
        [new CheckResultFormatter("text/plain"), new CheckResultFormatter("text/html")];
}

/// <summary>Writes a check's verdict line; HTML gets the same line in a monospace block.</summary>
internal sealed class CheckResultFormatter(string mimeType)
{
    /// <summary>The mime type this formatter writes.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>The type it formats.</summary>
    public Type Type => typeof(CheckResult);

    /// <summary>Writes <paramref name="instance"/> when it is a <see cref="CheckResult"/>; returns false otherwise.</summary>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not CheckResult check) return false;
        writer.Write(MimeType == "text/html"
            ? $"<pre class=\"deepmath-check\">{WebUtility.HtmlEncode(check.ToString())}</pre>"
            : check.ToString());
        return true;
    }
}
