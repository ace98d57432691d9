namespace Notebooks.Documents.Tests;

/// <summary>A notebook made from scratch is what Polyglot writes for a new C# notebook, and valid nbformat 4.5.</summary>
public sealed class NewNotebookTests
{
    private const string Expected = """
        {
         "cells": [
          {
           "cell_type": "markdown",
           "id": "00000001",
           "metadata": {},
           "source": [
            "# Title\n",
            "\n",
            "σ ≤ 1"
           ]
          },
          {
           "cell_type": "code",
           "execution_count": null,
           "id": "00000002",
           "metadata": {
            "polyglot_notebook": {
             "kernelName": "csharp"
            }
           },
           "outputs": [],
           "source": [
            "var x = 1;\n",
            "x"
           ]
          }
         ],
         "metadata": {
          "kernelspec": {
           "display_name": ".NET (C#)",
           "language": "C#",
           "name": ".net-csharp"
          },
          "language_info": {
           "name": "polyglot-notebook"
          },
          "polyglot_notebook": {
           "kernelInfo": {
            "defaultKernelName": "csharp",
            "items": [
             {
              "aliases": [],
              "languageName": "C#",
              "name": "csharp"
             }
            ]
           }
          }
         },
         "nbformat": 4,
         "nbformat_minor": 5
        }

        """;

    [Fact]
    public void a_new_polyglot_notebook_has_the_documented_metadata_and_layout()
    {
        var notebook = NewNotebook();

        Assert.Equal(Expected, notebook.ToJson());
    }

    [Fact]
    public void a_new_polyglot_notebook_is_valid_and_unchanged_by_nbformat()
    {
        using var temp = Fixture.TempDirectory();
        var ours = temp.File("new.ipynb");
        var theirs = temp.File("resaved.ipynb");
        NotebookFile.WriteAtomically(ours, NewNotebook());

        Python.Validate(ours);
        Python.Resave(ours, theirs);

        Assert.Equal(File.ReadAllText(theirs), File.ReadAllText(ours));
    }

    [Fact]
    public void new_cells_get_distinct_8_hex_ids()
    {
        var notebook = Notebook.CreatePolyglot();
        for (var i = 0; i < 50; i++)
        {
            notebook.Cells.Add(CodeCell.Create("x"));
        }

        Assert.All(notebook.Cells, c => Assert.Matches("^[0-9a-f]{8}$", c.Id));
        Assert.Equal(50, notebook.Cells.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void cells_added_to_an_nbformat_4_4_notebook_lose_their_id_and_stay_valid()
    {
        using var temp = Fixture.TempDirectory();
        var notebook = Fixture.Load("jupyter-nbformat-4.4.ipynb");
        notebook.Cells.Insert(1, CodeCell.Create("1 + 1"));
        notebook.Cells.Add(MarkdownCell.Create("done"));
        var path = temp.File("4.4.ipynb");
        NotebookFile.WriteAtomically(path, notebook);

        Assert.All(notebook.Cells, c => Assert.Null(c.Id));
        Python.Validate(path);
    }

    [Fact]
    public void removing_and_moving_cells_edits_the_cells_array()
    {
        var notebook = Fixture.Load("jupyter-unexecuted.ipynb");
        var last = notebook.Cells[^1];
        notebook.Cells.RemoveAt(notebook.Cells.Count - 1);
        notebook.Cells.Insert(0, last);

        var reread = Notebook.Parse(notebook.ToJson());

        Assert.Equal(last.Source, reread.Cells[0].Source);
        Assert.Equal(0, last.Index);
        Assert.Equal(notebook.Cells.Count, reread.Cells.Count);
        Assert.Throws<InvalidOperationException>(() => Notebook.CreatePolyglot().Cells.Add(last));
    }

    [Fact]
    public void cells_expose_source_tags_and_metadata()
    {
        var notebook = Fixture.Load("vscode-polyglot.ipynb");
        var cell = notebook.Cells[1];

        Assert.Equal("var sigma = 0.5; // σ\n\"tab\\t and \\\"quotes\\\"\"", cell.Source);
        Assert.Equal(["solution"], cell.Tags);
        Assert.True(cell.HasTag("solution"));
        Assert.Equal("3b5d7f90", cell.Id);
        Assert.Equal("code", cell.CellType);
        Assert.Equal("csharp", cell.Metadata["polyglot_notebook"]!["kernelName"]!.GetValue<string>());
        Assert.NotNull(notebook.Cells[0].Json["attachments"]);
    }

    private static Notebook NewNotebook()
    {
        var notebook = Notebook.CreatePolyglot();
        var markdown = MarkdownCell.Create("# Title\n\nσ ≤ 1");
        markdown.Id = "00000001";
        var code = CodeCell.Create("var x = 1;\nx");
        code.Id = "00000002";
        notebook.Cells.Add(markdown);
        notebook.Cells.Add(code);
        return notebook;
    }
}
