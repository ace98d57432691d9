namespace Notebooks.Kernel;

/// <summary>Cursor positions: Jupyter counts Unicode code points (protocol 5.2+), C# strings count UTF-16 units.</summary>
internal static class CodePoints
{
    /// <summary>The UTF-16 index of the <paramref name="codePoints"/>-th code point (clamped to the text).</summary>
    public static int ToUtf16(string text, int codePoints)
    {
        var index = 0;
        for (var n = 0; n < codePoints && index < text.Length; n++)
        {
            index += char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
        }

        return index;
    }

    /// <summary>The number of code points before UTF-16 index <paramref name="utf16"/>.</summary>
    public static int FromUtf16(string text, int utf16)
    {
        var count = 0;
        for (var i = 0; i < Math.Min(utf16, text.Length); i++)
        {
            if (!char.IsLowSurrogate(text[i]) || i == 0 || !char.IsHighSurrogate(text[i - 1]))
            {
                count++;
            }
        }

        return count;
    }
}
