using System.Text;
using System.Text.Json.Nodes;
using Notebooks.Documents;

namespace Notebooks.Book.Export;

/// <summary>The text an executed notebook shows, in the form its exported app prints it.</summary>
public static class NotebookTextOutput
{
    /// <summary>
    /// Every code cell's outputs in order: stdout as written, each result or display as its text/plain and a line
    /// break, each error as <c>Type: message</c>. Left out: the package-restore display of <c>#r "nuget: …"</c>
    /// cells (a program restores before it starts) and stderr (the app's goes to its own stderr).
    /// </summary>
    public static string Of(Notebook executed)
    {
        ArgumentNullException.ThrowIfNull(executed);
        var text = new StringBuilder();
        foreach (var cell in executed.Cells.Code)
        {
            foreach (var output in cell.Outputs.OfType<JsonObject>())
            {
                switch (output["output_type"]?.GetValue<string>())
                {
                    case "stream" when output["name"]?.GetValue<string>() == "stdout":
                        text.Append(NotebookText.Read(output["text"]));
                        break;
                    case "display_data" or "execute_result" when output["data"] is JsonObject data && data["text/plain"] is { } plain:
                        var value = NotebookText.Read(plain);
                        if (IsRestoreDisplay(value)) break;
                        text.Append(value).Append('\n');
                        break;
                    case "error":
                        text.Append(output["ename"]?.GetValue<string>()).Append(": ").Append(output["evalue"]?.GetValue<string>()).Append('\n');
                        break;
                }
            }
        }

        return text.ToString();
    }

    private static bool IsRestoreDisplay(string text) =>
        text.StartsWith("Restore sources\n", StringComparison.Ordinal) || text.StartsWith("Installed Packages\n", StringComparison.Ordinal);
}
