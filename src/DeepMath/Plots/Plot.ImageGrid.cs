using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Square images (e.g. first-layer filters or digits) tiled in a grid as one heatmap, with 1-pixel gaps of value 0 (white).</summary>
    /// <param name="images">Images as row-major arrays of side² values, e.g. rows of W₁ reshaped to 8 × 8.</param>
    /// <param name="side">Image side in pixels, e.g. 8.</param>
    /// <param name="columns">Tiles per row of the grid, e.g. 8.</param>
    /// <param name="title">Chart title, e.g. "First-layer filters at initialization".</param>
    /// <param name="normalizeEach">True to divide each image by its largest |value|, so every tile uses the whole colour range.</param>
    /// <returns>A heatmap with a diverging colour scale (0 in the middle), image row 0 at the top.</returns>
    /// <remarks>Introduced in chapter 04 (learned features) to show filters next to their initialization.</remarks>
    public static GenericChart ImageGrid(IReadOnlyList<double[]> images, int side, int columns, string title, bool normalizeEach = true)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentOutOfRangeException.ThrowIfLessThan(side, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (images.Count == 0 || images.Any(i => i.Length != side * side))
            throw new ArgumentException($"Need at least one image, each of {side}×{side} values.", nameof(images));
        var tileRows = (images.Count + columns - 1) / columns;
        var z = new double[tileRows * (side + 1) - 1][];
        for (var r = 0; r < z.Length; r++) z[r] = new double[Math.Min(columns, images.Count) * (side + 1) - 1];
        for (var k = 0; k < images.Count; k++)
        {
            var scale = normalizeEach ? images[k].Max(Math.Abs) : 1.0;
            if (scale == 0) scale = 1;
            var (top, left) = (k / columns * (side + 1), k % columns * (side + 1));
            for (var r = 0; r < side; r++)
            for (var c = 0; c < side; c++) z[top + r][left + c] = images[k][r * side + c] / scale;
        }
        var zmax = normalizeEach ? 1.0 : images.Max(i => i.Max(Math.Abs));
        var chart = CSharpChart.Heatmap<double, int, int, string>(zData: z, ColorScale: StyleParam.Colorscale.RdBu,
            ReverseYAxis: true, ShowScale: true);
        chart = GenericChart.mapTrace(FSharpFunc(trace =>
        {
            trace.SetProperty("zmin", -zmax); // a symmetric colour range: white is exactly 0, the gaps between tiles
            trace.SetProperty("zmax", zmax);
            return trace;
        }), chart);
        return Titled(chart, title, "pixel column (tiles side by side)", "pixel row", StyleParam.AxisType.Linear, StyleParam.AxisType.Linear);
    }

    private static Microsoft.FSharp.Core.FSharpFunc<Trace, Trace> FSharpFunc(Func<Trace, Trace> f) =>
        Microsoft.FSharp.Core.FuncConvert.FromFunc(f);
}
