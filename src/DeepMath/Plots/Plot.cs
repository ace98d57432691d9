using DeepMath.Data;
using MathNet.Numerics;
using Plotly.NET;
using Plotly.NET.CSharp;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

/// <summary>Chart builders for the chapters. Each returns a Plotly.NET <see cref="GenericChart"/> and never displays it.</summary>
/// <remarks>
/// The notebook engine registers a formatter for <see cref="GenericChart"/>, so a chart as the last expression of a cell
/// is what shows. Every chart has a title and labelled axes; rates are drawn on log-log axes with the fitted and the
/// theoretical slope beside the measurement. Tests compare <c>GenericChart.toFigureJson</c>, never the HTML (which
/// carries a random div id).
/// </remarks>
public static partial class Plot
{
    /// <summary>The training loss against the step, on a logarithmic loss axis.</summary>
    /// <param name="loss">Loss per step, e.g. <c>history.Loss</c> from <c>Trainer.Fit</c>; plotted at steps 1..n.</param>
    /// <param name="title">Chart title, e.g. "Two spirals: training loss".</param>
    /// <returns>A line chart with x axis "step" and log-scaled y axis "loss".</returns>
    public static GenericChart LossCurve(IReadOnlyList<double> loss, string title)
    {
        ArgumentNullException.ThrowIfNull(loss);
        var steps = Enumerable.Range(1, loss.Count).Select(s => (double)s);
        var chart = CSharpChart.Line<double, double, string>(steps, loss, Name: "loss", ShowLegend: false);
        return Titled(chart, title, "step", "loss", StyleParam.AxisType.Linear, StyleParam.AxisType.Log);
    }

    /// <summary>Labelled points in the plane, one colour (trace) per class, e.g. the two spirals.</summary>
    /// <param name="data">A data set with d = 2, e.g. <c>Spirals.Generate(200, 0.02, 0)</c>.</param>
    /// <param name="title">Chart title, e.g. "Two spirals".</param>
    /// <param name="xLabel">Label of the first coordinate; default "x₁".</param>
    /// <param name="yLabel">Label of the second coordinate; default "x₂".</param>
    /// <returns>A scatter chart with traces named "class 0", "class 1", ….</returns>
    public static GenericChart Scatter2D(LabelledDataset data, string title, string xLabel = "x₁", string yLabel = "x₂")
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.D != 2) throw new ArgumentException($"Scatter2D needs 2-d inputs, got d = {data.D}.", nameof(data));
        var traces = Enumerable.Range(0, data.Classes).Select(c =>
        {
            var rows = Enumerable.Range(0, data.N).Where(i => data.Labels[i] == c).ToArray();
            return CSharpChart.Point<double, double, string>(rows.Select(i => data.X[i, 0]), rows.Select(i => data.X[i, 1]),
                Name: $"class {c}");
        });
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, StyleParam.AxisType.Linear, StyleParam.AxisType.Linear);
    }

    /// <summary>A measured power law y ~ C·x^s on log-log axes, with its least-squares slope and the slope theory predicts.</summary>
    /// <param name="x">Positive sizes, e.g. widths N = 8, 16, …, 1024 (at least a decade).</param>
    /// <param name="y">Positive measured errors, one per size.</param>
    /// <param name="predictedSlope">The theoretical exponent, e.g. -2 for piecewise-linear interpolation of a C² target.</param>
    /// <param name="title">Chart title, e.g. "Interpolation error of sin(2πx)".</param>
    /// <param name="xLabel">Label of the size axis, e.g. "neurons N".</param>
    /// <param name="yLabel">Label of the error axis, e.g. "sup error".</param>
    /// <returns>Points "measured", a line "fit: slope …" and a dashed line "theory: slope …" through the data's centre in log space.</returns>
    /// <remarks>The fit is MathNet's <c>Fit.Power</c> (least squares on log y against log x), as CHAPTERS.md asks for rates.</remarks>
    public static GenericChart LogLogRate(IReadOnlyList<double> x, IReadOnlyList<double> y, double predictedSlope,
        string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 2) throw new ArgumentException("Need at least two (x, y) pairs of equal count.");
        if (x.Concat(y).Any(v => !(v > 0))) throw new ArgumentException("Log-log axes need positive x and y.");
        var (constant, slope) = Fit.Power(x.ToArray(), y.ToArray());
        // The theoretical line passes through the centre of the measurements in log space: same level, predicted slope.
        var logX = x.Average(Math.Log);
        var theoryConstant = Math.Exp(y.Average(Math.Log) - predictedSlope * logX);
        double[] ends = [x.Min(), x.Max()];
        var slopeText = Checks.Numbers.Format(slope);
        GenericChart[] traces =
        [
            CSharpChart.Point<double, double, string>(x, y, Name: "measured"),
            CSharpChart.Line<double, double, string>(ends, ends.Select(v => constant * Math.Pow(v, slope)),
                Name: $"fit: slope {slopeText}"),
            CSharpChart.Line<double, double, string>(ends, ends.Select(v => theoryConstant * Math.Pow(v, predictedSlope)),
                Name: $"theory: slope {Checks.Numbers.Format(predictedSlope)}",
                LineDash: StyleParam.DrawingStyle.Dash),
        ];
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, StyleParam.AxisType.Log, StyleParam.AxisType.Log);
    }

    private static GenericChart Titled(GenericChart chart, string title, string xLabel, string yLabel,
        StyleParam.AxisType xType, StyleParam.AxisType yType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        var styled = chart
            .WithXAxisStyle<double, double, string>(TitleText: xLabel, AxisType: xType)
            .WithYAxisStyle<double, double, string>(TitleText: yLabel, AxisType: yType);
        return Plotly.NET.Chart.withTitle(title, TitleFont: null).Invoke(styled); // Plotly.NET.CSharp 0.14 has no WithTitle
    }
}
