using MathNet.Numerics;
using Plotly.NET;
using CSharpChart = Plotly.NET.CSharp.Chart;

namespace DeepMath.Plots;

public static partial class Plot
{
    /// <summary>Several measured power laws on one log-log chart, each with its least-squares fit and its predicted slope.</summary>
    /// <param name="series">Named measurements with the slope theory predicts, e.g. ("C² target", N, sup error, −2) and
    /// ("Lipschitz target", N, sup error, −1); x and y positive.</param>
    /// <param name="title">Chart title, e.g. "Interpolation by one hidden layer: error against N".</param>
    /// <param name="xLabel">Label of the size axis, e.g. "neurons N".</param>
    /// <param name="yLabel">Label of the error axis, e.g. "sup error".</param>
    /// <returns>Per series: markers "name", a line "name: fit slope s" and a dashed line "name: theory slope p" through the
    /// centre of the measurements in log space (as <see cref="LogLogRate"/> draws one series).</returns>
    /// <remarks>Introduced in chapter 01 (approximation) to put rates of different smoothness or dimension side by side.</remarks>
    public static GenericChart LogLogRates(
        IReadOnlyList<(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, double PredictedSlope)> series,
        string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0) throw new ArgumentException("Need at least one series.", nameof(series));
        var traces = new List<GenericChart>();
        foreach (var (name, x, y, predicted) in series)
        {
            if (x.Count != y.Count || x.Count < 2) throw new ArgumentException($"Series '{name}' needs at least two (x, y) pairs of equal count.");
            if (x.Concat(y).Any(v => !(v > 0))) throw new ArgumentException($"Series '{name}': log-log axes need positive x and y.");
            var (constant, slope) = Fit.Power(x.ToArray(), y.ToArray());
            var theoryConstant = Math.Exp(y.Average(Math.Log) - predicted * x.Average(Math.Log));
            double[] ends = [x.Min(), x.Max()];
            traces.Add(CSharpChart.Point<double, double, string>(x, y, Name: name));
            traces.Add(CSharpChart.Line<double, double, string>(ends, ends.Select(v => constant * Math.Pow(v, slope)),
                Name: $"{name}: fit slope {Checks.Numbers.Format(slope)}"));
            traces.Add(CSharpChart.Line<double, double, string>(ends, ends.Select(v => theoryConstant * Math.Pow(v, predicted)),
                Name: $"{name}: theory slope {Checks.Numbers.Format(predicted)}", LineDash: StyleParam.DrawingStyle.Dash));
        }
        return Titled(CSharpChart.Combine(traces), title, xLabel, yLabel, StyleParam.AxisType.Log, StyleParam.AxisType.Log);
    }
}
