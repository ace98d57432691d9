namespace Book.Browser.Tests;

/// <summary>A chart as the browser drew it.</summary>
/// <param name="Id">Its element id.</param>
/// <param name="Drawn">plotly.js finished drawing it.</param>
/// <param name="HasSvg">Its <c>svg.main-svg</c> exists.</param>
/// <param name="DataTraces">Traces in its figure data.</param>
/// <param name="DrawnTraces">Trace groups in its SVG (scatter and bar traces, heatmaps, contours).</param>
public sealed record ChartState(string Id, bool Drawn, bool HasSvg, int DataTraces, int DrawnTraces);

/// <summary>What one visit of one page saw.</summary>
/// <param name="Page">The page's file name.</param>
/// <param name="Url">The address it was loaded from.</param>
/// <param name="Errors">Console errors, uncaught exceptions and failed requests, in order.</param>
/// <param name="OutsideRequests">Requests for anything not in the site.</param>
/// <param name="Charts">Every chart on the page.</param>
/// <param name="Formulas">Elements holding a formula.</param>
/// <param name="Typeset">Of those, how many KaTeX typeset.</param>
/// <param name="RawTex">Text outside code that still looks like TeX delimiters.</param>
/// <param name="Links">Every link's href attribute, as written.</param>
public sealed record PageReport(
    string Page, string Url, IReadOnlyList<string> Errors, IReadOnlyList<string> OutsideRequests, IReadOnlyList<ChartState> Charts,
    int Formulas, int Typeset, IReadOnlyList<string> RawTex, IReadOnlyList<string> Links);
