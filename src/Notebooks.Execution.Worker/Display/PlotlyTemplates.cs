using System.Reflection;

namespace Notebooks.Execution.Worker.Display;

/// <summary>
/// Serializes a Plotly.NET chart's layout template once per display, where Plotly.NET would serialize it once per
/// mime type.
/// </summary>
/// <remarks>
/// Every Plotly.NET chart carries its own copy of the default template (8 KB of nested DynamicObj) in its layout, and
/// Newtonsoft takes 50-130 ms to serialize it on this machine, where the 200 points of a line take 0.1 ms. A display
/// serializes the chart twice (HTML and figure JSON). Putting the template's JSON into a copy of the layout as a
/// <c>JRaw</c>, which Newtonsoft writes verbatim, gives byte-identical HTML and JSON (checked by PlotlyTests) and
/// halves the cost. Nothing is cached across displays: the templates of two charts are two objects that a cell may
/// change, and Plotly.NET's printed form of a template leaves colours out, so it cannot serve as a key.
/// Everything is found by reflection because the worker loads Plotly.NET only when a notebook references it.
/// </remarks>
internal sealed class PlotlyTemplates
{
    private readonly MethodInfo _getLayout;
    private readonly MethodInfo _setLayout;
    private readonly Type _layoutType;
    private readonly MethodInfo _getProperties;
    private readonly MethodInfo _setProperty;
    private readonly Func<object, string> _serialize;
    private readonly Func<string, object> _raw;
    private readonly Type _rawType;

    private PlotlyTemplates(
        MethodInfo getLayout, MethodInfo setLayout, Type layoutType, MethodInfo getProperties, MethodInfo setProperty,
        Func<object, string> serialize, Func<string, object> raw, Type rawType)
    {
        (_getLayout, _setLayout, _layoutType, _getProperties, _setProperty) = (getLayout, setLayout, layoutType, getProperties, setProperty);
        (_serialize, _raw, _rawType) = (serialize, raw, rawType);
    }

    /// <summary>The handles for this Plotly.NET, or null when its shape is not the one we know (charts then serialize as usual).</summary>
    public static PlotlyTemplates? Create(Assembly plotly, Type module)
    {
        try
        {
            var getLayout = module.GetMethod("getLayout", BindingFlags.Public | BindingFlags.Static);
            var setLayout = module.GetMethod("setLayout", BindingFlags.Public | BindingFlags.Static);
            var layoutType = plotly.GetType("Plotly.NET.Layout");
            var dynamicObj = layoutType?.BaseType;
            var getProperties = dynamicObj?.GetMethod("GetProperties", [typeof(bool)]);
            var setProperty = dynamicObj?.GetMethod("SetProperty", [typeof(string), typeof(object)]);
            var settings = plotly.GetType("Globals")?.GetProperty("JSON_CONFIG", BindingFlags.Public | BindingFlags.Static)?.GetValue(null);
            var newtonsoftName = plotly.GetReferencedAssemblies().FirstOrDefault(a => a.Name == "Newtonsoft.Json");
            var newtonsoft = newtonsoftName is null ? null : Assembly.Load(newtonsoftName);
            var serializeObject = settings is null ? null : newtonsoft?.GetType("Newtonsoft.Json.JsonConvert")
                ?.GetMethod("SerializeObject", [typeof(object), settings.GetType()]);
            var rawType = newtonsoft?.GetType("Newtonsoft.Json.Linq.JRaw");
            var rawConstructor = rawType?.GetConstructor([typeof(object)]);
            if (getLayout is null || setLayout is null || layoutType?.GetConstructor(Type.EmptyTypes) is null || getProperties is null
                || setProperty is null || serializeObject is null || rawType is null || rawConstructor is null)
            {
                return null;
            }

            return new PlotlyTemplates(
                getLayout, setLayout, layoutType, getProperties, setProperty,
                serialize: o => (string)serializeObject.Invoke(null, [o, settings])!,
                raw: json => rawConstructor.Invoke([json]),
                rawType);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary><paramref name="chart"/> with its layout's template as raw JSON; the chart itself is left as it was.</summary>
    public object WithSerializedTemplate(object chart)
    {
        var layout = _getLayout.Invoke(null, [chart]);
        var properties = ((IEnumerable<KeyValuePair<string, object>>)_getProperties.Invoke(layout, [true])!).ToList();
        var template = properties.FirstOrDefault(p => p.Key == "template").Value;
        if (template is null || _rawType.IsInstanceOfType(template))
        {
            return chart;
        }

        var raw = _raw(_serialize(template));
        var copy = Activator.CreateInstance(_layoutType)!;
        foreach (var (key, value) in properties)
        {
            _setProperty.Invoke(copy, [key, key == "template" ? raw : value]);
        }

        return _setLayout.Invoke(null, [copy, chart])!;
    }
}
