using System.Text;

namespace Notebooks.Book.Site;

/// <summary>
/// A small C# highlighter: splits a cell's source into comments, strings, numbers, keywords, type-like names and
/// directives, and wraps each in a <c>span</c> with a one-letter class (<c>c s n k t d</c>). Everything else is
/// escaped text, so the page shows the source exactly; no script runs in the browser for it.
/// </summary>
/// <remarks>
/// It is a tokenizer, not a parser: good enough for notebook cells (interpolated strings are one string token,
/// generic brackets are punctuation), and it never loses or reorders a character.
/// </remarks>
internal static class CSharpHighlighter
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "async", "await", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class",
        "const", "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
        "extern", "false", "finally", "fixed", "float", "for", "foreach", "get", "goto", "if", "implicit", "in", "init",
        "int", "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
        "override", "params", "private", "protected", "public", "readonly", "record", "ref", "return", "sbyte",
        "sealed", "set", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw",
        "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "var", "virtual", "void",
        "volatile", "when", "where", "while", "yield", "with", "and", "or", "not", "nameof", "dynamic", "required",
    };

    /// <summary>The highlighted HTML of <paramref name="source"/> (to go inside <c>&lt;code&gt;</c>).</summary>
    public static string Highlight(string source)
    {
        var html = new StringBuilder(source.Length * 2);
        var i = 0;
        var lineStart = true;
        while (i < source.Length)
        {
            var c = source[i];
            var start = i;
            string? kind = null;
            if (lineStart && c == '#' || (lineStart && c is ' ' or '\t' && IsDirectiveAhead(source, i)))
            {
                i = EndOfLine(source, i);
                kind = "d";
            }
            else if (c == '/' && Peek(source, i + 1) == '/')
            {
                i = EndOfLine(source, i);
                kind = "c";
            }
            else if (c == '/' && Peek(source, i + 1) == '*')
            {
                var end = source.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? source.Length : end + 2;
                kind = "c";
            }
            else if (IsStringStart(source, i, out var prefix))
            {
                i = EndOfString(source, i, prefix);
                kind = "s";
            }
            else if (c == '\'')
            {
                i = EndOfChar(source, i);
                kind = "s";
            }
            else if (char.IsDigit(c) || (c == '.' && char.IsDigit(Peek(source, i + 1))))
            {
                i++;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_' || source[i] == '.'
                    || (source[i] is '+' or '-' && source[i - 1] is 'e' or 'E' && !source[start..i].StartsWith("0x", StringComparison.OrdinalIgnoreCase))))
                {
                    if (source[i] == '.' && !char.IsDigit(Peek(source, i + 1))) break;
                    i++;
                }
                kind = "n";
            }
            else if (char.IsLetter(c) || c == '_' || c == '@' && (char.IsLetter(Peek(source, i + 1)) || Peek(source, i + 1) == '_'))
            {
                i++;
                while (i < source.Length && (char.IsLetterOrDigit(source[i]) || source[i] == '_')) i++;
                var word = source[start..i];
                kind = Keywords.Contains(word) ? "k" : char.IsUpper(word[0]) ? "t" : null;
            }
            else
            {
                i++;
            }

            var text = source[start..i];
            if (kind is null)
            {
                html.Append(Html.Escape(text));
            }
            else
            {
                html.Append("<span class=\"").Append(kind).Append("\">").Append(Html.Escape(text)).Append("</span>");
            }

            lineStart = text.EndsWith('\n') || (lineStart && text.All(ch => ch is ' ' or '\t'));
        }

        return html.ToString();
    }

    private static char Peek(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsDirectiveAhead(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t') i++;
        return i < s.Length && s[i] == '#';
    }

    private static int EndOfLine(string s, int i)
    {
        var end = s.IndexOf('\n', i);
        return end < 0 ? s.Length : end;
    }

    // "…", @"…", $"…", $@"…", @$"…", and raw """…""" (with any $ prefix).
    private static bool IsStringStart(string s, int i, out string prefix)
    {
        var j = i;
        while (j < s.Length && s[j] is '$' or '@') j++;
        prefix = s[i..j];
        return j < s.Length && s[j] == '"' && prefix.Length <= 3 && (prefix.Length == 0 || prefix.Count(ch => ch == '@') <= 1);
    }

    private static int EndOfString(string s, int i, string prefix)
    {
        var j = i + prefix.Length;
        if (s.AsSpan(j).StartsWith("\"\"\""))
        {
            var quotes = 0;
            while (j < s.Length && s[j] == '"') { quotes++; j++; }
            var close = s.IndexOf(new string('"', quotes), j, StringComparison.Ordinal);
            return close < 0 ? s.Length : close + quotes;
        }

        var verbatim = prefix.Contains('@');
        var interpolated = prefix.Contains('$');
        var depth = 0;
        j++; // the opening quote
        while (j < s.Length)
        {
            var c = s[j];
            if (interpolated && c == '{')
            {
                if (depth == 0 && Peek(s, j + 1) == '{') { j += 2; continue; }
                depth++;
            }
            else if (interpolated && c == '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && !verbatim && c == '\\')
            {
                j += 2;
                continue;
            }
            else if (depth == 0 && c == '"')
            {
                if (verbatim && Peek(s, j + 1) == '"') { j += 2; continue; }
                return j + 1;
            }
            else if (depth == 0 && !verbatim && c == '\n')
            {
                return j; // unterminated: stop at the line's end
            }

            j++;
        }

        return s.Length;
    }

    private static int EndOfChar(string s, int i)
    {
        var j = i + 1;
        while (j < s.Length && s[j] != '\'' && s[j] != '\n')
        {
            j += s[j] == '\\' ? 2 : 1;
        }

        return Math.Min(s.Length, j + 1);
    }
}
