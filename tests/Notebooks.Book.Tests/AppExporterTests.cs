using Notebooks.Book.Export;
using Notebooks.Documents;

namespace Notebooks.Book.Tests;

public sealed class AppExporterTests
{
    private static readonly AppExportOptions Options = new("/repo/src/DeepMath/DeepMath.csproj", "1.0.0-beta.23562.1");

    [Fact]
    public void a_trailing_expression_is_shown_and_a_statement_is_not()
    {
        Assert.Equal("var x = 1;\nNotebookHost.Show(() => x + 1); // shown", AppExporter.Adapt("var x = 1;\nx + 1 // shown").Text);
        Assert.Equal("var x = 1;\nConsole.WriteLine(x);", AppExporter.Adapt("var x = 1;\nConsole.WriteLine(x);").Text);
    }

    [Fact]
    public void usings_go_to_the_top_and_types_to_the_end()
    {
        var (text, usings, types) = AppExporter.Adapt("using DeepMath.Checks;\nrecord Point(double X, double Y);\nvar p = new Point(1, 2);\np");
        Assert.Equal(["using DeepMath.Checks;"], usings);
        Assert.Equal("record Point(double X, double Y);", Assert.Single(types).Trim());
        Assert.DoesNotContain("using", text);
        Assert.DoesNotContain("record", text);
        Assert.Contains("NotebookHost.Show(() => p);", text);
    }

    [Fact]
    public void a_script_field_becomes_a_local_and_a_script_method_a_local_function()
    {
        var text = AppExporter.Adapt("static int counter = 0;\nconst double sigma = 0.3;\nstatic long Count(int[] w) => w.Length;").Text;
        Assert.StartsWith("int counter = 0;\nconst double sigma = 0.3;\nstatic long Count", text);
    }

    [Fact]
    public void the_app_has_directives_cells_in_order_markdown_as_comments_and_the_host()
    {
        var notebook = Chapters.Foundations("/repo/notebooks/00-foundations.ipynb");
        var app = AppExporter.Export(notebook, "/repo/00-foundations.cs", Options);

        Assert.StartsWith("#!/usr/bin/env dotnet\n// 00 · Foundations: networks as functions\n", app);
        Assert.Contains("\n#:project src/DeepMath/DeepMath.csproj\n", app);
        Assert.Contains("\n#:package Microsoft.DotNet.Interactive.Formatting@1.0.0-beta.23562.1\n", app);
        Assert.DoesNotContain("#r ", app);
        Assert.DoesNotContain("#i ", app);
        Assert.Contains("// ## 1 · Networks\n", app);
        Assert.True(app.IndexOf("NotebookHost.Cell(2);", StringComparison.Ordinal) < app.IndexOf("NotebookHost.Cell(4);", StringComparison.Ordinal));
        Assert.Contains("NotebookHost.Show(() => net); // the network", app);
        Assert.Contains("static class NotebookHost", app);
        Assert.True(app.IndexOf("NotebookHost.End();", StringComparison.Ordinal) < app.IndexOf("static class NotebookHost", StringComparison.Ordinal));
    }

    [Fact]
    public void expected_failures_and_exercise_tests_run_inside_try_so_the_program_goes_on()
    {
        var app = AppExporter.Export(Chapters.Foundations("/repo/notebooks/00-foundations.ipynb"), "/repo/x.cs", Options);
        Assert.Contains("try // the notebook expects this cell to fail\n{\n    NotebookHost.Show(() => Check.AtMost(0.2, 0.1, \"a deliberately false claim\"));\n}\ncatch (Exception error)", app);
        Assert.Contains("try // an exercise's tests", app);
        Assert.Contains("    var t = new ExerciseTests(\"0.1\");", app);
    }

    [Fact]
    public void the_notebook_text_is_what_the_app_prints_results_displays_streams_and_errors()
    {
        var text = NotebookTextOutput.Of(Chapters.Foundations());
        Assert.DoesNotContain("Installed Packages", text);
        Assert.StartsWith("ReLU 1 → 16 → 1\nCheckResult[]\n" + Chapters.PassLine + "\n", text);
        Assert.Contains("Plotly.NET chart\n", text);
        Assert.Contains("DeepMath.Checks.CheckFailedException: " + Chapters.FalseLine + "\n", text);
        Assert.EndsWith("PASS visible\nPASS the hidden test\nExercise 0.1: 2 of 2 tests pass\n", text);
    }
}
