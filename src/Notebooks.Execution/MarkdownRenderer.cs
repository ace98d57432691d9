using System.Text.Json.Nodes;
using Markdig;

namespace Notebooks.Execution;

/// <summary>Renders a <c>#!markdown</c> code cell as .NET Interactive does: Markdig with its advanced extensions, as text/html.</summary>
/// <remarks>text/plain carries the markdown source, for front ends that do not render HTML.</remarks>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseMathematics().UseAdvancedExtensions().Build();

    public static JsonObject Render(string markdown) => new()
    {
        ["text/html"] = Markdown.ToHtml(markdown, Pipeline),
        ["text/plain"] = markdown,
    };
}
