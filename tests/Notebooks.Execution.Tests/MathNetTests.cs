using Notebooks.Execution.Tests.Support;

namespace Notebooks.Execution.Tests;

public sealed class MathNetTests
{
    private static readonly string Reference = $"#r \"{Path.Combine(AppContext.BaseDirectory, "MathNet.Numerics.dll")}\"\nusing MathNet.Numerics.LinearAlgebra;";

    [Fact]
    public async Task a_vector_shows_as_a_table_of_its_values()
    {
        var run = await Runs.RunCellsAsync(Reference, "Vector<double>.Build.Dense(new[] { 1.5, -2.0, 3.25 })");

        var output = run.Notebook.Outputs(1).Single();
        var html = output.Text("text/html");
        Assert.Contains("<td>1.5</td><td>-2</td><td>3.25</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Storage", html, StringComparison.Ordinal);
        Assert.StartsWith("DenseVector 3-Double", output.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task a_matrix_shows_rows_and_columns_and_elides_beyond_twenty()
    {
        var run = await Runs.RunCellsAsync(Reference, "Matrix<double>.Build.Dense(2, 2, (i, j) => 10 * i + j)", "Matrix<double>.Build.Dense(25, 3)");

        Assert.Contains("<tr><th>1</th><td>10</td><td>11</td></tr>", run.Notebook.Outputs(1).Single().Text("text/html"), StringComparison.Ordinal);
        Assert.Contains("(5 more rows)", run.Notebook.Outputs(2).Single().Text("text/html"), StringComparison.Ordinal);
    }
}
