using Spectre.Console;

namespace Notebooks.Cli.Progress;

/// <summary>The table `kit run` ends with: notebook, cells, errors, seconds.</summary>
public static class SummaryTable
{
    /// <summary>Writes one row per notebook and a total row.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<NotebookSummary> rows)
    {
        var table = new Table().AddColumns("notebook", "cells", "errors", "not run", "seconds");
        foreach (var row in rows)
        {
            table.AddRow(
                Markup.Escape(row.Notebook),
                row.Cells.ToString(),
                row.Errors == 0 ? "0" : $"[red]{row.Errors}[/]",
                row.NotRun.ToString(),
                row.Elapsed.TotalSeconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        }
        console.Write(table);
    }
}
