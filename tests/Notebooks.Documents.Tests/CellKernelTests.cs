namespace Notebooks.Documents.Tests;

/// <summary>Each code cell's kernel is resolved as Polyglot does, so the executor can name what it cannot run.</summary>
public sealed class CellKernelTests
{
    [Fact]
    public void kernels_come_from_metadata_legacy_metadata_and_magic_lines()
    {
        var cells = Fixture.Load("vscode-polyglot.ipynb").Cells;

        Assert.Equal(new CellKernel("markdown", "Markdown", CellKernelOrigin.CellType), cells[0].Kernel);
        Assert.Equal(new CellKernel("csharp", "C#", CellKernelOrigin.CellMetadata), cells[1].Kernel);
        Assert.Equal(new CellKernel("fsharp", "F#", CellKernelOrigin.LegacyCellMetadata), cells[3].Kernel);
        Assert.Equal(new CellKernel("pwsh", "PowerShell", CellKernelOrigin.MagicCommand, "#!pwsh"), cells[4].Kernel);
    }

    [Fact]
    public void a_magic_line_overrides_the_metadata_and_reads_well_in_a_message()
    {
        var cell = Fixture.Load("jupyter-unexecuted.ipynb").Cells[2];

        Assert.False(cell.Kernel.IsCSharp);
        Assert.Equal("cell 3 is F# (#!fsharp): not supported by this engine", $"cell {cell.Index + 1} is {cell.Kernel}: not supported by this engine");
    }

    [Theory]
    [InlineData("#!csharp\nvar x = 1;", "csharp")]
    [InlineData("#!c#\nvar x = 1;", "csharp")]
    [InlineData("#!C#\r\nvar x = 1;", "csharp")]
    [InlineData("#!fsharp\nlet x = 1", "fsharp")]
    [InlineData("#!F# some comment", "fsharp")]
    [InlineData("#!powershell\nls", "pwsh")]
    [InlineData("#!markdown\n# title", "markdown")]
    [InlineData("#!js\n1", "javascript")]
    [InlineData("#!time\nvar x = 1;", "csharp")]
    [InlineData(" #!fsharp\nindented is not a directive", "csharp")]
    [InlineData("#!FSharp\nnames are case-sensitive", "csharp")]
    [InlineData("", "csharp")]
    public void leading_magic_lines_are_resolved_by_name_and_alias(string source, string kernel)
    {
        var notebook = Notebook.CreatePolyglot();
        var cell = CodeCell.Create(source);
        notebook.Cells.Add(cell);

        Assert.Equal(kernel, cell.Kernel.Name);
    }

    [Fact]
    public void every_kernel_section_of_a_mixed_cell_is_listed()
    {
        var notebook = Notebook.CreatePolyglot();
        var cell = CodeCell.Create("var x = 1;\n#!fsharp\nlet y = 2\n#!time\n#!csharp\nx");
        notebook.Cells.Add(cell);

        Assert.Equal(["csharp", "fsharp", "csharp"], cell.Kernels.Select(k => k.Name));
        Assert.Equal(CellKernelOrigin.CellMetadata, cell.Kernels[0].Origin);
    }

    [Theory]
    [InlineData("{\"polyglot_notebook\": {\"kernelInfo\": {\"defaultKernelName\": \"fsharp\"}}}", "fsharp")]
    [InlineData("{\"polyglot_notebook\": {\"defaultKernelName\": \"pwsh\"}}", "pwsh")]
    [InlineData("{\"kernelInfo\": {\"defaultKernelName\": \"fsharp\"}}", "fsharp")]
    [InlineData("{\"dotnet_interactive\": {\"defaultKernelName\": \"fsharp\"}}", "fsharp")]
    [InlineData("{\"kernelspec\": {\"name\": \".net-fsharp\", \"language\": \"F#\"}}", "fsharp")]
    [InlineData("{\"kernelspec\": {\"name\": \"python3\", \"language\": \"python\"}}", "python")]
    [InlineData("{\"kernelspec\": {\"name\": \"x\", \"language\": \"C#\"}}", "csharp")]
    [InlineData("{}", "csharp")]
    public void the_notebook_default_kernel_follows_polyglot_and_dotnet_interactive(string metadata, string kernel)
    {
        var json = $"{{\"cells\": [{{\"cell_type\": \"code\", \"execution_count\": null, \"metadata\": {{}}, \"outputs\": [], \"source\": \"x\"}}], \"metadata\": {metadata}, \"nbformat\": 4, \"nbformat_minor\": 5}}";
        var notebook = Notebook.Parse(json);

        Assert.Equal(kernel, notebook.DefaultKernelName);
        Assert.Equal(new CellKernel(kernel, KernelNames.LanguageOf(kernel), CellKernelOrigin.NotebookDefault), notebook.Cells[0].Kernel);
    }
}
